/**
 * The query language of `q`, parsed into what a store matches. Every part is a literal substring
 * (Chinese text has no word boundaries): nothing of the user's text ever reaches an FTS5 `MATCH`
 * or a `LIKE` as syntax — the stores quote or escape each phrase.
 *
 * - `住房 公积金`: plain terms, separated by whitespace, must all occur;
 * - `"住房 公积金"`: a phrase in double quotes occurs as written (its whitespace collapsed to one
 *   space); an unclosed quote runs to the end;
 * - `公积金 OR 住房`: `OR` (upper case) between two terms or phrases: either occurs;
 * - `-征收`: a leading `-` excludes items containing the term or phrase (`-"…"`).
 *
 * What is not an operator is text: an `OR` at either end or after another `OR`, a lone `-`, a
 * `-` inside a word (`2026-00123`). Matching ignores letter case, so everything is lower-cased.
 */
export interface SearchQuery {
  /** Groups that must each match; a group matches when any of its phrases occurs. */
  readonly all: readonly (readonly string[])[];
  /** Phrases none of which may occur. */
  readonly none: readonly string[];
}

interface Token {
  readonly text: string;
  /** A phrase in quotes: never an operator. */
  readonly quoted: boolean;
  readonly excluded: boolean;
}

const WHITESPACE = /\s/u;

/** Whitespace-separated words and quoted phrases, each with its leading `-`. */
function tokens(q: string): Token[] {
  const found: Token[] = [];
  let i = 0;
  while (i < q.length) {
    if (WHITESPACE.test(q[i]!)) {
      i += 1;
      continue;
    }
    let excluded = false;
    if (q[i] === '-' && i + 1 < q.length && !WHITESPACE.test(q[i + 1]!)) {
      excluded = true;
      i += 1;
    }
    if (q[i] === '"') {
      const close = q.indexOf('"', i + 1);
      const end = close === -1 ? q.length : close;
      found.push({ text: q.slice(i + 1, end), quoted: true, excluded });
      i = end + 1;
      continue;
    }
    let end = i;
    while (end < q.length && !WHITESPACE.test(q[end]!)) end += 1;
    found.push({ text: q.slice(i, end), quoted: false, excluded });
    i = end;
  }
  return found;
}

/** Lower-cased, whitespace collapsed to one space and trimmed: the substring a phrase stands for. */
function phraseOf(text: string): string {
  return text.toLowerCase().split(/\s+/u).filter(Boolean).join(' ');
}

const isOr = (token: Token | undefined): boolean => token !== undefined && !token.quoted && !token.excluded && token.text === 'OR';

export function parseSearchQuery(q: string): SearchQuery {
  const list = tokens(q);
  const groups: string[][] = [];
  const none = new Set<string>();
  let joinNext = false;
  list.forEach((token, index) => {
    const previous = list[index - 1];
    const next = list[index + 1];
    // `OR` is an operator only between two terms that are not excluded and not themselves an `OR`.
    if (isOr(token) && previous && !previous.excluded && !isOr(previous) && next && !next.excluded && !isOr(next)) {
      joinNext = groups.length > 0;
      return;
    }
    const phrase = phraseOf(token.text);
    if (phrase === '') {
      joinNext = false;
      return;
    }
    if (token.excluded) none.add(phrase);
    else if (joinNext) groups[groups.length - 1]!.push(phrase);
    else groups.push([phrase]);
    joinNext = false;
  });
  return { all: distinctGroups(groups), none: [...none] };
}

/** Each group's phrases once; a group once. A group containing a required phrase adds nothing and is dropped. */
function distinctGroups(groups: readonly string[][]): string[][] {
  const required = new Set(groups.filter((group) => new Set(group).size === 1).map((group) => group[0]!));
  const seen = new Set<string>();
  const kept: string[][] = [];
  for (const group of groups) {
    const phrases = [...new Set(group)];
    if (phrases.length > 1 && phrases.some((phrase) => required.has(phrase))) continue;
    const key = JSON.stringify([...phrases].sort());
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(phrases);
  }
  return kept;
}

/** Whether the query asks for anything at all (a `q` of whitespace or empty quotes does not). */
export function isEmptySearch(query: SearchQuery): boolean {
  return query.all.length === 0 && query.none.length === 0;
}

/** The phrases whose occurrences make an item relevant and are highlighted: every one not excluded. */
export function wantedPhrases(query: SearchQuery): string[] {
  return [...new Set(query.all.flat())];
}

/** Whether `text` (lower-cased) satisfies the query. */
export function matchesSearch(text: string, query: SearchQuery): boolean {
  return query.all.every((group) => group.some((phrase) => text.includes(phrase))) && query.none.every((phrase) => !text.includes(phrase));
}

/** What a store's list query takes of a search: required terms, OR groups, excluded terms. */
export interface StoreSearch {
  readonly terms: readonly string[];
  readonly anyOf?: readonly (readonly string[])[];
  readonly without?: readonly string[];
}

export function storeSearch(query: SearchQuery): StoreSearch {
  const anyOf = query.all.filter((group) => group.length > 1);
  return {
    terms: query.all.filter((group) => group.length === 1).map((group) => group[0]!),
    ...(anyOf.length > 0 ? { anyOf } : {}),
    ...(query.none.length > 0 ? { without: query.none } : {}),
  };
}

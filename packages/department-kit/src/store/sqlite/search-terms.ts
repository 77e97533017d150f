/**
 * The SQLite store's search indexes: FTS5 tokens for the 1–2 character index and the queries that
 * find candidates for a term (`../search-terms` defines what a match is).
 */
import { characters } from '../search-terms';

/**
 * The token of the 1–2 character index for `gram`: its code points in hex, six digits each.
 * Opaque ASCII tokens keep FTS5's tokenizer from splitting or folding what we put in
 * (`〔2` would otherwise lose its bracket, `Ａ` be folded).
 */
export function gramToken(gram: string): string {
  let token = '';
  for (const char of gram) token += char.codePointAt(0)!.toString(16).padStart(6, '0');
  return token;
}

const WHITESPACE = /\s/u;

/**
 * Every distinct one- and two-character substring of `fields` (lower-cased, none containing
 * whitespace, since a query term never does), as index tokens separated by spaces.
 */
export function gramDocument(fields: readonly (string | undefined)[]): string {
  const tokens = new Set<string>();
  for (const field of fields) {
    if (!field) continue;
    const chars = characters(field.toLowerCase());
    for (let i = 0; i < chars.length; i += 1) {
      const first = chars[i]!;
      if (WHITESPACE.test(first)) continue;
      tokens.add(gramToken(first));
      const second = chars[i + 1];
      if (second !== undefined && !WHITESPACE.test(second)) tokens.add(gramToken(first + second));
    }
  }
  return [...tokens].join(' ');
}

/** An FTS5 string literal. */
function quoted(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/**
 * The FTS5 query that finds candidates for one term: the term's 1–2 character token, or, for
 * three characters and more, every trigram of it (the trigram index keeps no positions, so a
 * candidate still has to contain the term itself).
 */
export function candidateQuery(term: string): { index: 'grams' | 'trigrams'; match: string; exact: boolean } {
  const chars = characters(term);
  if (chars.length <= 2) return { index: 'grams', match: quoted(gramToken(term)), exact: true };
  const trigrams = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i += 1) trigrams.add(chars.slice(i, i + 3).join(''));
  return { index: 'trigrams', match: [...trigrams].map(quoted).join(' AND '), exact: chars.length === 3 };
}

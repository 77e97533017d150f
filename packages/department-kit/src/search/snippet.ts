import type { DisclosureItem, SearchSnippet } from '@gongkai/spec';

/** How much text a snippet shows, in UTF-16 code units, and how much of it before the first match. */
const WIDTH = 100;
const LEAD = 20;
const ELLIPSIS = '…';

/**
 * The passage of an item that best shows why it matched: of its summary, body, title, document
 * number and keywords (in that order of preference), the first field where the most of `phrases`
 * (lower-cased) occur, cut to about 100 characters from a little before the first match, with
 * every occurrence of every phrase inside it marked. Plain text plus spans, never markup, so that
 * no reader has to trust the department's text as HTML. `undefined` when no phrase occurs in any
 * of them (a query of exclusions only).
 */
export function snippetOf(item: DisclosureItem, phrases: readonly string[]): SearchSnippet | undefined {
  const fields = [item.summary, item.body, item.title, item.documentNumber, item.keywords.join('、')];
  let best: { text: string; lower: string; found: number } | undefined;
  for (const field of fields) {
    if (!field) continue;
    const text = field.replace(/\s+/gu, ' ').trim();
    const lower = text.toLowerCase();
    // Lower-casing that changes the length (U+0130) would shift every span: match the text as it is.
    const searched = lower.length === text.length ? lower : text;
    const found = phrases.filter((phrase) => phrase !== '' && searched.includes(phrase)).length;
    if (found > (best?.found ?? 0)) best = { text, lower: searched, found };
    if (found === phrases.length) break;
  }
  if (!best) return undefined;
  return cut(best.text, best.lower, phrases);
}

function cut(text: string, lower: string, phrases: readonly string[]): SearchSnippet {
  const first = Math.min(...phrases.map((phrase) => lower.indexOf(phrase)).filter((at) => at !== -1));
  let start = Math.max(0, first - LEAD);
  let end = Math.min(text.length, start + WIDTH);
  start = Math.max(0, Math.min(start, end - WIDTH));
  // Never cut a surrogate pair in half.
  if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start -= 1;
  if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end += 1;
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < text.length ? ELLIPSIS : '';
  const shown = `${prefix}${text.slice(start, end)}${suffix}`;
  const spans = matchSpans(lower.slice(start, end), phrases).map(([from, to]) => ({
    start: codePoints(shown, prefix.length + from),
    end: codePoints(shown, prefix.length + to),
  }));
  return { text: shown, highlights: spans };
}

/** Every occurrence of every phrase in `text`, as sorted, merged [start, end) code-unit spans. */
function matchSpans(text: string, phrases: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const phrase of phrases) {
    if (phrase === '') continue;
    for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) spans.push([at, at + phrase.length]);
  }
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

function codePoints(text: string, codeUnits: number): number {
  return Array.from(text.slice(0, codeUnits)).length;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

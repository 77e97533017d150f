import type { DisclosureItem } from '@gongkai/spec';
import type { SearchQuery } from './search-query';

/**
 * How well an item matches a query, as a whole number (higher is better). It is computed from the
 * item and the query alone — no document frequencies, no statistics of the department's other
 * items — so that the scores of different departments compare and the gateway can merge their
 * pages by it exactly. The contract states the weights (`DisclosureItem.relevance`).
 *
 * Each required term, or each `OR` group by its best phrase, adds: 4 per occurrence in the title
 * and 2 per occurrence in the summary (each counted up to 3, so repetition cannot buy the top), 2
 * when a keyword holds it, 2 when the document number does; a match found in none of these was
 * found in the body and adds 1. The listed item has no body, which is why the body counts once.
 */
export function relevanceOf(item: DisclosureItem, query: SearchQuery): number {
  const fields = {
    title: item.title.toLowerCase(),
    summary: (item.summary ?? '').toLowerCase(),
    keywords: item.keywords.map((keyword) => keyword.toLowerCase()),
    documentNumber: (item.documentNumber ?? '').toLowerCase(),
  };
  let score = 0;
  for (const group of query.all) {
    const best = Math.max(...group.map((phrase) => phraseScore(fields, phrase)));
    score += best > 0 ? best : 1;
  }
  return score;
}

const MAX_COUNTED = 3;

function phraseScore(
  fields: { title: string; summary: string; keywords: readonly string[]; documentNumber: string },
  phrase: string,
): number {
  return (
    4 * occurrences(fields.title, phrase) +
    2 * occurrences(fields.summary, phrase) +
    (fields.keywords.some((keyword) => keyword.includes(phrase)) ? 2 : 0) +
    (fields.documentNumber.includes(phrase) ? 2 : 0)
  );
}

/** Non-overlapping occurrences of `phrase` in `text`, up to `MAX_COUNTED`. */
export function occurrences(text: string, phrase: string): number {
  let count = 0;
  for (let at = text.indexOf(phrase); at !== -1 && count < MAX_COUNTED; at = text.indexOf(phrase, at + phrase.length)) count += 1;
  return count;
}

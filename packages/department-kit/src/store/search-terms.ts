/**
 * How `q` is matched, whatever the store: every whitespace-separated term must occur as a
 * substring of the item's title, summary, document number, keywords or body, ignoring letter case
 * (as JavaScript folds it). A store's indexes only find candidates quickly; this definition is what
 * a result must satisfy, and the store contract suite holds every store to it.
 */

/** The terms of a query, lower-cased, duplicates dropped. */
export function searchTerms(q: string): string[] {
  return [
    ...new Set(
      q
        .toLowerCase()
        .split(/\s+/u)
        .filter((term) => term.length > 0),
    ),
  ];
}

/** Code points, so that a character outside the BMP counts as one character. */
export function characters(text: string): string[] {
  return Array.from(text);
}

/** The searchable fields joined by newlines (which no term contains), lower-cased. */
export function searchText(fields: readonly (string | undefined)[]): string {
  return fields
    .filter((field): field is string => Boolean(field))
    .join('\n')
    .toLowerCase();
}

/** Whether every term occurs in the short fields or the body. */
export function containsAllTerms(shortText: string, body: string | null, terms: readonly string[]): boolean {
  let lowerBody: string | undefined;
  return terms.every((term) => {
    if (shortText.includes(term)) return true;
    lowerBody ??= (body ?? '').toLowerCase();
    return lowerBody.includes(term);
  });
}

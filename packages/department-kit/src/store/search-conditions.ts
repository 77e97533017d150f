/**
 * The SQL conditions of `q`'s parts for a store whose search text holds every searchable field:
 * each required term, each OR group (one of its terms), and no excluded term. `contains` writes
 * the store's own "the record holds this term" condition, with the term as a bound parameter.
 */
export interface SearchParts {
  readonly terms?: readonly string[];
  readonly anyOf?: readonly (readonly string[])[] | undefined;
  readonly without?: readonly string[] | undefined;
}

export function searchConditions(parts: SearchParts, contains: (term: string) => string): string[] {
  return [
    ...(parts.terms ?? []).map(contains),
    ...(parts.anyOf ?? []).map((group) => `(${group.map(contains).join(' OR ')})`),
    ...(parts.without ?? []).map((term) => `NOT ${contains(term)}`),
  ];
}

/** The body without its empty parts: blank strings and `undefined` dropped, the rest trimmed (the contract has no empty optional fields). */
export function compact<T>(body: unknown): T {
  return JSON.parse(JSON.stringify(body, (_, v: unknown) => (typeof v === 'string' ? v.trim() || undefined : v))) as T;
}

/**
 * Validated parameter values back to a query string for a department. Only values that passed the
 * contract's validation are ever sent, re-encoded — never the client's raw query.
 */
export function toQueryString(values: Readonly<Record<string, unknown>>, omit: readonly string[] = []): URLSearchParams {
  const query = new URLSearchParams();
  for (const name of Object.keys(values).sort()) {
    if (omit.includes(name)) continue;
    const value = values[name];
    if (value === undefined || value === null) continue;
    query.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  return query;
}

/** The department cursor in a department's `links.next` (a URL or path with `?cursor=`, or `?since=` for a feed). */
export function cursorOfNextLink(next: unknown, parameter = 'cursor'): string | null {
  if (typeof next !== 'string' || next === '') return null;
  try {
    return new URL(next, 'http://department.invalid').searchParams.get(parameter);
  } catch {
    return null;
  }
}

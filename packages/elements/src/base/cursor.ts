/** The cursor of a list's next page, from its `links.next`; undefined on the last page. */
export function nextCursorOf(links: { next?: string | undefined }): string | undefined {
  if (!links.next) return undefined;
  return new URL(links.next, 'http://next.invalid').searchParams.get('cursor') ?? undefined;
}

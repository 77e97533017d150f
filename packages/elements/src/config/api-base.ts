/**
 * The gateway an element talks to: its own `api` attribute, else the page's
 * `<meta name="gongkai-api" content="…">`, else the page's own origin (a gateway serving the page).
 * Relative values resolve against the page, so `api="/gongkai"` works behind a path prefix.
 */
export function apiBase(element: Element): string {
  const own = element.getAttribute('api')?.trim();
  const page = element.ownerDocument.querySelector<HTMLMetaElement>('meta[name="gongkai-api"]')?.content.trim();
  return new URL(own || page || '/', element.ownerDocument.baseURI).href.replace(/\/+$/, '');
}

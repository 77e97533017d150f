/** Escapes text for XML element content and attribute values. */
export function xmlText(value: string | number | null | undefined): string {
  // A missing value renders as empty rather than failing the whole document: a feed built from a
  // department that leaves out a field is still a feed.
  return (
    String(value ?? '')
      .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c)
      // XML 1.0 forbids most control characters even when escaped.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
  );
}

/**
 * The prefix every division code inside `code` starts with (GB/T 2260): a province `210000`
 * covers `21…`, a prefecture `210900` covers `2109…`, a county `210922` itself and its
 * townships (9 digits) and villages (12 digits).
 */
export function divisionPrefix(code: string): string {
  if (code.length !== 6) return code;
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/** Whether the division `code` lies in (or is) the division `scope`. */
export function isWithinDivision(code: string, scope: string): boolean {
  return code.startsWith(divisionPrefix(scope));
}

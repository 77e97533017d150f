/**
 * The contract's `division` filter (GB/T 2260): a division matches itself and every division
 * inside it. Department systems filter by it and the conformance suite checks it, so it is
 * written once, here.
 */

/**
 * The prefix every division code inside `code` starts with: a province `210000` covers `21…`, a
 * prefecture `210900` covers `2109…`, a county `210922` itself and its townships (9 digits) and
 * villages (12 digits).
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

/** The division one level up (a county's prefecture, a prefecture's province), to ask for "everything inside". */
export function parentDivision(code: string): string {
  if (code.length > 6) return code.slice(0, 6);
  if (code.endsWith('0000')) return code;
  if (code.endsWith('00')) return `${code.slice(0, 2)}0000`;
  return `${code.slice(0, 4)}00`;
}

// Identifiers with the check characters their national standards define, so validators accept them.

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** A unified social credit code (GB 32100-2015) with its check character. */
export function uscc(first17: string): string {
  const sum = [...first17].reduce((total, char, i) => total + USCC_CHARS.indexOf(char) * (USCC_WEIGHTS[i] ?? 0), 0);
  return first17 + USCC_CHARS[(31 - (sum % 31)) % 31];
}

/** A resident identity card number (GB 11643) with its ISO 7064 MOD 11-2 check digit. */
export function residentId(area: string, birth: string, sequence: number): string {
  const first17 = `${area}${birth.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * (weights[i] ?? 0), 0);
  return first17 + '10X98765432'[sum % 11];
}

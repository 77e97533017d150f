import type { FieldError } from './generated/openapi-types';
import { chinaDateOf } from './china-time';

/**
 * The dates `/v1/compliance?asOf=` measures: from 1 May 2008, when the Regulations on the
 * Disclosure of Government Information first took effect, to tomorrow in China (a day's margin
 * for clocks and time zones). A date far ahead made every clock run to it and the answer huge.
 */
export const COMPLIANCE_EARLIEST_AS_OF = '2008-05-01';

/** The latest `asOf` accepted at `now`: tomorrow, China Standard Time. */
export function complianceLatestAsOf(now: Date): string {
  return chinaDateOf(new Date(now.getTime() + 86_400_000));
}

/** What is wrong with `asOf` at `now`, as a field error naming it, or `undefined` when it is in range. */
export function complianceAsOfError(asOf: string | undefined, now: Date): FieldError | undefined {
  if (asOf === undefined) return undefined;
  const latest = complianceLatestAsOf(now);
  if (asOf < COMPLIANCE_EARLIEST_AS_OF)
    return { pointer: '/query/asOf', message: `must be ${COMPLIANCE_EARLIEST_AS_OF} or later (the Regulations took effect then)` };
  if (asOf > latest) return { pointer: '/query/asOf', message: `must be ${latest} or earlier: compliance is measured up to today` };
  return undefined;
}

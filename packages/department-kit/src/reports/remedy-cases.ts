import type { DisclosureRequest, RequestEvent } from '@gongkai/spec';
import type { CalendarDate } from '../calendar/calendar-date';
import { REMEDY_GROUPS, type RemedyGroup } from './annual-report-arithmetic';

export type RemedyResult = 'upheld' | 'corrected' | 'other';

/** One reconsideration or lawsuit about a request's handling. */
export interface RemedyCase {
  readonly kind: RemedyGroup;
  readonly filedOn: CalendarDate;
  readonly decidedOn?: CalendarDate;
  readonly result?: RemedyResult;
}

const RESULTS: readonly string[] = ['upheld', 'corrected', 'other'] satisfies RemedyResult[];

/**
 * The remedy cases in a request's log. The store keeps the `RequestEventInput` fields of a
 * `remedyFiled`/`remedyDecided` event in `details`, so the case is `details.remedy` (`{ kind,
 * result? }`); a `details` that itself has `kind` is read the same way. A `remedyDecided` closes the
 * earliest open case of its kind; one with no open case was filed and decided that day. A decision
 * that states no result counts as 其他结果 (`other`). Events are read in log order.
 */
export function remedyCases(request: DisclosureRequest): RemedyCase[] {
  const cases: RemedyCase[] = [];
  for (const event of request.events) {
    if (event.type !== 'remedyFiled' && event.type !== 'remedyDecided') continue;
    const { kind, result } = remedyOf(request, event);
    if (event.type === 'remedyFiled') {
      cases.push({ kind, filedOn: event.on });
      continue;
    }
    const open = cases.findIndex((c) => c.kind === kind && c.decidedOn === undefined);
    const decided: RemedyCase = {
      kind,
      filedOn: open >= 0 ? (cases[open]?.filedOn ?? event.on) : event.on,
      decidedOn: event.on,
      result: result ?? 'other',
    };
    if (open >= 0) cases[open] = decided;
    else cases.push(decided);
  }
  return cases;
}

function remedyOf(request: DisclosureRequest, event: RequestEvent): { kind: RemedyGroup; result?: RemedyResult } {
  const details = event.details ?? {};
  const remedy = (typeof details['remedy'] === 'object' && details['remedy'] !== null ? details['remedy'] : details) as {
    kind?: unknown;
    result?: unknown;
  };
  const where = `request ${request.trackingNumber}: ${event.type} on ${event.on}`;
  if (!REMEDY_GROUPS.includes(remedy.kind as RemedyGroup))
    throw new RangeError(`${where} has the remedy kind ${JSON.stringify(remedy.kind)}, not one of ${REMEDY_GROUPS.join(', ')}`);
  if (remedy.result !== undefined && !RESULTS.includes(remedy.result as string))
    throw new RangeError(`${where} has the result ${JSON.stringify(remedy.result)}, not one of ${RESULTS.join(', ')}`);
  return { kind: remedy.kind as RemedyGroup, ...(remedy.result !== undefined ? { result: remedy.result as RemedyResult } : {}) };
}

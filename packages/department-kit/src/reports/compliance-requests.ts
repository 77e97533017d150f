import type { ComplianceReport, DisclosureRequest } from '@gongkai/spec';
import type { CalendarDate } from '../calendar/calendar-date';
import { requestHandlings, type RequestHandling } from './request-closing';

/**
 * Replies to requests (Art. 33; Art. 35 when deferred) as they stood at the end of `asOf`, over the
 * handlings received by then (a request reopened by a corrected decision is handled, and counted,
 * again). Pass each request's clock as of `asOf` (`requestView` with `until`): a consultation
 * whose window has run out no longer pauses it.
 * - `open`: neither decided nor withdrawn by `asOf`; `openOverdue`: of those, the due date is
 *   before `asOf` (a clock paused or awaiting a supplement has none, so is not);
 * - `repliedOnTime` / `repliedLate`: decided by `asOf`, late when decided after the due date; a
 *   clock without a due date (decided while stopped, e.g. deemed abandoned) is late only when it
 *   says `overdue`.
 * A withdrawn request is neither open nor replied.
 */
export function requestReplies(requests: readonly DisclosureRequest[], asOf: CalendarDate): ComplianceReport['requests'] {
  const counts = { open: 0, openOverdue: 0, repliedOnTime: 0, repliedLate: 0 };
  for (const request of requests) {
    for (const handling of requestHandlings(request)) {
      if (handling.receivedOn > asOf) continue;
      const { closing } = handling;
      const dueOn = dueOnOf(request, handling);
      if (closing === undefined || closing.on > asOf) {
        counts.open += 1;
        if (dueOn !== null && dueOn < asOf) counts.openOverdue += 1;
      } else if (closing.kind === 'decided') {
        const late = dueOn !== null ? closing.on > dueOn : request.clock.overdue === true;
        if (late) counts.repliedLate += 1;
        else counts.repliedOnTime += 1;
      }
    }
  }
  return counts;
}

/** The due date of a handling: the clock's reply due date, or the new period of the reopening it answers. */
function dueOnOf(request: DisclosureRequest, handling: RequestHandling): CalendarDate | null {
  if (!handling.reopened) return request.clock.replyDueOn;
  const reopened = request.clock.reopened;
  return reopened !== undefined && reopened.on === handling.receivedOn ? reopened.dueOn : null;
}

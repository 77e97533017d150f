import type { ComplianceReport, DisclosureRequest } from '@gongkai/spec';
import type { CalendarDate } from '../calendar/calendar-date';
import { requestClosing } from './request-closing';

/**
 * Replies to requests (Art. 33) as they stood at the end of `asOf`, over the requests received
 * by then:
 * - `open`: neither decided nor withdrawn by `asOf`; `openOverdue`: of those, the clock's
 *   `replyDueOn` is before `asOf` (a clock paused or awaiting a supplement has none, so is not);
 * - `repliedOnTime` / `repliedLate`: decided by `asOf`, late when decided after `replyDueOn`; a
 *   clock without a due date (decided while stopped, e.g. deemed abandoned) is late only when it
 *   says `overdue`.
 * A withdrawn request is neither open nor replied.
 */
export function requestReplies(requests: readonly DisclosureRequest[], asOf: CalendarDate): ComplianceReport['requests'] {
  const counts = { open: 0, openOverdue: 0, repliedOnTime: 0, repliedLate: 0 };
  for (const request of requests) {
    if (request.receivedOn > asOf) continue;
    const closing = requestClosing(request);
    const { replyDueOn } = request.clock;
    if (closing === undefined || closing.on > asOf) {
      counts.open += 1;
      if (replyDueOn !== null && replyDueOn < asOf) counts.openOverdue += 1;
    } else if (closing.kind === 'decided') {
      const late = replyDueOn !== null ? closing.on > replyDueOn : request.clock.overdue === true;
      if (late) counts.repliedLate += 1;
      else counts.repliedOnTime += 1;
    }
  }
  return counts;
}

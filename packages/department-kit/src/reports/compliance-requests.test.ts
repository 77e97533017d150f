import { describe, expect, it } from 'vitest';
import { requestReplies } from './compliance-requests';
import { request } from './report-fixtures';

describe('replies to requests (Art. 33)', () => {
  it('counts replies on or before the due date as on time and later ones as late', () => {
    const replies = requestReplies(
      [
        request({ receivedOn: '2026-05-11', replyDueOn: '2026-06-08', decided: { on: '2026-06-08', outcome: 'granted' } }),
        request({ receivedOn: '2026-05-11', replyDueOn: '2026-06-08', decided: { on: '2026-06-09', outcome: 'granted' } }),
      ],
      '2026-11-26',
    );
    expect(replies).toEqual({ open: 0, openOverdue: 0, repliedOnTime: 1, repliedLate: 1 });
  });

  it('counts open requests, and those past their due date as overdue', () => {
    const replies = requestReplies(
      [
        request({ receivedOn: '2026-10-20', replyDueOn: '2026-11-25' }),
        request({ receivedOn: '2026-10-28', replyDueOn: '2026-11-26' }),
        request({ receivedOn: '2026-11-01', replyDueOn: null }),
      ],
      '2026-11-26',
    );
    expect(replies).toEqual({ open: 3, openOverdue: 1, repliedOnTime: 0, repliedLate: 0 });
  });

  it('measures at the end of the day asked: a later reply leaves the request open then', () => {
    const r = request({ receivedOn: '2026-05-11', replyDueOn: '2026-06-08', decided: { on: '2026-06-20', outcome: 'granted' } });
    expect(requestReplies([r], '2026-06-10')).toEqual({ open: 1, openOverdue: 1, repliedOnTime: 0, repliedLate: 0 });
    expect(requestReplies([r], '2026-05-01')).toEqual({ open: 0, openOverdue: 0, repliedOnTime: 0, repliedLate: 0 });
  });

  it('takes a reply given while the clock had no due date as on time unless the clock says overdue', () => {
    const stopped = request({ receivedOn: '2026-05-11', replyDueOn: null, decided: { on: '2026-07-01', outcome: 'other.noSupplement' } });
    expect(requestReplies([stopped], '2026-11-26').repliedOnTime).toBe(1);
    expect(requestReplies([{ ...stopped, clock: { ...stopped.clock, overdue: true } }], '2026-11-26').repliedLate).toBe(1);
  });

  it('counts a withdrawn request neither open nor replied', () => {
    expect(
      requestReplies([request({ receivedOn: '2026-05-11', replyDueOn: '2026-06-08', withdrawnOn: '2026-05-12' })], '2026-11-26'),
    ).toEqual({ open: 0, openOverdue: 0, repliedOnTime: 0, repliedLate: 0 });
  });
});

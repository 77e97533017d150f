import { describe, expect, it } from 'vitest';
import { dataset, errorsOf } from './test-dataset';

describe('validateDataset', () => {
  describe('requests', () => {
    it('carry the receipt evidence their channel needs (Art. 31)', () => {
      const data = dataset();
      data.requests[0]!.registration.channel = 'postSigned';
      expect(errorsOf(data)).toEqual([
        {
          path: 'requests[0].registration.signedForOn',
          message: 'is required: it is the receipt date of a request received by postSigned (Art. 31)',
        },
      ]);
    });

    it('are received no earlier than submitted', () => {
      const data = dataset();
      data.requests[0]!.registration.confirmedOn = '2026-05-10';
      expect(errorsOf(data)).toContainEqual({
        path: 'requests[0].registration.confirmedOn',
        message: 'must not be before the submission (2026-05-11)',
      });
    });

    it('log events in date order, none before the receipt', () => {
      const data = dataset();
      const events = data.requests[0]!.events;
      events[0]!.on = '2026-05-10';
      events[2]!.on = '2026-05-13';
      expect(errorsOf(data)).toEqual([
        { path: 'requests[0].events[0].on', message: 'must not be before the receipt on 2026-05-11 (Art. 31)' },
        { path: 'requests[0].events[2].on', message: 'must not be before the event before it (2026-05-14): events are in date order' },
      ]);
    });

    it('give each event what it needs, and every non-granted reply its reasons, articles and remedies', () => {
      const data = dataset();
      data.requests[0]!.events = [
        { type: 'extended', on: '2026-05-20', workingDays: 10 },
        { type: 'decided', on: '2026-05-28', decision: { outcome: 'unable.notHeld', reasons: '本机关不掌握该信息。' } },
      ];
      expect(errorsOf(data)).toEqual([
        { path: 'requests[0].events[0].reason', message: 'is required for a "extended" event' },
        {
          path: 'requests[0].events[1].decision.articles',
          message: 'is required when the outcome is not "granted" (the reply states reasons, articles and remedies)',
        },
        {
          path: 'requests[0].events[1].decision.remedies',
          message: 'is required when the outcome is not "granted" (the reply states reasons, articles and remedies)',
        },
      ]);
    });
  });
});

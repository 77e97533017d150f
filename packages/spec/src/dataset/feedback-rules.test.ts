import { describe, expect, it } from 'vitest';
import { dataset, errorsOf } from './test-dataset';

describe('validateDataset', () => {
  describe('feedback', () => {
    it('replies after the submission', () => {
      const data = dataset();
      data.feedback[0]!.reply!.at = '2026-05-15T10:00:00+08:00';
      expect(errorsOf(data)).toContainEqual({
        path: 'feedback[0].reply.at',
        message: 'must be after the submission (2026-05-15T10:20:00+08:00)',
      });
    });

    it('moves stages forward through the loop, in time order', () => {
      const data = dataset();
      data.feedback[0]!.stages = [
        { stage: 'replied', at: '2026-05-15T10:30:00+08:00' },
        { stage: 'accepted', at: '2026-05-15T10:29:00+08:00' },
      ];
      expect(errorsOf(data)).toEqual([
        { path: 'feedback[0].stages[1].at', message: 'must be after the "replied" stage (2026-05-15T10:30:00+08:00)' },
        {
          path: 'feedback[0].stages[1].stage',
          message: expect.stringMatching(/^must come later in the loop accepted → dispatched → .* than "replied"$/),
        },
      ]);
    });

    it('rates a reply, after it', () => {
      const data = dataset();
      data.feedback[0]!.rating!.at = '2026-05-18T15:00:00+08:00';
      expect(errorsOf(data)).toEqual([{ path: 'feedback[0].rating.at', message: 'must be after the reply (2026-05-18T15:40:00+08:00)' }]);
      delete data.feedback[0]!.reply;
      expect(errorsOf(data)).toEqual([{ path: 'feedback[0].rating', message: 'needs a reply to rate (好差评 rates the reply)' }]);
    });
  });
});

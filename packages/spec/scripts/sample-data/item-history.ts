import type { DatasetItem } from '../../src/dataset';
import type { ItemInput } from '../../src/generated/openapi-types';
import { at, daysBetween, minDate, officeMinutes, REFERENCE_DATE, weekdayAfter } from './dates';
import type { Draft } from './drafts';
import type { Rng } from './random';
import { cnDate } from './texts/prose';

// An item's history: revisions, validity changes and withdrawals.

type Update = NonNullable<DatasetItem['updates']>[number];

/** A change formed on `changedOn` and published within 10 days (a change is due within 20 working days too). */
function revision(rng: Rng, base: ItemInput, changedOn: string, changes: Partial<ItemInput>): Update {
  const on = weekdayAfter(rng, changedOn, 1, Math.max(1, Math.min(10, daysBetween(changedOn, REFERENCE_DATE))));
  return { at: at(minDate(on, REFERENCE_DATE), officeMinutes(rng)), item: { ...base, ...changes, formedAt: changedOn } };
}

export function historyOf(d: Draft, base: ItemInput, rng: Rng): Update[] {
  const published = d.publishedOn;
  const room = daysBetween(published, REFERENCE_DATE);
  if (room < 90)
    return rng.chance(0.03) && room > 20
      ? [revision(rng, base, weekdayAfter(rng, published, 3, 12), { summary: `${base.summary ?? ''}（更正：原文部分表述有误，已更正。）` })]
      : [];
  const changedOn = weekdayAfter(rng, published, 60, Math.min(room - 15, 700));
  if (d.genre === 'normativeDocument' || d.genre === 'rule') {
    const roll = rng.next();
    const note = (what: string) => `${base.summary ?? ''}（本文件已于${cnDate(changedOn)}${what}。）`;
    if (roll < 0.2) {
      const amended = revision(rng, base, changedOn, {
        validity: 'amended',
        summary: note('修订'),
        body: `${base.body ?? ''}\n【修订说明】根据上位法调整，对第三条、第四条作相应修改。`,
      });
      const laterRoom = daysBetween(changedOn, REFERENCE_DATE);
      if (!rng.chance(0.3) || laterRoom < 60) return [amended];
      const repealedOn = weekdayAfter(rng, changedOn, 40, laterRoom - 15);
      return [
        amended,
        revision(rng, amended.item, repealedOn, {
          validity: 'repealed',
          summary: `${amended.item.summary ?? ''}（本文件已于${cnDate(repealedOn)}废止。）`,
        }),
      ];
    }
    if (roll < 0.3) return [revision(rng, base, changedOn, { validity: 'repealed', summary: note('废止') })];
    if (roll < 0.4) return [revision(rng, base, changedOn, { validity: 'expired', summary: note('有效期届满失效') })];
    return [];
  }
  if (rng.chance(0.05)) return [revision(rng, base, changedOn, { summary: `${base.summary ?? ''}（更新：补充完善了相关内容。）` })];
  return [];
}

const WITHDRAWAL_REASONS = [
  '该信息发布内容有误，已撤回，更正后重新发布。',
  '经审核，该信息涉及个人隐私，已撤回并作脱敏处理。',
  '该信息属于内部过程性信息，误发布，已撤回。',
];

/** One notice per body is withdrawn soon after publication (a mistake, caught). */
export function withdrawOne(items: DatasetItem[], rng: Rng): void {
  const candidates = items.filter(
    (entry) => entry.item.genre === 'notice' && !entry.updates && daysBetween(entry.item.publishedAt.slice(0, 10), REFERENCE_DATE) > 60,
  );
  if (candidates.length === 0) return;
  const entry = rng.pick(candidates);
  const on = weekdayAfter(rng, entry.item.publishedAt.slice(0, 10), 2, 20);
  entry.withdrawal = { at: at(on, officeMinutes(rng)), reason: rng.pick(WITHDRAWAL_REASONS) };
}

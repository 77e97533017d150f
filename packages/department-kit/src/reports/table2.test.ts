import { describe, expect, it } from 'vitest';
import type { DisclosureItem, ItemRevision } from '@gongkai/spec';
import { itemTimelines } from './item-timeline';
import { history, item } from './report-fixtures';
import { documentRows } from './table2';
import { decisionRows } from './table2-decisions';

function rows(items: DisclosureItem[], revisions: ItemRevision[] = [], year = 2025) {
  const timelines = [...itemTimelines(items, revisions).values()];
  return { ...documentRows(timelines, year), ...decisionRows(timelines, year) };
}

describe('table 2, 第二十条第（一）项: rules and normative documents', () => {
  it('counts a document as issued in the year it was written (成文日期), not the year it was published', () => {
    const december = item({ writtenOn: '2024-12-28', publishedOn: '2025-01-06' });
    expect(rows([december]).normativeDocuments.issued).toBe(0);
    expect(rows([december], [], 2024).normativeDocuments.issued).toBe(1);
  });

  it('dates a document that states no 成文日期 by its publication in Beijing', () => {
    const lateNight = item({ publishedAt: '2024-12-31T17:00:00Z', updatedAt: '2024-12-31T17:00:00Z' }); // 1 January 01:00 in Beijing
    expect(rows([lateNight]).normativeDocuments.issued).toBe(1);
    expect(rows([lateNight], [], 2024).normativeDocuments.issued).toBe(0);
  });

  it('keeps rules and normative documents apart and ignores other genres', () => {
    const counted = rows([
      item({ genre: 'rule' }),
      item({ genre: 'normativeDocument' }),
      item({ genre: 'normativeDocument' }),
      item({ genre: 'notice' }),
      item({}),
    ]);
    expect(counted.rules).toEqual({ issued: 1, repealed: 0, inForce: 1 });
    expect(counted.normativeDocuments).toEqual({ issued: 3, repealed: 0, inForce: 3 });
  });

  it('counts a document repealed during the year once, from its revisions, and no longer as in force', () => {
    const { item: repealed, revisions } = history(
      item({ writtenOn: '2023-04-01', publishedOn: '2023-04-03' }),
      { on: '2025-05-20', set: { validity: 'repealed' } },
      { on: '2025-07-01', set: { title: '更正标题' } },
    );
    expect(rows([repealed], revisions).normativeDocuments).toEqual({ issued: 0, repealed: 1, inForce: 0 });
    expect(rows([repealed], revisions, 2024).normativeDocuments).toEqual({ issued: 0, repealed: 0, inForce: 1 });
    expect(rows([repealed], revisions, 2026).normativeDocuments).toEqual({ issued: 0, repealed: 0, inForce: 0 });
  });

  it('counts a document written and repealed in the same year as issued and repealed', () => {
    const { item: shortLived, revisions } = history(item({ writtenOn: '2025-02-01', publishedOn: '2025-02-03' }), {
      on: '2025-11-01',
      set: { validity: 'repealed' },
    });
    expect(rows([shortLived], revisions).normativeDocuments).toEqual({ issued: 1, repealed: 1, inForce: 0 });
  });

  it('keeps an amended document in force, and an expired one neither in force nor repealed', () => {
    const { item: amended, revisions: a } = history(item({ publishedOn: '2024-03-01' }), {
      on: '2025-03-01',
      set: { validity: 'amended' },
    });
    const { item: expired, revisions: e } = history(item({ publishedOn: '2024-03-01' }), {
      on: '2025-03-01',
      set: { validity: 'expired' },
    });
    expect(rows([amended, expired], [...a, ...e]).normativeDocuments).toEqual({ issued: 0, repealed: 0, inForce: 1 });
  });

  it('counts a document repealed after the year as in force at its end', () => {
    const { item: later, revisions } = history(item({ publishedOn: '2024-03-01' }), { on: '2026-02-01', set: { validity: 'repealed' } });
    expect(rows([later], revisions).normativeDocuments).toEqual({ issued: 0, repealed: 0, inForce: 1 });
  });

  it('does not count a document withdrawn by the end of the year, but does count one withdrawn after it', () => {
    const withdrawnIn = history(item({ publishedOn: '2025-03-01' }), {
      on: '2025-09-01',
      set: { status: 'withdrawn', withdrawal: { withdrawnAt: '2025-09-01T09:00:00+08:00', reason: '重复发布' } },
    });
    const withdrawnAfter = history(item({ publishedOn: '2025-03-01' }), {
      on: '2026-02-01',
      set: { status: 'withdrawn', withdrawal: { withdrawnAt: '2026-02-01T09:00:00+08:00', reason: '重复发布' } },
    });
    const counted = rows([withdrawnIn.item, withdrawnAfter.item], [...withdrawnIn.revisions, ...withdrawnAfter.revisions]);
    expect(counted.normativeDocuments).toEqual({ issued: 1, repealed: 0, inForce: 1 });
  });

  it('cannot date a repeal without revisions: the current record is the only state known', () => {
    expect(
      rows([item({ publishedOn: '2024-03-01', validity: 'repealed', updatedAt: '2025-05-01T09:00:00+08:00', revision: 2 })])
        .normativeDocuments,
    ).toEqual({ issued: 0, repealed: 0, inForce: 0 });
  });
});

describe('table 2, 第二十条第（五）（六）项: licensing, penalty and coercion decisions', () => {
  it('counts decisions published in the year by genre', () => {
    const counted = rows([
      item({ genre: 'licensingDecision', category: 'licensing', publishedOn: '2025-01-02' }),
      item({ genre: 'licensingDecision', category: 'licensing', publishedOn: '2025-12-31' }),
      item({ genre: 'licensingDecision', category: 'licensing', publishedOn: '2024-12-31' }),
      item({ genre: 'penaltyDecision', category: 'penaltiesAndCoercion', publishedOn: '2025-06-01' }),
      item({ genre: 'coercionDecision', category: 'penaltiesAndCoercion', publishedOn: '2025-06-01' }),
      item({ genre: 'notice', category: 'licensing', publishedOn: '2025-06-01' }),
    ]);
    expect([counted.licensing, counted.penalties, counted.coercion]).toEqual([{ decisions: 2 }, { decisions: 1 }, { decisions: 1 }]);
  });

  it('Art. 20(5): counts each decision a batch notice lists, in the year it was decided', () => {
    const batch = item({
      genre: 'licensingDecision',
      category: 'licensing',
      publishedOn: '2026-01-05',
      decisions: [{ decidedOn: '2025-12-29' }, { decidedOn: '2025-12-30' }, { decidedOn: '2026-01-02' }],
    });
    expect(rows([batch], [], 2025).licensing).toEqual({ decisions: 2 });
    expect(rows([batch], [], 2026).licensing).toEqual({ decisions: 1 });
  });

  it('Arts. 49, 50: lists a decision added to a published year by a later revision as a correction, not in that year', () => {
    const published = new Map([[2025, '2026-01-10']]);
    const first = item({
      genre: 'licensingDecision',
      category: 'licensing',
      publishedOn: '2025-12-10',
      decisions: [{ decidedOn: '2025-12-08' }],
    });
    const { item: current, revisions } = history(first, {
      on: '2026-01-20',
      set: { decisions: [{ decidedOn: '2025-12-08' }, { decidedOn: '2025-12-20' }] },
    });
    const timelines = [...itemTimelines([current], revisions).values()];
    expect(decisionRows(timelines, 2025, published)).toMatchObject({ licensing: { decisions: 1 }, corrections: [] });
    expect(decisionRows(timelines, 2026, published)).toMatchObject({
      licensing: { decisions: 0 },
      corrections: [{ year: 2025, row: 'licensing', decisions: 1 }],
    });
  });

  it('does not count a decision withdrawn by the end of the year', () => {
    const { item: withdrawn, revisions } = history(item({ genre: 'penaltyDecision', publishedOn: '2025-06-01' }), {
      on: '2025-06-02',
      set: { status: 'withdrawn' },
    });
    expect(rows([withdrawn], revisions).penalties).toEqual({ decisions: 0 });
  });
});

import type { DatasetItem } from '../../src/dataset';
import type { AttachmentFiles } from './attachment-bytes';
import { attachmentsOf } from './attachments';
import { at, compare, weekdayAfter } from './dates';
import type { Profile } from './departments';
import { draftsOf, identify, itemUrl, numberDocuments, type Draft } from './drafts';
import { historyOf, withdrawOne } from './item-history';
import { metricsOf } from './metrics';
import { rngFor, type Rng } from './random';
import { textOf } from './texts/item-text';

// Items: drafts with their words, attachments and history, as dataset records.

/**
 * The decisions a batch notice lists (table 2 counts each): weekdays in the two months before the
 * notice was formed, numbered in order. Their own stream, so adding them reshuffles nothing else.
 */
function decisionsOf(d: Draft, rng: Rng): DatasetItem['item']['decisions'] {
  const range = d.seed.decisions;
  if (range === undefined) return undefined;
  const dates = Array.from({ length: rng.int(range[0], range[1]) }, () => weekdayAfter(rng, d.formedAt, -60, -1)).sort(compare);
  const year = d.formedAt.slice(0, 4);
  return dates.map((decidedOn, i) => ({ decidedOn, documentNumber: `哈政宅批〔${year}〕${i + 1}号` }));
}

export function itemsOf(p: Profile): { items: DatasetItem[]; files: AttachmentFiles } {
  const rng = rngFor(`${p.department.id}:items`);
  const decisionRng = rngFor(`${p.department.id}:decisions`);
  const drafts = draftsOf(p, rng);
  numberDocuments(drafts, rng);
  const files: AttachmentFiles = new Map();
  const sorted = identify(p, drafts);
  const items = sorted.map((d): DatasetItem => {
    const metrics = metricsOf(d, rng);
    const { summary, body } = textOf(p, d, rng, metrics);
    const attachments = attachmentsOf(p, d, metrics, rng, files);
    const decisions = decisionsOf(d, decisionRng);
    const item: DatasetItem['item'] = {
      id: d.id ?? '',
      indexNumber: d.indexNumber,
      title: d.title,
      summary,
      body,
      ...(d.documentNumber ? { documentNumber: d.documentNumber } : {}),
      genre: d.genre,
      category: d.category,
      ...(d.seed.topics?.length ? { topics: d.seed.topics } : {}),
      ...(d.seed.keywords?.length ? { keywords: d.seed.keywords } : {}),
      validity: 'valid',
      issuingBody: d.seed.issuer ?? p.department.name,
      division: d.division,
      level: d.level,
      ...(d.documentNumber || d.genre === 'rule' ? { writtenOn: d.formedAt } : {}),
      formedAt: d.formedAt,
      publishedAt: at(d.publishedOn, d.minutes),
      ...(attachments.length ? { attachments } : {}),
      ...(d.interpretation?.id ? { interpretationId: d.interpretation.id } : {}),
      ...(d.interprets?.id ? { interpretsId: d.interprets.id } : {}),
      url: itemUrl(p, d),
      ...(decisions ? { decisions } : {}),
    };
    const { publishedAt: _publishedAt, ...base } = item;
    const updates = historyOf(d, base, rng);
    return { item, ...(updates.length ? { updates } : {}) };
  });
  withdrawOne(items, rng);
  return { items, files };
}

import type { DatasetItem } from '../../src/dataset';
import type { AttachmentFiles } from './attachment-bytes';
import { attachmentsOf } from './attachments';
import { at } from './dates';
import type { Profile } from './departments';
import { draftsOf, identify, itemUrl, numberDocuments } from './drafts';
import { historyOf, withdrawOne } from './item-history';
import { metricsOf } from './metrics';
import { rngFor } from './random';
import { textOf } from './texts/item-text';

// Items: drafts with their words, attachments and history, as dataset records.

export function itemsOf(p: Profile): { items: DatasetItem[]; files: AttachmentFiles } {
  const rng = rngFor(`${p.department.id}:items`);
  const drafts = draftsOf(p, rng);
  numberDocuments(drafts, rng);
  const files: AttachmentFiles = new Map();
  const sorted = identify(p, drafts);
  const items = sorted.map((d): DatasetItem => {
    const metrics = metricsOf(d, rng);
    const { summary, body } = textOf(p, d, rng, metrics);
    const attachments = attachmentsOf(p, d, metrics, rng, files);
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
    };
    const { publishedAt: _publishedAt, ...base } = item;
    const updates = historyOf(d, base, rng);
    return { item, ...(updates.length ? { updates } : {}) };
  });
  withdrawOne(items, rng);
  return { items, files };
}

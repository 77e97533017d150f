import type { Attachment } from '../../src/generated/openapi-types';
import { csvOf, pdfOf, sha256, type AttachmentFiles } from './attachment-bytes';
import type { Profile } from './departments';
import { subjectOf, type Draft } from './drafts';
import { isAllocation, type Metric } from './metrics';
import type { Rng } from './random';

function attach(files: AttachmentFiles, url: string, name: string, mediaType: string, bytes: Buffer): Attachment {
  files.set(url, bytes);
  return { name, mediaType, size: bytes.length, sha256: sha256(bytes), url };
}

/** The attachments an item of its kind usually has; their bytes go into `files`. */
export function attachmentsOf(p: Profile, d: Draft, metrics: Metric[], rng: Rng, files: AttachmentFiles): Attachment[] {
  const local = (d.id ?? '').split(':')[1] ?? '';
  const base = `${p.department.website}files/${d.publishedOn.slice(0, 7).replace('-', '')}/${local}`;
  const pdf = (n: number, name: string) =>
    attach(
      files,
      `${base}-${n}.pdf`,
      `${name}.pdf`,
      'application/pdf',
      pdfOf(name, [
        'Gongkai sample data (fictitious)',
        `Item ${d.id ?? ''}`,
        `Index number ${d.indexNumber ?? ''}`,
        d.documentNumber ? 'Document number: see the item.' : 'No document number.',
      ]),
    );
  if (isAllocation(d)) {
    const rows = [
      ['地区', '金额（万元）'],
      ...metrics.map((m) => [m.name, m.value]),
      ['合计', String(metrics.reduce((sum, m) => sum + Number(m.value), 0))],
    ];
    return [attach(files, `${base}-1.csv`, `附件：${subjectOf(d.title).replace(/^下达/, '')}分配表.csv`, 'text/csv', csvOf(rows))];
  }
  if (d.genre === 'statistics' && metrics.length > 0) {
    const rows = [
      ['指标', '单位', '数值', '同比增长（%）'],
      ...metrics.map((m) => [m.name, m.unit, m.value, m.unit === '%' ? '' : m.growth]),
    ];
    return [attach(files, `${base}-1.csv`, `${d.title}.csv`, 'text/csv', csvOf(rows))];
  }
  if ((d.genre === 'normativeDocument' || d.genre === 'rule') && /《/.test(d.title)) return [pdf(1, subjectOf(d.title))];
  if (d.category === 'budgetsAndFinalAccounts') return [pdf(1, d.title), ...(rng.chance(0.5) ? [pdf(2, `${d.title}公开表`)] : [])];
  if (['licensingDecision', 'penaltyDecision', 'coercionDecision'].includes(d.genre) && rng.chance(0.5)) return [pdf(1, d.title)];
  if (['administrativeFees', 'centralizedProcurement', 'majorProjects', 'landExpropriation'].includes(d.category) && rng.chance(0.6))
    return [pdf(1, `附件：${d.title}`)];
  return [];
}

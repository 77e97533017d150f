import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate, receivedOnOf, validateDataset, type DatasetRequest, type DepartmentDataset } from './dataset';
import type { BudgetLine, ReplyOutcome, RequestStatus } from './generated/openapi-types';
import { isCategoryRequired, vocabularies } from './vocabularies';
import { generateSampleData, REFERENCE_DATE } from '../scripts/generate-sample-data';

const sampleDir = fileURLToPath(new URL('../sample-data/', import.meta.url));
const script = fileURLToPath(new URL('../scripts/generate-sample-data.ts', import.meta.url));
const tsxCli = fileURLToPath(new URL('../../../node_modules/tsx/dist/cli.mjs', import.meta.url));

interface IndexEntry {
  id: string;
  file: string;
  sha256: string;
  counts: Record<string, number>;
}
const index = JSON.parse(readFileSync(join(sampleDir, 'index.json'), 'utf8')) as { referenceDate: string; departments: IndexEntry[] };
const datasets = index.departments.map((entry) => {
  const result = validateDataset(readFileSync(join(sampleDir, entry.file), 'utf8'), entry.file);
  if (!result.ok)
    throw new Error(
      result.errors
        .slice(0, 5)
        .map((e) => `${e.source}: ${e.path}: ${e.message}`)
        .join('\n'),
    );
  return result.dataset;
});
const byId = new Map(datasets.map((dataset) => [dataset.department.id, dataset]));
const all = <T>(pick: (dataset: DepartmentDataset) => T[]): T[] => datasets.flatMap(pick);
const items = all((d) => d.items);
const requests = all((d) => d.requests);
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/** Where a request stands after its log: the statuses of the contract's RequestStatus. */
function statusOf(request: DatasetRequest): RequestStatus {
  const reopenedAt = request.events.findLastIndex((e) => e.type === 'remedyDecided' && e.remedy?.result === 'corrected');
  if (reopenedAt >= 0 && !request.events.slice(reopenedAt).some((e) => e.type === 'reDecided')) return 'reopened';
  const events = request.events.filter((event) => event.type !== 'remedyFiled' && event.type !== 'remedyDecided');
  const last = events.at(-1);
  if (!last) return 'received';
  if (last.type === 'decided' || last.type === 'reDecided')
    return last.decision?.outcome === 'other.noSupplement' || last.decision?.outcome === 'other.feeUnpaid' ? 'abandoned' : 'replied';
  if (last.type === 'withdrawn') return 'withdrawn';
  const open = (start: string, end: string) => events.filter((e) => e.type === start).length > events.filter((e) => e.type === end).length;
  if (open('supplementRequested', 'supplementReceived')) return 'awaitingSupplement';
  if (open('consultationStarted', 'consultationEnded')) return 'consulting';
  if (open('feeNoticeSent', 'feePaid')) return 'awaitingFee';
  if (events.some((e) => e.type === 'deferred')) return 'deferred';
  if (events.some((e) => e.type === 'extended')) return 'extended';
  return 'processing';
}

const decidedOf = (request: DatasetRequest) => request.events.find((event) => event.type === 'decided');

describe('the sample data set', () => {
  it('lists six departments, each file valid and matching its index entry', () => {
    expect(index.referenceDate).toBe('2026-11-20');
    expect(index.departments.map((d) => d.id)).toEqual([
      'ln-finance',
      'ln-ndrc',
      'ln-housing',
      'ln-emergency',
      'ln-zhangwu',
      'ln-zhangwu-hrt',
    ]);
    expect(
      readdirSync(sampleDir)
        .filter((f) => f.endsWith('.json'))
        .sort(),
    ).toEqual([...index.departments.map((d) => d.file), 'index.json'].sort());
    for (const entry of index.departments) {
      expect(
        createHash('sha256')
          .update(readFileSync(join(sampleDir, entry.file)))
          .digest('hex'),
        entry.file,
      ).toBe(entry.sha256);
      expect(byId.get(entry.id)?.items.length).toBe(entry.counts['items']);
    }
  });

  it('has the township under the county, with its villages', () => {
    const township = byId.get('ln-zhangwu-hrt')?.department;
    expect(township).toMatchObject({ level: 'township', parentId: 'ln-zhangwu', division: { code: '210922105' } });
  });

  it('puts nothing after the reference date', () => {
    const instants = [
      ...items.flatMap((e) => [e.item.publishedAt, ...(e.updates ?? []).map((u) => u.at), ...(e.withdrawal ? [e.withdrawal.at] : [])]),
      ...all((d) => d.feedback).flatMap((f) => [
        f.submittedAt,
        ...(f.stages ?? []).map((s) => s.at),
        f.reply?.at ?? f.submittedAt,
        f.rating?.at ?? f.submittedAt,
      ]),
      ...all((d) => d.alerts).map((a) => a.alert.issuedAt),
      ...all((d) => d.budgets).map((b) => b.budget.publishedAt),
    ];
    expect(instants.filter((instant) => chinaDate(instant) > REFERENCE_DATE)).toEqual([]);
    expect(requests.flatMap((r) => r.events).filter((e) => e.on > REFERENCE_DATE)).toEqual([]);
  });
});

describe('items', () => {
  it('number at least 300, from 2024-01 to 2026-11', () => {
    expect(items.length).toBeGreaterThanOrEqual(300);
    const published = items.map((e) => e.item.publishedAt.slice(0, 7)).sort();
    expect(published[0]).toBe('2024-01');
    expect(published.at(-1)).toBe('2026-11');
  });

  it('cover every Art. 20 category, and the county every Art. 21 one', () => {
    const art20 = vocabularies.category.terms.filter((t) => t.article?.startsWith('Art. 20')).map((t) => t.value);
    const art21 = vocabularies.category.terms.filter((t) => t.article === 'Art. 21').map((t) => t.value);
    const present = new Set(items.map((e) => e.item.category));
    expect(art20.filter((c) => !present.has(c))).toEqual([]);
    const county = new Set(byId.get('ln-zhangwu')?.items.map((e) => e.item.category));
    expect([...art20, ...art21].filter((c) => !county.has(c))).toEqual([]);
  });

  it('file the township’s records under Art. 21’s township sentence, leaving gaps the compliance page shows', () => {
    const township = new Set(byId.get('ln-zhangwu-hrt')?.items.map((e) => e.item.category));
    for (const category of [
      'agriculturalRuralPolicies',
      'farmlandIrrigation',
      'ruralLandContractTransfer',
      'homesteadApproval',
      'labourAndFundRaising',
      'socialAssistance',
    ] as const)
      expect(township, category).toContain(category);
    const required = vocabularies.category.terms.filter((t) => isCategoryRequired(t.value, 'township')).map((t) => t.value);
    expect(required.filter((c) => !township.has(c)).sort()).toEqual([
      'centralizedProcurement',
      'civilServiceRecruitment',
      'housingExpropriation',
      'landExpropriation',
      'majorProjects',
      'statistics',
    ]);
    // A batch notice of homestead approvals lists each approval, which table 2 counts.
    const batches = byId.get('ln-zhangwu-hrt')?.items.filter((e) => e.item.category === 'homesteadApproval') ?? [];
    expect(batches.length).toBeGreaterThan(0);
    for (const { item } of batches) expect(item.decisions?.length).toBeGreaterThanOrEqual(3);
  });

  it('use at least 12 topics, housing provident fund among them', () => {
    const topics = new Set(items.flatMap((e) => e.item.topics ?? []));
    expect(topics.size).toBeGreaterThanOrEqual(12);
    expect(topics).toContain('housingProvidentFund');
  });

  it('number normative documents by GB/T 9704, uniquely per body', () => {
    for (const dataset of datasets) {
      const numbers = dataset.items.map((e) => e.item.documentNumber).filter((n) => n !== undefined);
      expect(new Set(numbers).size, dataset.department.id).toBe(numbers.length);
      for (const n of numbers) expect(n).toMatch(/^[\u4e00-\u9fa5]+〔20(2[0-6])〕[1-9]\d*号$/);
      const indexNumbers = dataset.items.map((e) => e.item.indexNumber);
      expect(new Set(indexNumbers).size).toBe(indexNumbers.length);
      for (const n of indexNumbers) expect(n).toMatch(new RegExp(`^${dataset.department.unifiedSocialCreditCode}/\\d{4}-\\d{5}$`));
    }
    expect(items.filter((e) => e.item.genre === 'normativeDocument' && !e.item.documentNumber)).toEqual([]);
  });

  it('have the genres table 2 counts, and interpretations linked both ways', () => {
    const genres = new Set(items.map((e) => e.item.genre));
    for (const genre of [
      'rule',
      'normativeDocument',
      'interpretation',
      'licensingDecision',
      'penaltyDecision',
      'coercionDecision',
    ] as const)
      expect(genres).toContain(genre);
    const byItemId = new Map(items.map((e) => [e.item.id, e.item]));
    const interpretations = items.filter((e) => e.item.genre === 'interpretation');
    expect(interpretations.length).toBeGreaterThan(5);
    for (const { item } of interpretations) {
      expect(item.title).toMatch(/^政策解读：/);
      expect(byItemId.get(item.interpretsId ?? '')?.interpretationId).toBe(item.id);
    }
  });

  it('change validity through revisions: some amended, repealed and expired', () => {
    const current = items.map((e) => e.updates?.at(-1)?.item.validity ?? e.item.validity);
    for (const validity of ['valid', 'amended', 'repealed', 'expired'] as const) expect(current).toContain(validity);
    expect(items.filter((e) => e.withdrawal).length).toBeGreaterThanOrEqual(3);
  });

  it('are mostly published within 20 working days of formation, some late', () => {
    const delays = items.map((e) => days(e.item.formedAt, chinaDate(e.item.publishedAt)));
    const late = delays.filter((d) => d > 35).length;
    expect(delays.filter((d) => d > 20 && d <= 35)).toEqual([]);
    expect(late).toBeGreaterThan(10);
    expect(late / delays.length).toBeLessThan(0.2);
  });

  it('carry attachments with a sha256 of bytes the generator reproduces', () => {
    const { attachments } = generateSampleData();
    const stated = items.flatMap((e) => e.item.attachments ?? []);
    expect(stated.length).toBeGreaterThan(100);
    for (const attachment of stated) {
      const bytes = attachments.get(attachment.url);
      expect(bytes, attachment.url).toBeDefined();
      expect(bytes?.length).toBe(attachment.size);
      expect(
        createHash('sha256')
          .update(bytes ?? '')
          .digest('hex'),
      ).toBe(attachment.sha256);
    }
  });

  it('contain the words the search demos look for, short ones included', () => {
    const text = items.map((e) => `${e.item.title}\n${e.item.summary ?? ''}\n${e.item.body ?? ''}`).join('\n');
    for (const word of ['住房公积金', '公积金', '预算', '应急', '低保', '供暖', '汛', '雪', '火', '房']) expect(text, word).toContain(word);
  });

  it('include village-level notices of the township', () => {
    const village = byId.get('ln-zhangwu-hrt')?.items.filter((e) => e.item.level === 'village') ?? [];
    expect(village.length).toBeGreaterThan(0);
    for (const { item } of village) expect(item.division.code).toMatch(/^210922105\d{3}$/);
  });
});

describe('budgets', () => {
  const budgetBodies = ['ln-finance', 'ln-ndrc', 'ln-housing', 'ln-emergency', 'ln-zhangwu'];
  const fen = (amount: string) => BigInt(amount.replace('.', ''));

  it('have budgets 2025 and 2026 and final accounts 2024 and 2025 for each provincial department and the county', () => {
    for (const id of budgetBodies) {
      const editions = byId
        .get(id)
        ?.budgets.map((b) => `${b.budget.kind} ${b.budget.year}`)
        .sort();
      expect(editions, id).toEqual(['budget 2025', 'budget 2026', 'finalAccount 2024', 'finalAccount 2025']);
    }
  });

  it('add up: total is the sum of the classes, every class and section the sum of its lines', () => {
    const sumsUp = (lines: BudgetLine[]) => {
      for (const parent of lines.filter((l) => l.code.length < 7)) {
        const children = lines.filter((l) => l.code.length === parent.code.length + 2 && l.code.startsWith(parent.code));
        if (children.length > 0)
          expect(
            children.reduce((s, l) => s + fen(l.amount), 0n),
            parent.code,
          ).toBe(fen(parent.amount));
      }
    };
    for (const { budget } of all((d) => d.budgets)) {
      const classes = budget.expenditure.filter((l) => l.code.length === 3);
      expect(
        classes.reduce((s, l) => s + fen(l.amount), 0n),
        budget.id,
      ).toBe(fen(budget.total));
      sumsUp(budget.expenditure);
      sumsUp(budget.revenue);
      const three = budget.threePublicExpenses;
      expect(fen(three.vehicles.purchase) + fen(three.vehicles.operation)).toBe(fen(three.vehicles.total));
      expect(fen(three.travelAbroad) + fen(three.vehicles.total) + fen(three.receptions)).toBe(fen(three.total));
    }
  });

  it('use 3-, 5- and 7-digit classification codes, with administrative fee revenue (10304)', () => {
    const lines = all((d) => d.budgets).flatMap((b) => b.budget.expenditure);
    expect(new Set(lines.map((l) => l.code.length))).toEqual(new Set([3, 5, 7]));
    expect(lines).toContainEqual(expect.objectContaining({ code: '2010601', name: '行政运行' }));
    expect(
      all((d) => d.budgets)
        .flatMap((b) => b.budget.revenue)
        .some((l) => l.code === '10304' && l.name === '行政事业性收费收入'),
    ).toBe(true);
  });
});

describe('fees', () => {
  const fees = all((d) => d.fees);

  it('reach down to village notice boards, with provincial and county ones', () => {
    const levels = new Set(fees.map((f) => f.fee.level));
    for (const level of ['provincial', 'county', 'township', 'village'] as const) expect(levels).toContain(level);
    for (const { fee } of fees.filter((f) => f.fee.level === 'village')) expect(fee.division.code).toMatch(/^210922105\d{3}$/);
  });

  it('include expired ones and one withdrawn', () => {
    expect(fees.filter((f) => f.fee.validTo !== undefined && f.fee.validTo < REFERENCE_DATE).length).toBeGreaterThanOrEqual(2);
    expect(fees.filter((f) => f.withdrawal)).toHaveLength(1);
  });
});

describe('alerts', () => {
  const alerts = all((d) => d.alerts);
  const latest = (a: (typeof alerts)[number]) => a.updates?.at(-1)?.alert ?? a.alert;

  it('include active ones that outlast mid-2027, so a demo still shows them', () => {
    const active = alerts.filter((a) => !a.cancellation && Date.parse(latest(a).expiresAt) > Date.parse('2027-06-30T23:59:59+08:00'));
    expect(new Set(active.map((a) => a.alert.id.split(':')[0]))).toEqual(new Set(['ln-emergency', 'ln-zhangwu']));
  });

  it('include expired ones of all four severities, one updated and one cancelled', () => {
    const expired = alerts.filter(
      (a) => !a.cancellation && Date.parse(latest(a).expiresAt) < Date.parse(`${REFERENCE_DATE}T00:00:00+08:00`),
    );
    expect(new Set(expired.map((a) => a.alert.severity))).toEqual(new Set(['red', 'orange', 'yellow', 'blue']));
    expect(alerts.some((a) => a.updates?.length)).toBe(true);
    expect(alerts.some((a) => a.cancellation)).toBe(true);
  });
});

describe('feedback', () => {
  const feedback = all((d) => d.feedback);

  it('has every kind, most replied, some unpublished', () => {
    expect(new Set(feedback.map((f) => f.submission.kind))).toEqual(new Set(vocabularies.feedbackKind.terms.map((t) => t.value)));
    expect(feedback.filter((f) => f.reply).length / feedback.length).toBeGreaterThan(0.7);
    expect(feedback.some((f) => f.submission.publishConsent === false && f.reply?.reply.publish === false)).toBe(true);
  });

  it('has ratings from 1 to 5, bad reviews among them, after a return visit when the submitter gave a name', () => {
    const rated = feedback.filter((f) => f.rating);
    expect(new Set(rated.map((f) => f.rating?.rating.level))).toEqual(new Set([1, 2, 3, 4, 5]));
    for (const f of rated.filter((r) => (r.rating?.rating.level ?? 5) <= 2 && r.submission.submitter.realName)) {
      expect(f.stages?.map((s) => s.stage)).toContain('returnVisited');
    }
  });
});

describe('requests', () => {
  it('number at least 40, from every applicant type and channel', () => {
    expect(requests.length).toBeGreaterThanOrEqual(40);
    expect(new Set(requests.map((r) => r.registration.applicant.type))).toEqual(
      new Set(vocabularies.applicantType.terms.map((t) => t.value)),
    );
    expect(new Set(requests.map((r) => r.registration.channel))).toEqual(
      new Set(vocabularies.applicationChannel.terms.map((t) => t.value)),
    );
  });

  it('end in every status', () => {
    expect(new Set(requests.map(statusOf))).toEqual(new Set(vocabularies.requestStatus.terms.map((t) => t.value)));
  });

  it('reach every one of the 21 outcomes, non-granted ones with reasons, articles and remedies', () => {
    const outcomes = new Set(requests.map((r) => decidedOf(r)?.decision?.outcome).filter((o): o is ReplyOutcome => o !== undefined));
    expect([...outcomes].sort()).toEqual(vocabularies.replyOutcome.terms.map((t) => t.value).sort());
  });

  it('record remedies of every kind and result for table 4', () => {
    const remedies = requests.flatMap((r) => r.events).filter((e) => e.type === 'remedyFiled' || e.type === 'remedyDecided');
    expect(new Set(remedies.map((e) => e.remedy?.kind))).toEqual(
      new Set(['reconsideration', 'litigationDirect', 'litigationAfterReconsideration']),
    );
    expect(new Set(remedies.filter((e) => e.type === 'remedyDecided').map((e) => e.remedy?.result))).toEqual(
      new Set(['upheld', 'corrected', 'other']),
    );
    const pending = requests.filter(
      (r) =>
        r.events.some((e) => e.type === 'remedyFiled') &&
        r.events.filter((e) => e.type === 'remedyFiled').length > r.events.filter((e) => e.type === 'remedyDecided').length,
    );
    expect(pending.length).toBeGreaterThan(0);
  });

  it('carry requests over from 2024 into 2025 and from 2025 into 2026', () => {
    for (const year of ['2024', '2025']) {
      const carried = requests.filter(
        (r) => receivedOnOf(r.registration)?.startsWith(year) && decidedOf(r) && !decidedOf(r)?.on.startsWith(year),
      );
      expect(carried.length, year).toBeGreaterThan(0);
    }
  });

  it('obey the clock rules by calendar-day margins that hold whatever the holidays', () => {
    for (const request of requests) {
      const receivedOn = receivedOnOf(request.registration) ?? '';
      const at = (type: string) => request.events.find((e) => e.type === type)?.on;
      const name = request.trackingNumber;
      const supplement = at('supplementRequested');
      if (supplement) expect(days(receivedOn, supplement), name).toBeLessThanOrEqual(3);
      const extended = at('extended');
      if (extended) expect(days(at('supplementReceived') ?? receivedOn, extended), name).toBeLessThanOrEqual(14);
      const fee = at('feeNoticeSent');
      const paid = at('feePaid');
      if (paid) expect(fee && fee < paid, name).toBe(true);
      const ended = at('consultationEnded');
      const decided = at('decided');
      if (ended && decided) expect(ended < decided, name).toBe(true);
      if (decided && !extended && !fee && !supplement) {
        const taken = days(receivedOn, decided);
        expect(taken <= 25 || taken >= 40, `${name} decided after ${taken} days`).toBe(true);
      }
    }
    const late = requests.filter(
      (r) =>
        !r.events.some((e) => e.type === 'extended') &&
        decidedOf(r) &&
        days(receivedOnOf(r.registration) ?? '', decidedOf(r)?.on ?? '') >= 40 &&
        r.events.length <= 1,
    );
    expect(late.length).toBeGreaterThanOrEqual(2);
  });

  it('charge fees with a method and quantity on the fee notice', () => {
    const notices = requests.flatMap((r) => r.events).filter((e) => e.type === 'feeNoticeSent');
    expect(notices.length).toBeGreaterThanOrEqual(3);
    for (const notice of notices)
      expect(notice.fee).toMatchObject({ method: expect.stringMatching(/^per(Piece|Page)$/), quantity: expect.any(Number) });
  });
});

describe('the generator', () => {
  let out = '';
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'gongkai-sample-'));
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('reproduces the committed files byte for byte (run it again after changing it)', () => {
    execFileSync(process.execPath, [tsxCli, script, '--out', out], { stdio: 'pipe' });
    const committed = readdirSync(sampleDir)
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect(readdirSync(out).sort()).toEqual(committed);
    for (const file of committed) expect(readFileSync(join(out, file)).equals(readFileSync(join(sampleDir, file))), file).toBe(true);
  });
});

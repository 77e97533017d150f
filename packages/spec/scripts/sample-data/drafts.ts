import type { Category, Division, Genre, Level } from '../../src/generated/openapi-types';
import { addDays, compare, daysBetween, EARLIEST, minDate, officeMinutes, REFERENCE_DATE, weekdayAfter, weekdayBetween } from './dates';
import { DECISIONS } from './decision-facts';
import { HARTAO_VILLAGES, type Profile } from './departments';
import { commonSeeds, provincialSeeds, SEEDS, type Seed } from './item-seeds';
import type { Rng } from './random';

// Items, first as drafts: seeds → dated instances → numbered drafts with ids and URLs. Items are
// published ≤ 20 calendar days after formation (on time) or ≥ 35 days (late): margins in calendar
// days that hold in working days whatever the holidays.

const CN_NUMBERS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

interface Instance {
  formedAt: string;
  vars: Record<string, string>;
}

const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'];

/** When a seed's instances were formed, and what fills their titles. */
function instancesOf(s: Seed, rng: Rng): Instance[] {
  const latest = addDays(REFERENCE_DATE, -8);
  const out: Instance[] = [];
  const push = (formedAt: string, vars: Record<string, string>) => {
    if (formedAt >= EARLIEST && formedAt <= latest) out.push({ formedAt, vars });
  };
  const yearVars = (y: number) => ({ Y: String(y), P: String(y - 1), X: String(y + 1) });
  switch (s.every ?? 'once') {
    case 'once':
      for (let n = 1; n <= (s.count ?? 1); n++) {
        const formedAt = weekdayBetween(rng, EARLIEST, addDays(REFERENCE_DATE, -12));
        push(formedAt, { ...yearVars(Number(formedAt.slice(0, 4))), N: String(n) });
      }
      break;
    case 'year':
      for (const y of [2024, 2025, 2026]) push(weekdayAfter(rng, `${y}-${s.on ?? '03-01'}`, -3, 3), { ...yearVars(y), N: '1' });
      break;
    case 'half':
      for (const y of [2024, 2025, 2026]) {
        push(weekdayAfter(rng, `${y}-06-30`, 5, 20), { ...yearVars(y), H: '上半年', N: '1' });
        push(weekdayAfter(rng, `${y}-12-31`, 5, 20), { ...yearVars(y), H: '下半年', N: '2' });
      }
      break;
    case 'quarter':
      for (const y of [2024, 2025, 2026]) {
        QUARTER_ENDS.forEach((end, q) =>
          push(weekdayAfter(rng, `${y}-${end}`, 8, 20), { ...yearVars(y), Q: CN_NUMBERS[q + 1] ?? '', N: String(q + 1) }),
        );
      }
      break;
  }
  return out;
}

const fill = (template: string, vars: Record<string, string>): string =>
  template.replace(/\{([A-Z])\}/g, (whole, key: string) => vars[key] ?? whole);

export interface Draft {
  seed: Seed;
  title: string;
  genre: Genre;
  category: Category;
  formedAt: string;
  publishedOn: string;
  /** Minutes after midnight of the publication. */
  minutes: number;
  division: Division;
  level: Level;
  vars: Record<string, string>;
  documentNumber?: string;
  interprets?: Draft;
  interpretation?: Draft;
  id?: string;
  indexNumber?: string;
}

/** On time: within 20 calendar days (always within 20 working days); late: 36 days or more. */
function publicationDate(rng: Rng, formedAt: string, lateShare: number): string {
  const late = rng.chance(lateShare) && addDays(formedAt, 40) <= REFERENCE_DATE;
  const date = late
    ? weekdayAfter(rng, formedAt, 36, Math.min(75, daysBetween(formedAt, REFERENCE_DATE)))
    : weekdayAfter(rng, formedAt, 0, Math.min(15, daysBetween(formedAt, REFERENCE_DATE)));
  return minDate(date, REFERENCE_DATE);
}

/** The name inside 《》, or what a 关于…的通知 is about. */
export function subjectOf(title: string): string {
  const quoted = /《([^》]+)》/.exec(title);
  if (quoted?.[1]) return quoted[1];
  const about = /关于(.+?)的(通知|意见|通告|批复|决定|报告)$/.exec(title);
  return about?.[1] ?? title;
}

export function draftsOf(p: Profile, rng: Rng): Draft[] {
  const seeds = [...commonSeeds(p), ...(p.department.level === 'provincial' ? provincialSeeds(p) : []), ...(SEEDS[p.department.id] ?? [])];
  const facts = DECISIONS[p.department.id];
  const drafts: Draft[] = [];
  let villageTurn = 0;
  for (const s of seeds) {
    for (const { formedAt, vars } of instancesOf(s, rng)) {
      const village = s.village ? HARTAO_VILLAGES[villageTurn++ % HARTAO_VILLAGES.length] : undefined;
      const project = facts?.projects[(Number(vars['N']) - 1) % Math.max(1, facts.projects.length)] ?? '';
      const allVars = { ...vars, C: project, V: village?.name ?? '' };
      const draft: Draft = {
        seed: s,
        title: fill(s.title, allVars),
        genre: s.genre,
        category: s.category,
        formedAt,
        publishedOn: publicationDate(rng, formedAt, 0.12),
        minutes: officeMinutes(rng),
        division: village ?? p.department.division,
        level: village ? 'village' : p.department.level,
        vars: allVars,
      };
      drafts.push(draft);
      if (s.interpret) {
        const quoted = /《([^》]+)》/.exec(draft.title)?.[1];
        const publishedOn = weekdayAfter(rng, draft.publishedOn, 0, Math.min(3, daysBetween(draft.publishedOn, REFERENCE_DATE)));
        const interpretation: Draft = {
          ...draft,
          seed: { ...s, doc: undefined },
          genre: 'interpretation',
          title: `政策解读：《${quoted ?? draft.title}》`,
          publishedOn,
          minutes: publishedOn === draft.publishedOn ? draft.minutes + rng.int(5, 40) : officeMinutes(rng),
          interprets: draft,
        };
        draft.interpretation = interpretation;
        drafts.push(interpretation);
      }
    }
  }
  return drafts;
}

/** GB/T 9704: 机关代字〔year〕n号, numbered per code and year in the order documents were formed. */
export function numberDocuments(drafts: Draft[], rng: Rng): void {
  const next = new Map<string, number>();
  for (const draft of [...drafts].sort((a, b) => compare(a.formedAt, b.formedAt) || compare(a.title, b.title))) {
    const code = draft.seed.doc;
    if (!code) continue;
    const year = draft.formedAt.slice(0, 4);
    const key = `${code}${year}`;
    const n = (next.get(key) ?? 0) + rng.int(1, 6);
    next.set(key, n);
    draft.documentNumber = `${code}〔${year}〕${n}号`;
    draft.title = draft.title.replace('{D}', draft.documentNumber);
  }
}

/** Ids and index numbers (统一社会信用代码/年份-流水号) in publication order. */
export function identify(p: Profile, drafts: Draft[]): Draft[] {
  const sorted = [...drafts].sort((a, b) => compare(a.publishedOn, b.publishedOn) || a.minutes - b.minutes || compare(a.title, b.title));
  const perYear = new Map<string, number>();
  for (const draft of sorted) {
    const year = draft.publishedOn.slice(0, 4);
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    draft.id = `${p.department.id}:${year}-${String(n).padStart(6, '0')}`;
    draft.indexNumber = `${p.department.unifiedSocialCreditCode}/${year}-${String(n).padStart(5, '0')}`;
  }
  return sorted;
}

const CATEGORY_PATH: Record<Category, string> = {
  regulations: 'gfxwj',
  agencyProfile: 'jgzn',
  plans: 'ghjh',
  statistics: 'tjxx',
  licensing: 'xzxk',
  penaltiesAndCoercion: 'xzcf',
  budgetsAndFinalAccounts: 'czyjs',
  administrativeFees: 'sfxx',
  centralizedProcurement: 'zfcg',
  majorProjects: 'zdxm',
  livelihoodPolicies: 'msxx',
  emergencies: 'yjgl',
  supervisionInspections: 'jdjc',
  civilServiceRecruitment: 'gwyzk',
  otherStatutory: 'qtxx',
  municipalConstruction: 'szjs',
  publicServices: 'ggfw',
  publicWelfare: 'gysy',
  landExpropriation: 'tdzs',
  housingExpropriation: 'fwzs',
  publicSecurityAdministration: 'zagl',
  socialAssistance: 'shjz',
  agriculturalRuralPolicies: 'nynczc',
  farmlandIrrigation: 'ntsl',
  ruralLandContractTransfer: 'tdlz',
  homesteadApproval: 'zjd',
  labourAndFundRaising: 'czcl',
};

export function itemUrl(p: Profile, draft: Draft): string {
  const date = draft.publishedOn.replaceAll('-', '');
  const serial = (draft.id ?? '').split('-').at(-1);
  return `${p.department.website}zfxxgk/${CATEGORY_PATH[draft.category]}/${date.slice(0, 6)}/t${date}_${serial}.html`;
}

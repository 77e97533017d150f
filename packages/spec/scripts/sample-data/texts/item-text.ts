import type { Profile } from '../departments';
import type { Draft } from '../drafts';
import type { Metric } from '../metrics';
import type { Rng } from '../random';
import { decisionText } from './decision-text';
import { interpretationText, normativeText } from './normative-text';
import { noticeText } from './notice-text';
import { planText } from './plan-text';
import { profileText } from './profile-text';
import type { Text } from './prose';
import { reportText } from './report-text';
import { statisticsText } from './statistics-text';

/** The summary and body of an item, by its genre. */
export function textOf(p: Profile, d: Draft, rng: Rng, metrics: Metric[]): Text {
  switch (d.genre) {
    case 'rule':
    case 'normativeDocument':
      return normativeText(p, d, rng);
    case 'interpretation':
      return interpretationText(p, d, rng);
    case 'plan':
      return planText(p, d, rng);
    case 'statistics':
      return statisticsText(p, d, metrics);
    case 'report':
      return reportText(p, d);
    case 'licensingDecision':
    case 'penaltyDecision':
    case 'coercionDecision':
      return decisionText(p, d, rng);
    case 'other':
      return d.category === 'agencyProfile' ? profileText(p, d, rng) : noticeText(p, d, rng);
    default:
      return noticeText(p, d, rng, metrics);
  }
}

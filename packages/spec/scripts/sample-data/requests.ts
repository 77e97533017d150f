import type { DatasetRequest } from '../../src/dataset';
import { RECEIPT_EVIDENCE } from '../../src/receipt-evidence';
import type { DeliveryMethod, InformationForm, RequestRegistration } from '../../src/generated/openapi-types';
import { applicantOf } from './applicants';
import { addDays, at, compare, isWeekend, officeMinutes, weekdayAfter } from './dates';
import type { Profile } from './departments';
import { rngFor, type Rng } from './random';
import { eventsOf } from './request-events';
import { REQUESTS, type RequestPlan } from './request-plans';

/** When the applicant sent it: post takes days; an online form filed in the evening or at the weekend is confirmed on the next working day. */
function submittedAtOf(plan: RequestPlan, receivedOn: string, rng: Rng): string {
  switch (plan.channel) {
    case 'postSigned':
    case 'postUnsigned':
      return at(addDays(receivedOn, -rng.int(2, 5)), rng.int(540, 1020));
    case 'online':
      return rng.chance(0.35) ? at(addDays(receivedOn, -rng.int(1, 2)), rng.int(1140, 1380)) : at(receivedOn, rng.int(480, 1020));
    case 'email':
      return at(receivedOn, rng.int(0, 1439));
    default:
      return at(receivedOn, officeMinutes(rng));
  }
}

const FORMS: [InformationForm, DeliveryMethod][] = [
  ['electronic', 'email'],
  ['paper', 'post'],
  ['electronic', 'download'],
  ['paper', 'pickup'],
];

/** A body's requests, numbered per year in order of receipt; a receipt planned on a weekend moves to a weekday. */
export function requestsOf(p: Profile): DatasetRequest[] {
  const rng = rngFor(`${p.department.id}:requests`);
  const plans = REQUESTS.filter((plan) => plan.dept === p.department.id).sort((a, b) => compare(a.receivedOn, b.receivedOn));
  const perYear = new Map<string, number>();
  return plans.map((plan): DatasetRequest => {
    const receivedOn = isWeekend(plan.receivedOn) ? weekdayAfter(rng, plan.receivedOn, 1, 2) : plan.receivedOn;
    const year = receivedOn.slice(0, 4);
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    const [form, delivery] =
      plan.channel === 'oral' || plan.dept === 'ln-zhangwu-hrt' ? (['viewOnSite', 'pickup'] as const) : rng.pick(FORMS);
    const registration: RequestRegistration = {
      applicant: applicantOf(plan, rng),
      description: plan.description,
      ...(plan.title ? { titleOrDocumentNumber: plan.title } : {}),
      form,
      delivery,
      channel: plan.channel,
      [RECEIPT_EVIDENCE[plan.channel]]: receivedOn,
    };
    return {
      trackingNumber: `${p.department.id}:YSQ-${year}-${String(n).padStart(6, '0')}`,
      submittedAt: submittedAtOf(plan, receivedOn, rng),
      registration,
      events: eventsOf(p, plan, receivedOn, rng),
    };
  });
}

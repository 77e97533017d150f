import type { Check } from '../run/check';
import { atomChecks } from '../representations/atom-checks';
import { capChecks } from '../representations/cap-checks';
import { csvChecks } from '../representations/csv-checks';
import { adminChecks } from './admin-checks';
import { badInputChecks } from './bad-input-checks';
import { changeChecks } from './change-checks';
import { conditionalChecks } from './conditional-checks';
import { contractChecks } from './contract-checks';
import { discoveryCheck } from './discovery-checks';
import { filterChecks } from './filter-checks';
import { idChecks } from './id-checks';
import { listChecks } from './list-checks';
import { privacyChecks } from './privacy-checks';
import { resourceChecks } from './resource-checks';
import { feedbackRatingChecks } from './writes/feedback-rating-checks';
import { idempotencyChecks } from './writes/idempotency-checks';
import { requestAccessChecks } from './writes/request-access-checks';

/**
 * Every check, in the order they run: discovery first (nothing runs without it), the reads,
 * the writes, then privacy over everything seen, and last the contract checks, which judge
 * every answer any check received.
 */
export const catalogue: readonly Check[] = [
  discoveryCheck,
  ...idChecks,
  ...listChecks,
  ...filterChecks,
  ...resourceChecks,
  ...conditionalChecks,
  ...badInputChecks,
  ...changeChecks,
  ...csvChecks,
  ...capChecks,
  ...atomChecks,
  ...adminChecks,
  ...idempotencyChecks,
  ...requestAccessChecks,
  ...feedbackRatingChecks,
  ...privacyChecks,
  ...contractChecks,
];

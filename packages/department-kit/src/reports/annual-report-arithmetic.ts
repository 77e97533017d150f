/**
 * The annual report's shared arithmetic, which lives in `@gongkai/spec` (the gateway sums
 * departments with the same code). Until the spec's `index.ts` re-exports its `annual-report`
 * folder, this module reaches it by path; then this line becomes `from '@gongkai/spec'` and
 * nothing else in `reports/` changes.
 */
export {
  APPLICANT_COLUMNS,
  REMEDY_GROUPS,
  addCounts,
  checkAnnualReport,
  emptyOutcomeCounts,
  emptyRemedyCountsRow,
  emptyRequestCountsColumn,
  fenToMoney,
  fenToTenThousandYuan,
  moneyToFen,
  tallyOutcome,
} from '@gongkai/spec';
export type { RemedyGroup } from '@gongkai/spec';

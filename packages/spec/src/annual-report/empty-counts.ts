import type { OutcomeCounts, RemedyCountsRow, RequestCountsColumn } from '../generated/openapi-types';

/** Row 三 of table 3 with every cell 0: the six groups and all their sub-rows. */
export function emptyOutcomeCounts(): OutcomeCounts {
  return {
    granted: 0,
    partial: 0,
    denied: {
      stateSecret: 0,
      prohibitedByLaw: 0,
      securityStability: 0,
      thirdPartyRights: 0,
      internalAffairs: 0,
      processInformation: 0,
      enforcementCaseFile: 0,
      administrativeQuery: 0,
    },
    unable: { notHeld: 0, needsCreation: 0, stillUnclear: 0 },
    notProcessed: { petition: 0, repeat: 0, publication: 0, excessive: 0, confirmOrReissue: 0 },
    other: { noSupplement: 0, feeUnpaid: 0, other: 0 },
    total: 0,
  };
}

/** One applicant column of table 3 with every cell 0. */
export function emptyRequestCountsColumn(): RequestCountsColumn {
  return { newReceived: 0, carriedOver: 0, outcomes: emptyOutcomeCounts(), carriedForward: 0 };
}

/** One group of table 4 with every cell 0. */
export function emptyRemedyCountsRow(): RemedyCountsRow {
  return { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 };
}

import type { AnnualReport, ApplicantType } from '../generated/openapi-types';

/**
 * The six applicant columns of table 3 (申请人情况, 2021 format, 国办公开办函〔2021〕30号), in the
 * official order: 自然人, then the five kinds of 法人或其他组织. They are exactly `ApplicantType`.
 */
export const APPLICANT_COLUMNS = [
  'naturalPerson',
  'commercialEnterprise',
  'researchInstitution',
  'socialWelfareOrganization',
  'legalServiceOrganization',
  'otherOrganization',
] as const satisfies readonly ApplicantType[];

/** The seven columns of table 3: the six applicant columns and 总计. */
export type Table3Column = keyof AnnualReport['table3'];

export const TABLE3_COLUMNS = [...APPLICANT_COLUMNS, 'total'] as const satisfies readonly Table3Column[];

/** The three groups of table 4: 行政复议, 未经复议直接起诉, 复议后起诉. */
export type RemedyGroup = keyof AnnualReport['table4'];

export const REMEDY_GROUPS = [
  'reconsideration',
  'litigationDirect',
  'litigationAfterReconsideration',
] as const satisfies readonly RemedyGroup[];

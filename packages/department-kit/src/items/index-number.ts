import type { Department } from '@gongkai/spec';

/**
 * Produces an item's index number (索引号) when the input has none. There is no national format
 * (at least seven local schemes exist), so a department plugs in its own; it must be unique per
 * body for a given `sequence`.
 */
export type IndexNumberScheme = (context: {
  readonly department: Omit<Department, 'health'>;
  readonly year: number;
  readonly sequence: number;
}) => string;

/** `<unified social credit code or department id>/<year>-<5-digit serial>`, like gov.cn's `000014349/2017-00110`. */
export const defaultIndexNumberScheme: IndexNumberScheme = ({ department, year, sequence }) =>
  `${department.unifiedSocialCreditCode ?? department.id}/${year}-${String(sequence).padStart(5, '0')}`;

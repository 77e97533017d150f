import type { ParameterValues } from '@gongkai/spec';

/**
 * The operations that read one resource, and the path parameter naming it. The department that
 * answers is the one named (`getDepartment`) or the prefix of the resource's id.
 */
export const SINGLE_RESOURCE_READS: Readonly<Record<string, string>> = {
  getDepartment: 'departmentId',
  getItem: 'itemId',
  listItemHistory: 'itemId',
  getFee: 'feeId',
  getBudget: 'budgetId',
  getAlert: 'alertId',
  getFeedback: 'feedbackId',
  getRequest: 'trackingNumber',
};

/** The id of the department that answers a single-resource read (`ln-finance:2026-000123` → ln-finance). */
export function owningDepartmentId(operationId: string, params: ParameterValues): string {
  const id = String(params.path[SINGLE_RESOURCE_READS[operationId] ?? '']);
  return operationId === 'getDepartment' ? id : id.slice(0, id.indexOf(':'));
}

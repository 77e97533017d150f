import type { ParameterValues, PublicOperationId } from '@gongkai/spec';

/**
 * The operations that read one resource, and the path parameter naming it. The department that
 * answers is the one named (`getDepartment`) or the prefix of the resource's id.
 */
export const SINGLE_RESOURCE_READS = {
  getDepartment: 'departmentId',
  getItem: 'itemId',
  listItemHistory: 'itemId',
  getFee: 'feeId',
  getBudget: 'budgetId',
  getAlert: 'alertId',
  getFeedback: 'feedbackId',
  getRequest: 'trackingNumber',
} as const satisfies { readonly [Id in PublicOperationId]?: string };

export type SingleResourceReadId = keyof typeof SINGLE_RESOURCE_READS;

export function isSingleResourceRead(operationId: string): operationId is SingleResourceReadId {
  return Object.hasOwn(SINGLE_RESOURCE_READS, operationId);
}

/** The id of the department that answers a single-resource read (`ln-finance:2026-000123` → ln-finance). */
export function owningDepartmentId(operationId: string, params: Pick<ParameterValues, 'path'>): string {
  const id = String(isSingleResourceRead(operationId) ? params.path[SINGLE_RESOURCE_READS[operationId]] : '');
  return operationId === 'getDepartment' ? id : id.slice(0, id.indexOf(':'));
}

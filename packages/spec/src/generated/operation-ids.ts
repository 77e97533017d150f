// Generated from openapi/v1 by packages/spec/scripts/generate.mjs — do not edit.

/** The operations anyone may call, on a department or through a gateway. */
export const PUBLIC_OPERATION_IDS = [
  'listDepartments',
  'getDepartment',
  'listItems',
  'getItem',
  'listItemHistory',
  'getItemsFeed',
  'listFees',
  'getFee',
  'listBudgets',
  'getBudget',
  'listAlerts',
  'getAlert',
  'listFeedback',
  'submitFeedback',
  'getFeedback',
  'rateFeedback',
  'submitRequest',
  'getRequest',
  'listChanges',
  'exportRecords',
  'getAnnualReport',
  'getCompliance',
] as const;

/** The operations a department serves to its own staff (tag "Department admin"); a gateway never proxies them. */
export const ADMIN_OPERATION_IDS = [
  'createItem',
  'updateItem',
  'withdrawItem',
  'createFee',
  'updateFee',
  'withdrawFee',
  'createBudget',
  'updateBudget',
  'withdrawBudget',
  'createAlert',
  'updateAlert',
  'withdrawAlert',
  'listRequestsForDepartment',
  'registerRequest',
  'getRequestForDepartment',
  'recordRequestEvent',
  'listFeedbackForDepartment',
  'replyToFeedback',
  'advanceFeedback',
  'publishAnnualReport',
] as const;

export type PublicOperationId = (typeof PUBLIC_OPERATION_IDS)[number];
export type AdminOperationId = (typeof ADMIN_OPERATION_IDS)[number];

/** Per operation, the query parameters with a default in the contract: validation always fills them in. */
export interface QueryDefaults {
  listDepartments: never;
  getDepartment: never;
  listItems: 'sort' | 'limit';
  getItem: never;
  listItemHistory: 'limit';
  getItemsFeed: 'limit';
  listFees: 'limit';
  getFee: never;
  listBudgets: 'limit';
  getBudget: never;
  listAlerts: 'limit';
  getAlert: never;
  listFeedback: 'limit';
  submitFeedback: never;
  getFeedback: never;
  rateFeedback: never;
  submitRequest: never;
  getRequest: never;
  listChanges: 'limit';
  exportRecords: never;
  getAnnualReport: never;
  getCompliance: never;
  createItem: never;
  updateItem: never;
  withdrawItem: never;
  createFee: never;
  updateFee: never;
  withdrawFee: never;
  createBudget: never;
  updateBudget: never;
  withdrawBudget: never;
  createAlert: never;
  updateAlert: never;
  withdrawAlert: never;
  listRequestsForDepartment: 'limit';
  registerRequest: never;
  getRequestForDepartment: never;
  recordRequestEvent: never;
  listFeedbackForDepartment: 'limit';
  replyToFeedback: never;
  advanceFeedback: never;
  publishAnnualReport: never;
}

export { DATASET_FORMAT } from './types';
export type {
  DatasetAlert,
  DatasetBudget,
  DatasetError,
  DatasetFee,
  DatasetFeedback,
  DatasetItem,
  DatasetRequest,
  DatasetValidationResult,
  DatasetWithdrawal,
  DepartmentDataset,
} from './types';
export { validateDataset } from './validate-dataset';
export { pathOf } from './report';
export { chinaDateOf as chinaDate } from '../china-time';
export { receivedOnOf } from '../receipt-evidence';

import type {
  AlertInput,
  BudgetInput,
  Department,
  FeeInput,
  FeedbackReplyInput,
  FeedbackStage,
  FeedbackSubmission,
  ItemInput,
  RatingSubmission,
  RequestEventInput,
  RequestRegistration,
  ResourceId,
  Timestamp,
} from '../generated/openapi-types';

/** The one format tag this module reads; a new layout gets a new tag. */
export const DATASET_FORMAT = 'gongkai-dataset@1';

/** When and why a published record was withdrawn (it stays visible, marked). */
export interface DatasetWithdrawal {
  at: Timestamp;
  reason: string;
}

export interface DatasetItem {
  item: ItemInput & { id: ResourceId; publishedAt: Timestamp };
  /** Later revisions of the item, oldest first; each is the whole item as it stood then. */
  updates?: { at: Timestamp; item: ItemInput }[];
  withdrawal?: DatasetWithdrawal;
}
export interface DatasetFee {
  fee: FeeInput & { id: ResourceId; publishedAt: Timestamp };
  withdrawal?: DatasetWithdrawal;
}
export interface DatasetBudget {
  budget: BudgetInput & { id: ResourceId; publishedAt: Timestamp };
}
export interface DatasetAlert {
  alert: AlertInput & { id: ResourceId; issuedAt: Timestamp };
  /** CAP `update` messages, oldest first. */
  updates?: { at: Timestamp; alert: AlertInput }[];
  /** A CAP `cancel` (解除预警). */
  cancellation?: DatasetWithdrawal;
}
/** The generated types make a field with a schema `default` required; in input it may be left out. */
type Defaulted<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

export interface DatasetFeedback {
  id: ResourceId;
  submittedAt: Timestamp;
  submission: Defaulted<FeedbackSubmission, 'publishConsent'>;
  stages?: { stage: FeedbackStage; at: Timestamp; note?: string }[];
  reply?: { at: Timestamp; reply: Defaulted<FeedbackReplyInput, 'publish'> };
  rating?: { at: Timestamp; rating: RatingSubmission };
}
export interface DatasetRequest {
  trackingNumber: ResourceId;
  submittedAt: Timestamp;
  /** Carries the receipt evidence its channel needs (Art. 31); the receipt itself is not an event. */
  registration: RequestRegistration;
  /** What happened after receipt, in date order. */
  events: RequestEventInput[];
}

/** What a department imports, and what the sample departments of `npm start` load. */
export interface DepartmentDataset {
  format: typeof DATASET_FORMAT;
  department: Omit<Department, 'health'>;
  items: DatasetItem[];
  fees: DatasetFee[];
  budgets: DatasetBudget[];
  alerts: DatasetAlert[];
  feedback: DatasetFeedback[];
  requests: DatasetRequest[];
}

/** One thing wrong with a dataset: the record and field (`items[3].item.documentNumber`) and the rule. */
export interface DatasetError {
  path: string;
  message: string;
  source?: string;
}

export type DatasetValidationResult = { ok: true; dataset: DepartmentDataset } | { ok: false; errors: DatasetError[] };

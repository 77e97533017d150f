export { RECEIPT_EVIDENCE, receivedOnOf } from './receipt-evidence';
export type { ReceiptEvidenceField } from './receipt-evidence';

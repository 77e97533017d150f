// The element classes, without defining them (import `@gongkai/elements/<name>/define` for that, or
// load the CDN file), and the parts a new element builds on.
export { GkAlertBanner } from './gk-alert-banner/gk-alert-banner';
export { GkBudgetTable } from './gk-budget-table/gk-budget-table';
export { GkComplianceBoard } from './gk-compliance-board/gk-compliance-board';
export { GkDisclosureList } from './gk-disclosure-list/gk-disclosure-list';
export { GkFeeSchedule } from './gk-fee-schedule/gk-fee-schedule';
export { GkFeedbackForm } from './gk-feedback-form/gk-feedback-form';
export { GkItem } from './gk-item/gk-item';
export { GkRating } from './gk-rating/gk-rating';
export { GkRequestForm } from './gk-request-form/gk-request-form';
export { GkRequestStatus } from './gk-request-status/gk-request-status';
export { GkSearch } from './gk-search/gk-search';
export { GkElement, type Fetched, type LoadState } from './base/gk-element';
export { apiBase } from './config/api-base';
export { languageOf, elderModeOf, type Language, type Strings } from './i18n/language';
export { safeHref } from './safety/safe-url';

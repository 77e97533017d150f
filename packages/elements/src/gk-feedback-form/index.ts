export { GkFeedbackForm } from './gk-feedback-form';

export { GkAlertBanner } from './gk-alert-banner';

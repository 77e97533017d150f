export { GkRequestStatus } from './gk-request-status';

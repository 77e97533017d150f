export { GkRequestForm } from './gk-request-form';

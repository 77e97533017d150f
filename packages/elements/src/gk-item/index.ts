export { GkItem } from './gk-item';

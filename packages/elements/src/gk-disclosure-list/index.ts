export { GkDisclosureList } from './gk-disclosure-list';

export { GkSearch } from './gk-search';

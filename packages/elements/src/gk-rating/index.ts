export { GkRating } from './gk-rating';

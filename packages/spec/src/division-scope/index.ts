export { divisionPrefix, isWithinDivision, parentDivision } from './division-scope';

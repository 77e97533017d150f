export { GkComplianceBoard } from './gk-compliance-board';

export { GkFeeSchedule } from './gk-fee-schedule';

export { GkBudgetTable } from './gk-budget-table';

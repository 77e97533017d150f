import { GkBudgetTable } from './gk-budget-table';

// Guarded: a page that loads the CDN file and a bundle (or two versions) must not throw on the second definition.
if (!customElements.get('gk-budget-table')) customElements.define('gk-budget-table', GkBudgetTable);

export { GkBudgetTable };

declare global {
  interface HTMLElementTagNameMap {
    'gk-budget-table': GkBudgetTable;
  }
}

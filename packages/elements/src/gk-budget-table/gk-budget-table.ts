import { html, nothing, svg } from 'lit';
import { isProblemError } from '@gongkai/client';
import type { Budget, BudgetLine } from '@gongkai/spec';
import { formatMoney } from '../i18n/format';
import { label } from '../i18n/vocabulary';
import type { ElementsClient } from '../config/client-for';
import { GkElement, type Fetched } from '../base/gk-element';
import { strings } from './gk-budget-table.strings';
import { styles } from './gk-budget-table.styles';

const money = (amount: string, lang: 'zh-CN' | 'en') => formatMoney(amount, 'CNY', lang);

/**
 * `<gk-budget-table budget-id="ln-finance:budget-2026">` (or `department`, `year`, `kind`): a
 * budget or final account with its expenditure and revenue lines and totals, the three public
 * expenses (三公经费), a bar chart of the expenditure classes with the same figures as text, and
 * the lines as CSV to download.
 *
 * @summary A budget or final account: lines, totals, the three public expenses, a chart, CSV.
 * @attr {string} budget-id - The budget's id; else `department`, `year` and `kind` find it.
 * @attr {string} department - A department id.
 * @attr {number} year - The fiscal year.
 * @attr {string} kind - `budget` or `finalAccount`.
 * @cssprop --gk-chart - The bars of the chart (default #1f5fbf).
 * @csspart budget - The whole budget.
 * @csspart table - A table of lines.
 * @csspart three - The three public expenses table.
 * @csspart chart - The bar chart with its text.
 * @csspart csv - The CSV download button.
 */
export class GkBudgetTable extends GkElement<Budget> {
  static override styles = [...GkElement.styles, styles];
  static override properties = {
    ...GkElement.properties,
    budgetId: { type: String, attribute: 'budget-id' },
    department: { type: String },
    year: { type: Number },
    kind: { type: String },
  };
  static override queryProperties = [...GkElement.queryProperties, 'budgetId', 'department', 'year', 'kind'];

  declare budgetId: string | undefined;
  declare department: string | undefined;
  declare year: number | undefined;
  declare kind: string | undefined;

  protected override async fetchData(client: ElementsClient, signal: AbortSignal): Promise<Fetched<Budget>> {
    if (this.budgetId) return { data: await client.budgets.get(this.budgetId, { signal }), empty: false };
    const page = await client.budgets.list(
      {
        limit: 1,
        ...(this.department ? { department: [this.department] } : {}),
        ...(this.year ? { year: this.year } : {}),
        kind: this.kind === 'finalAccount' ? 'finalAccount' : 'budget',
      },
      { signal },
    );
    const budget = page.data[0];
    return { data: budget as Budget, empty: !budget, failures: page.meta.failures };
  }

  protected override emptyMessage(): string {
    return this.t(strings).missing;
  }

  protected override errorMessage(error: unknown): string {
    return isProblemError(error) && error.status === 404 ? this.t(strings).missing : super.errorMessage(error);
  }

  /** Fetches the lines as CSV and hands them to the browser as a download. */
  private async download(budget: Budget): Promise<void> {
    const csv = await this.client.budgets.getCsv(budget.id);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    link.download = `${budget.id.replace(/[^\w-]+/g, '-')}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  }

  private renderLines(caption: string, lines: readonly BudgetLine[], total?: string) {
    const s = this.t(strings);
    const lang = this.language;
    return html`<table part="table">
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${s.code}</th>
          <th scope="col">${s.name}</th>
          <th scope="col" class="num">${s.amount}</th>
        </tr>
      </thead>
      <tbody>
        ${lines.map(
          (line) =>
            html`<tr class=${line.code.length <= 3 ? 'class' : ''}>
              <td>${line.code}</td>
              <th scope="row">${line.name}</th>
              <td class="num">${money(line.amount, lang)}</td>
            </tr>`,
        )}
      </tbody>
      ${
        total
          ? html`<tfoot>
              <tr>
                <th scope="row" colspan="2">${s.total}</th>
                <td class="num">${money(total, lang)}</td>
              </tr>
            </tfoot>`
          : nothing
      }
    </table>`;
  }

  private renderChart(budget: Budget) {
    const s = this.t(strings);
    const lang = this.language;
    const classes = budget.expenditure.filter((line) => line.code.length === 3);
    if (!classes.length) return nothing;
    const max = Math.max(...classes.map((line) => Number(line.amount)), 1);
    const row = 28;
    // The chart is decoration for sighted readers: the figure's caption lists the same figures.
    return html`<figure part="chart">
      <svg viewBox="0 0 600 ${classes.length * row}" aria-hidden="true" focusable="false">
        ${classes.map(
          (line, i) =>
            svg`<text x="0" y=${i * row + 18}>${line.name}</text><rect class="bar" x="220" y=${i * row + 6} height="16" width=${Math.max(1, (Number(line.amount) / max) * 370)}></rect>`,
        )}
      </svg>
      <figcaption>
        ${s.chart}：${classes.map((line) => `${line.name} ${money(line.amount, lang)}`).join(lang === 'en' ? '; ' : '；')}
      </figcaption>
    </figure>`;
  }

  protected override renderData(budget: Budget) {
    const s = this.t(strings);
    const lang = this.language;
    const t = budget.threePublicExpenses;
    const three: [string, string][] = [
      [s.travelAbroad, t.travelAbroad],
      [s.vehicles, t.vehicles.total],
      [s.purchase, t.vehicles.purchase],
      [s.operation, t.vehicles.operation],
      [s.receptions, t.receptions],
    ];
    return html`<section part="budget">
      <div class="title" role="heading" aria-level="2">${budget.title}（${label('budgetKind', budget.kind, lang)}）</div>
      ${this.renderChart(budget)} ${this.renderLines(s.expenditure, budget.expenditure, budget.total)}
      ${budget.revenue.length ? this.renderLines(s.revenue, budget.revenue) : nothing}
      <table part="three">
        <caption>
          ${s.three}
        </caption>
        <tbody>
          ${three.map(
            ([name, amount]) =>
              html`<tr>
                <th scope="row">${name}</th>
                <td class="num">${money(amount, lang)}</td>
              </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${s.total}</th>
            <td class="num">${money(t.total, lang)}</td>
          </tr>
        </tfoot>
      </table>
      <button type="button" part="csv" @click=${() => this.download(budget)}>${s.csv}</button>
    </section>`;
  }
}

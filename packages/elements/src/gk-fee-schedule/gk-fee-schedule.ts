import { html, nothing } from 'lit';
import type { FeeList, FeeSchedule } from '@gongkai/spec';
import { formatDate } from '../i18n/format';
import type { ElementsClient } from '../config/client-for';
import { GkElement, type Fetched } from '../base/gk-element';
import { strings } from './gk-fee-schedule.strings';
import { dataTableStyles } from '../base/data-table.styles';
import { styles } from './gk-fee-schedule.styles';

/**
 * `<gk-fee-schedule division="210922105">`: the administrative fees (行政事业性收费) published for a
 * division and every division inside it, down to a village (12-digit code), with the standard,
 * the legal basis, who collects it and how long it is valid. `status` (default `active`; `all`
 * for every state), `department`, `q` and `limit` narrow it.
 *
 * @summary The administrative fees of a division, down to a village.
 * @attr {string} division - A division code (2 to 12 digits).
 * @attr {string} status - `active` (default), `expired`, `withdrawn` or `all`.
 * @attr {string} department - A department id.
 * @attr {string} q - Full-text terms.
 * @attr {number} limit - Fees a page.
 * @csspart table - The fee table.
 * @csspart fee - One fee's row.
 * @csspart badge - A fee's status badge.
 */
export class GkFeeSchedule extends GkElement<FeeList> {
  static override styles = [...GkElement.styles, dataTableStyles, styles];
  static override properties = {
    ...GkElement.properties,
    division: { type: String },
    department: { type: String },
    status: { type: String },
    q: { type: String },
    limit: { type: Number },
  };
  static override queryProperties = [...GkElement.queryProperties, 'division', 'department', 'status', 'q', 'limit'];

  declare division: string | undefined;
  declare department: string | undefined;
  declare status: string | undefined;
  declare q: string | undefined;
  declare limit: number;

  constructor() {
    super();
    this.limit = 20;
  }

  protected override async fetchData(client: ElementsClient, signal: AbortSignal): Promise<Fetched<FeeList>> {
    const status = this.status || 'active';
    const page = await client.fees.list(
      {
        limit: Math.min(100, Math.max(1, this.limit || 20)),
        ...(status !== 'all' ? { status: status as 'active' } : {}),
        ...(this.division ? { division: this.division } : {}),
        ...(this.department ? { department: this.department.split(',') } : {}),
        ...(this.q ? { q: this.q } : {}),
        ...(this.cursor ? { cursor: this.cursor } : {}),
      },
      { signal },
    );
    return { data: page, empty: page.data.length === 0, failures: page.meta.failures };
  }

  protected override emptyMessage(): string {
    return this.t(strings).none;
  }

  private standard(fee: FeeSchedule): string {
    const s = this.t(strings);
    const { amount, unit, upTo, description } = fee.standard;
    // The unit names its own currency (`元/本`): the amount is shown as a number in the locale.
    const figure = new Intl.NumberFormat(this.language, { minimumFractionDigits: 2 }).format(Number(amount));
    return `${upTo ? `${s.upTo} ` : ''}${figure} ${unit}${description ? `（${description}）` : ''}`;
  }

  protected override renderData(list: FeeList) {
    const s = this.t(strings);
    const lang = this.language;
    return html`<table part="table">
        <caption>
          ${s.caption}
        </caption>
        <thead>
          <tr>
            ${[s.name, s.standard, s.basis, s.collector, s.division, s.validity].map((h) => html`<th scope="col">${h}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${list.data.map(
            (fee) =>
              html`<tr part="fee">
                <th scope="row">
                  ${fee.name}
                  ${
                    fee.status !== 'active'
                      ? html`<span class="badge ${fee.status === 'withdrawn' ? 'repealed' : 'expired'}">${s.status[fee.status]}</span>`
                      : nothing
                  }
                </th>
                <td>${this.standard(fee)}</td>
                <td>
                  <ul>
                    ${fee.legalBasis.map((basis) => html`<li>${basis}</li>`)}
                  </ul>
                  ${fee.approvingAuthority}${fee.approvalDocumentNumber ? `（${fee.approvalDocumentNumber}）` : ''}
                </td>
                <td>${fee.collectingBody ?? ''}</td>
                <td>${fee.division.name}</td>
                <td>${formatDate(fee.validFrom, lang)} – ${fee.validTo ? formatDate(fee.validTo, lang) : s.open}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      ${this.renderPager(list.links)}`;
  }
}

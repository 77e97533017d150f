import { html, nothing } from 'lit';
import type { ComplianceReport, ComplianceScoreboard } from '@gongkai/spec';
import { departmentsOf, type ElementsClient } from '../config/client-for';
import { formatDate } from '../i18n/format';
import { label } from '../i18n/vocabulary';
import { GkElement, type Fetched } from '../base/gk-element';
import { strings } from './gk-compliance-board.strings';
import { dataTableStyles } from '../base/data-table.styles';
import { styles } from './gk-compliance-board.styles';

/**
 * `<gk-compliance-board>`: what software can measure of each department's disclosure duties
 * (Arts. 47, 53), one row per department (`department` for one): mandatory categories with
 * recent content (and which have none), publication on time (Art. 26), requests overdue and
 * replied on time, the latest annual report, the guide's currency. `as-of` looks at a past day.
 * Shortfalls are said in words and marked in bold, never by colour alone.
 *
 * @summary Per-department disclosure compliance (Arts. 47, 53), in words.
 * @attr {string} department - One department's row only.
 * @attr {string} as-of - A past day (YYYY-MM-DD) to look at.
 * @csspart table - The board.
 * @csspart department - One department's row.
 */
export class GkComplianceBoard extends GkElement<ComplianceScoreboard> {
  static override styles = [...GkElement.styles, dataTableStyles, styles];
  static override properties = {
    ...GkElement.properties,
    department: { type: String },
    asOf: { type: String, attribute: 'as-of' },
  };
  static override queryProperties = [...GkElement.queryProperties, 'department', 'asOf'];

  declare department: string | undefined;
  declare asOf: string | undefined;

  protected override async fetchData(client: ElementsClient, signal: AbortSignal): Promise<Fetched<ComplianceScoreboard>> {
    const [board, names] = await Promise.all([
      client.reports.compliance(
        { ...(this.department ? { department: this.department.split(',') } : {}), ...(this.asOf ? { asOf: this.asOf } : {}) },
        { signal },
      ),
      // The rows are named by department, not by id.
      departmentsOf(this.base),
    ]);
    this.departmentNames = names;
    return { data: board, empty: board.departments.length === 0, failures: board.failures };
  }

  private renderRow(report: ComplianceReport) {
    const s = this.t(strings);
    const lang = this.language;
    const required = report.categories.filter((c) => c.required);
    const empty = required.filter((c) => c.status === 'empty');
    const t = report.timeliness;
    const r = report.requests;
    const replied = r.repliedOnTime + r.repliedLate;
    const latest = [...report.annualReports].sort((a, b) => b.year - a.year)[0];
    const bad = (flag: boolean, text: string) => html`<span class=${flag ? 'bad' : ''}>${text}</span>`;
    return html`<tr part="department">
      <th scope="row">${this.departmentName(report.departmentId)}</th>
      <td>
        ${s.current(required.filter((c) => c.status === 'current').length, required.length)}
        ${
          empty.length
            ? html`<details>
                <summary class="bad">${s.missing(empty.length)}</summary>
                <ul>
                  ${empty.map((c) => html`<li>${label('category', c.category, lang)}</li>`)}
                </ul>
              </details>`
            : nothing
        }
      </td>
      <td>${t.measured ? bad(t.late > 0, s.onTime(t.onTime, t.measured)) : s.none}</td>
      <td>
        ${bad(r.openOverdue > 0, s.overdue(r.openOverdue))}<br />${replied ? bad(r.repliedLate > 0, s.replied(r.repliedOnTime, replied)) : s.none}
      </td>
      <td>
        ${
          latest
            ? bad(
                !latest.published || latest.onTime === false || !latest.consistent,
                s.report(latest.year, !latest.published ? 'missing' : latest.onTime === false ? 'late' : 'onTime', latest.consistent),
              )
            : s.none
        }
      </td>
      <td>${bad(!report.guide.current, s.guideState(report.guide.current))}</td>
    </tr>`;
  }

  protected override renderData(board: ComplianceScoreboard) {
    const s = this.t(strings);
    return html`<table part="table">
      <caption>
        ${s.caption(formatDate(board.asOf, this.language))}
      </caption>
      <thead>
        <tr>
          ${[s.department, s.categories, s.timeliness, s.requests, s.annualReport, s.guide].map((h) => html`<th scope="col">${h}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${board.departments.map((report) => this.renderRow(report))}
      </tbody>
    </table>`;
  }
}

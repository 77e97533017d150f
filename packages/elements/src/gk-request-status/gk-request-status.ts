import { html, nothing } from 'lit';
import { isProblemError } from '@gongkai/client';
import type { ElementsClient } from '../config/client-for';
import type { DisclosureRequest } from '@gongkai/spec';
import { GkElement, type Fetched, type LoadState } from '../base/gk-element';
import { formatDate } from '../i18n/format';
import { label } from '../i18n/vocabulary';
import { safeHref } from '../safety/safe-url';
import type { Values } from '../forms/field';
import { renderField } from '../forms/field-view';
import { formStrings } from '../forms/form.strings';
import { formStyles } from '../forms/form.styles';
import { requestStrings } from '../forms/request.strings';
import { strings } from './gk-request-status.strings';

/**
 * `<gk-request-status>`: where a disclosure request stands, as its applicant sees it with the
 * access code of the receipt (the contract's `getRequest`; without the code nothing is shown):
 * the status, the statutory clock (its due date in working days, pauses, extension, deferral,
 * reopening), and the decision with its reasons and remedies (复议, 诉讼). With no
 * `tracking-number` and `token` it asks for both; the code stays in the page, never in a URL.
 */
export class GkRequestStatus extends GkElement<DisclosureRequest | null> {
  static override styles = [...GkElement.styles, formStyles];
  static override properties = {
    ...GkElement.properties,
    trackingNumber: { type: String, attribute: 'tracking-number' },
    token: { type: String },
    values: { state: true },
  };
  static override queryProperties = [...GkElement.queryProperties, 'trackingNumber', 'token'];

  declare trackingNumber: string | undefined;
  declare token: string | undefined;
  declare private values: Values;

  constructor() {
    super();
    this.values = {};
  }

  protected override async fetchData(client: ElementsClient, signal: AbortSignal): Promise<Fetched<DisclosureRequest | null>> {
    if (!this.trackingNumber || !this.token) return { data: null, empty: true };
    return { data: await client.requests.status(this.trackingNumber, this.token, { signal }), empty: false };
  }

  protected override emptyMessage(): string {
    return this.t(strings).ask;
  }

  protected override errorMessage(error: unknown): string {
    // A wrong code answers like an unknown number (404), so both are "check what you entered".
    return isProblemError(error) && error.status < 500 ? this.t(strings).unknown : super.errorMessage(error);
  }

  protected override renderBody(state: LoadState<DisclosureRequest | null>) {
    const s = { ...this.t(strings), ...this.t(requestStrings) };
    const f = this.t(formStrings);
    const input = (name: string, value: string) => (this.values = { ...this.values, [name]: value });
    return html`<form
        part="form"
        @submit=${(e: Event) => {
          e.preventDefault();
          this.trackingNumber = this.values['n']?.trim();
          this.token = this.values['t']?.trim();
        }}
      >
        <fieldset>
          <legend>${s.title}</legend>
          ${renderField({ name: 'n', label: s.number, pointer: '', required: true }, this.values['n'] ?? this.trackingNumber ?? '', undefined, false, f, input)}
          ${renderField({ name: 't', label: s.token, pointer: '', required: true }, this.values['t'] ?? '', undefined, false, f, input)}
          <button type="submit">${s.look}</button>
        </fieldset>
      </form>
      <div aria-live="polite">${this.renderState(state)}</div>`;
  }

  protected override renderData(r: DisclosureRequest | null) {
    if (!r) return nothing;
    const s = { ...this.t(strings), ...this.t(requestStrings) };
    const lang = this.language;
    const d = (value: string | undefined | null) => formatDate(value ?? undefined, lang);
    const c = r.clock;
    const due = c.reopened?.dueOn ?? c.replyDueOn;
    const decision = r.decision;
    return html`<dl part="status">
        <dt>${s.number}</dt>
        <dd>${r.trackingNumber}</dd>
        <dt>${s.status}</dt>
        <dd><span class="badge">${label('requestStatus', r.status, lang)}</span></dd>
        <dt>${s.received}</dt>
        <dd>${d(c.receivedOn)}</dd>
        <dt>${s.due}</dt>
        <dd>
          ${due ? d(due) : '—'}${c.provisional ? s.provisional : ''}${c.overdue ? html` <span class="badge overdue">${s.overdue}</span>` : ''}
        </dd>
        <dt>${s.clock}</dt>
        <dd>
          ${s.states[c.state] ?? c.state}${c.extension ? html`<br />${s.extended(c.extension.workingDays)}${c.extension.reason}` : ''}${c.deferral ? html`<br />${s.deferred}${d(c.deferral.until)}${s.colon}${c.deferral.reason}` : ''}
        </dd>
        ${
          c.pauses.length
            ? html`<dt>${s.pauses}</dt>
                <dd>
                  <ul>
                    ${c.pauses.map((p) => html`<li>${label('pauseReason', p.reason, lang)}${s.colon}${d(p.from)} – ${p.to ? d(p.to) : '…'}</li>`)}
                  </ul>
                </dd>`
            : ''
        }
      </dl>
      ${
        decision
          ? html`<section part="decision">
              <h3>${s.decision}${s.colon}${label('outcomeGroup', decision.outcomeGroup, lang)} ${d(decision.decidedOn)}</h3>
              ${decision.reasons ? html`<p>${decision.reasons}</p>` : ''}
              ${decision.articles?.length ? html`<p>${s.articles}${decision.articles.join('、')}</p>` : ''}
              ${
                decision.informationUrl && safeHref(decision.informationUrl)
                  ? html`<p><a href=${safeHref(decision.informationUrl)!}>${s.information}</a></p>`
                  : ''
              }
              ${
                decision.remedies?.length
                  ? html`<h4>${s.remedies}</h4>
                      <ul>
                        ${decision.remedies.map((m) => html`<li>${label('remedy', m.kind, lang)}${s.colon}${m.body} ${m.deadline}</li>`)}
                      </ul>`
                  : ''
              }
            </section>`
          : ''
      }`;
  }
}

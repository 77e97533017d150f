import { html, nothing, type TemplateResult } from 'lit';
import type { Alert, AlertList } from '@gongkai/spec';
import { formatDate } from '../i18n/format';
import { label } from '../i18n/vocabulary';
import type { ElementsClient } from '../config/client-for';
import { GkElement, type Fetched, type LoadState } from '../base/gk-element';
import { strings } from './gk-alert-banner.strings';
import { styles } from './gk-alert-banner.styles';

const ORDER = ['red', 'orange', 'yellow', 'blue'];
/** Red and orange warnings (levels I and II) interrupt a screen reader; yellow and blue wait. */
const URGENT = new Set(['red', 'orange']);

/**
 * `<gk-alert-banner division="210922">`: the emergency warnings in force for a division (and the
 * divisions inside it), most severe first, each with its level as text. Refreshed every `refresh`
 * seconds (default 60, at least 5) without reloading the page; new red and orange warnings are
 * announced by an assertive live region, yellow and blue by a polite one.
 *
 * @summary The emergency warnings in force for a division, by severity, live-updated.
 * @attr {string} division - A division code: its warnings and those inside it.
 * @attr {string} department - A department id.
 * @attr {number} refresh - Seconds between refreshes (default 60, at least 5).
 * @csspart urgent - The assertive live region (red and orange).
 * @csspart other - The polite live region (yellow and blue).
 * @csspart alert - One warning (also `alert-red`, `alert-orange`, `alert-yellow`, `alert-blue`).
 * @csspart level - A warning's level as text.
 */
export class GkAlertBanner extends GkElement<readonly Alert[]> {
  static override styles = [...GkElement.styles, styles];
  static override properties = {
    ...GkElement.properties,
    division: { type: String },
    department: { type: String },
    refresh: { type: Number },
  };
  static override queryProperties = [...GkElement.queryProperties, 'division', 'department'];

  declare division: string | undefined;
  declare department: string | undefined;
  declare refresh: number;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor() {
    super();
    this.refresh = 60;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.timer = setInterval(() => void this.reload({ quiet: true }), Math.max(5, this.refresh || 60) * 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  protected override async fetchData(client: ElementsClient, signal: AbortSignal): Promise<Fetched<readonly Alert[]>> {
    const query = {
      limit: 20,
      ...(this.division ? { division: this.division } : {}),
      ...(this.department ? { department: this.department.split(',') } : {}),
    };
    const page: AlertList = await client.alerts.active(query, { signal });
    const alerts = [...page.data].sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity));
    return { data: alerts, empty: alerts.length === 0, failures: page.meta.failures };
  }

  protected override emptyMessage(): string {
    return this.t(strings).none;
  }

  // The two live regions stay in place across loads and refreshes, so what a refresh adds is announced.
  protected override renderBody(state: LoadState<readonly Alert[]>) {
    const alerts = state.status === 'data' ? state.data : [];
    return html`<div aria-live="assertive" part="urgent">
        ${alerts.filter((a) => URGENT.has(a.severity)).map((a) => this.renderAlert(a))}
      </div>
      <div aria-live="polite" part="other">
        ${alerts.filter((a) => !URGENT.has(a.severity)).map((a) => this.renderAlert(a))}
        ${state.status === 'data' ? this.renderPartial(state.failures) : this.renderState(state)}
      </div>`;
  }

  protected override renderData(): typeof nothing {
    return nothing;
  }

  private renderAlert(alert: Alert): TemplateResult {
    const s = this.t(strings);
    const lang = this.language;
    return html`<section class="alert ${alert.severity}" part="alert alert-${alert.severity}" aria-label=${alert.headline}>
      <p>
        <span class="level" part="level">${label('severity', alert.severity, lang)}</span><span class="headline">${alert.headline}</span>
      </p>
      <p class="muted">
        ${s.areas}${alert.areas.map((a) => a.name).join(lang === 'en' ? ', ' : '、')} · ${s.issued}${formatDate(alert.issuedAt, lang)} ·
        ${s.until}${formatDate(alert.expiresAt, lang)}
      </p>
      <details>
        <summary>${s.details}</summary>
        <p>${label('alertType', alert.type, lang)} · ${alert.event}</p>
        <p>${alert.description}</p>
        <p>${alert.instructions}</p>
      </details>
    </section>`;
  }
}

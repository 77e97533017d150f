import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { FederationFailure } from '@gongkai/spec';
import { apiBase } from '../config/api-base';
import { clientFor, departmentsOf, type ElementsClient } from '../config/client-for';
import { elderModeOf, languageOf, type Language, type Strings } from '../i18n/language';
import { baseStyles } from './base.styles';
import { baseStrings } from './base.strings';
import { nextCursorOf } from './cursor';
import { watchPageSettings, unwatchPageSettings, type PageSettingsListener } from './page-observer';

/** What an element fetched: its data, whether that counts as empty, and the departments that did not answer. */
export interface Fetched<T> {
  readonly data: T;
  readonly empty: boolean;
  readonly failures?: readonly FederationFailure[] | undefined;
}

/** The states every element shows: loading, its data, empty, an error, each with the partial notice when some departments did not answer. */
export type LoadState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'data' | 'empty'; readonly data: T; readonly failures: readonly FederationFailure[] }
  | { readonly status: 'error'; readonly error: unknown };

/**
 * The base of every `gk-*` element: where the API is (`api`, the page's meta, same origin), the
 * language (own or nearest `lang`), elder-friendly mode, and one load at a time with its states.
 * Subclasses say what to fetch (`fetchData`), which properties change it (`queryProperties`) and
 * how to draw the data (`renderData`). They render no `<slot>`: the fallback content the webmaster
 * wrote inside the tag is for browsers that never upgrade it.
 *
 * @attr {string} api - The gateway's origin; else the page's `<meta name="gongkai-api">`, else the page's own origin.
 * @attr {string} lang - `zh-CN` (default) or `en`; else the nearest ancestor's `lang`.
 * @attr {boolean} elder - Elder-friendly mode (适老化); else `data-gk-elder` on an ancestor or `<html>`.
 * @cssprop --gk-font-family - The font (default the system's, then PingFang SC, Microsoft YaHei).
 * @cssprop --gk-font-size - The body text (default 16px).
 * @cssprop --gk-elder-font-size - The body text in elder-friendly mode (default 20px).
 * @cssprop --gk-color - Text (default #1f1f1f).
 * @cssprop --gk-background - Background (default #fff).
 * @cssprop --gk-link - Links (default #0b4fa8).
 * @cssprop --gk-muted - Secondary text (default #4d4d4d).
 * @cssprop --gk-border - Borders (default #8a8a8a).
 * @cssprop --gk-focus - The focus ring (default #b35900).
 * @cssprop --gk-button - The background of buttons (default #f2f2f2).
 * @cssprop --gk-target - The least height of a control (default 36px; 48px in elder-friendly mode).
 * @csspart base - The wrapper of everything the element draws.
 * @csspart loading - The loading notice.
 * @csspart error - The error notice with its retry button.
 * @csspart empty - The notice that nothing was found.
 * @csspart partial - The notice naming the departments that did not answer.
 * @csspart pager - The previous and next page buttons.
 */
export abstract class GkElement<T> extends LitElement implements PageSettingsListener {
  static override styles = [baseStyles];
  static override properties = {
    api: { type: String },
    elder: { type: Boolean },
    state: { state: true },
    language: { state: true },
    elderMode: { state: true },
    departmentNames: { state: true },
    cursors: { state: true },
  };
  /** Properties whose change fetches again; subclasses add their filters. */
  static queryProperties: readonly string[] = ['api'];

  declare api: string | undefined;
  declare elder: boolean;
  declare protected state: LoadState<T>;
  declare protected language: Language;
  declare protected elderMode: boolean;
  declare protected departmentNames: ReadonlyMap<string, { name: string; nameEn?: string | undefined }>;
  /** For a paged list: the cursors of the pages before this one and of this one (`''` for the first page). */
  declare protected cursors: readonly string[];
  private controller: AbortController | undefined;
  private loads = 0;

  constructor() {
    super();
    this.state = { status: 'loading' };
    this.language = 'zh-CN';
    this.elderMode = false;
    this.departmentNames = new Map();
    this.cursors = [''];
  }

  /** The cursor of the page to fetch; undefined for the first. */
  protected get cursor(): string | undefined {
    return this.cursors.at(-1) || undefined;
  }

  /** The gateway this element talks to. */
  protected get base(): string {
    return apiBase(this);
  }

  protected get client(): ElementsClient {
    return clientFor(this.base);
  }

  /** Fetches what the element shows; aborted when a newer load starts or the element leaves the page. */
  protected abstract fetchData(client: ElementsClient, signal: AbortSignal): Promise<Fetched<T>>;

  protected abstract renderData(data: T): TemplateResult | typeof nothing;

  /** The strings of the element's table in its language. */
  protected t<S>(table: Strings<S>): S {
    return table[this.language];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.pageSettingsChanged();
    watchPageSettings(this);
    // Back on the page after leaving it (a script moved it): leaving abandoned any load in flight.
    if (this.hasUpdated) void this.reload({ quiet: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchPageSettings(this);
    this.controller?.abort();
    this.controller = undefined;
  }

  pageSettingsChanged(): void {
    this.language = languageOf(this);
    this.elderMode = elderModeOf(this);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('elder')) this.elderMode = elderModeOf(this);
    const queries = (this.constructor as typeof GkElement).queryProperties;
    const queryChanged = queries.some((name) => changed.has(name));
    // A new query starts again at the first page.
    if (queryChanged && !changed.has('cursors') && this.cursors.length > 1) this.cursors = [''];
    if (this.isConnected && (!this.hasUpdated || queryChanged || changed.has('cursors'))) void this.reload();
  }

  /** Fetches again (a filter changed, the retry button, an interval); the previous load is abandoned. */
  async reload(options: { quiet?: boolean } = {}): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const load = ++this.loads;
    // A quiet reload (an interval's refresh) keeps showing what it has until the answer comes.
    if (!options.quiet || this.state.status === 'error') this.state = { status: 'loading' };
    try {
      const fetched = await this.fetchData(this.client, controller.signal);
      if (load !== this.loads) return;
      const failures = fetched.failures ?? [];
      this.state = { status: fetched.empty ? 'empty' : 'data', data: fetched.data, failures };
      if (failures.length) this.departmentNames = await departmentsOf(this.base);
    } catch (error) {
      if (load !== this.loads || controller.signal.aborted) return;
      this.state = { status: 'error', error };
    }
  }

  /** A department's name in the element's language, its id when the gateway does not list it. */
  protected departmentName(id: string): string {
    const department = this.departmentNames.get(id);
    if (!department) return id;
    return this.language === 'en' ? (department.nameEn ?? department.name) : department.name;
  }

  override render(): TemplateResult {
    const state = this.state;
    return html`<div
      class="gk ${this.elderMode ? 'elder' : ''}"
      part="base"
      lang=${this.language}
      data-state=${state.status}
      aria-busy=${state.status === 'loading' ? 'true' : 'false'}
    >
      ${this.renderBody(state)}
    </div>`;
  }

  /** The element's frame around the state (a search box stays while results load): by default, the state alone. */
  protected renderBody(state: LoadState<T>): TemplateResult | typeof nothing {
    return this.renderState(state);
  }

  protected renderState(state: LoadState<T>): TemplateResult | typeof nothing {
    const s = this.t(baseStrings);
    switch (state.status) {
      case 'loading':
        return html`<p class="muted" role="status" part="loading">${s.loading}</p>`;
      case 'error':
        return html`<div class="notice error" role="alert" part="error">
          <p>${this.errorMessage(state.error)}</p>
          <button type="button" @click=${() => this.reload()}>${s.retry}</button>
        </div>`;
      case 'empty':
        return html`${this.renderPartial(state.failures)}
          <p class="muted" part="empty">${this.emptyMessage()}</p>`;
      case 'data':
        return html`${this.renderPartial(state.failures)}${this.renderData(state.data)}`;
    }
  }

  protected emptyMessage(): string {
    return this.t(baseStrings).empty;
  }

  protected errorMessage(_error: unknown): string {
    return this.t(baseStrings).error;
  }

  /** Previous and next page of a list along its cursors, and which page this is. */
  protected renderPager(links: { next?: string | undefined }): TemplateResult | typeof nothing {
    const s = this.t(baseStrings);
    const next = nextCursorOf(links);
    const page = this.cursors.length;
    if (page === 1 && !next) return nothing;
    return html`<nav part="pager" aria-label=${s.page(page)}>
      <button type="button" ?disabled=${page === 1} @click=${() => (this.cursors = this.cursors.slice(0, -1))}>${s.previous}</button>
      <span>${s.page(page)}</span>
      <button type="button" ?disabled=${!next} @click=${() => next && (this.cursors = [...this.cursors, next])}>${s.next}</button>
    </nav>`;
  }

  /** Names the departments that did not answer, when some did not. */
  protected renderPartial(failures: readonly FederationFailure[]): TemplateResult | typeof nothing {
    if (!failures.length) return nothing;
    const s = this.t(baseStrings);
    return html`<p class="notice partial" role="status" part="partial">
      ${s.partial}${failures.map((f) => this.departmentName(f.department)).join(s.separator)}
    </p>`;
  }
}

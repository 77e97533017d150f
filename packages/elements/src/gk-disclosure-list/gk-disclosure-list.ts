import { html, nothing } from 'lit';
import type { ItemsQuery } from '@gongkai/client';
import type { ItemList } from '@gongkai/spec';
import { departmentsOf, type ElementsClient } from '../config/client-for';
import { formatDate } from '../i18n/format';
import { label, terms } from '../i18n/vocabulary';
import { GkElement, type Fetched, type LoadState } from '../base/gk-element';
import { itemLink } from '../base/item-link';
import { validityBadge } from '../base/validity-badge';
import { strings } from './gk-disclosure-list.strings';
import { styles } from './gk-disclosure-list.styles';

const FILTERS = ['q', 'category', 'topic', 'department', 'division', 'publishedFrom', 'publishedTo', 'limit'] as const;

/**
 * `<gk-disclosure-list>`: the catalogue of proactive disclosure, filtered by the attributes
 * `category`, `topic`, `department`, `division`, `published-from`, `published-to` and `q` (and by
 * the reader, with `filters`), a page of `limit` items at a time.
 *
 * @summary The catalogue of proactive disclosure, filtered and paged.
 * @attr {string} category - A category of the contract's vocabulary (e.g. `budgetsAndFinalAccounts`).
 * @attr {string} topic - A topic of the vocabulary.
 * @attr {string} department - A department id, or several comma-separated.
 * @attr {string} division - A division code (2 to 12 digits): items of it and inside it.
 * @attr {string} published-from - The first publication date (YYYY-MM-DD).
 * @attr {string} published-to - The last publication date (YYYY-MM-DD).
 * @attr {string} q - Full-text terms.
 * @attr {number} limit - Items a page (1–100, default 10).
 * @attr {string} item-href - The page's own item page, a URL template with `{id}` (`/item.html?id={id}`); else the item's page on the body's website.
 * @attr {boolean} filters - Shows filters the reader can change.
 * @csspart filters - The filter form.
 * @csspart list - The list of items.
 * @csspart item - One item of the list.
 * @csspart link - An item's link.
 * @csspart title - An item's title.
 * @csspart badge - A validity badge.
 */
export class GkDisclosureList extends GkElement<ItemList> {
  static override styles = [...GkElement.styles, styles];
  static override properties = {
    ...GkElement.properties,
    q: { type: String },
    category: { type: String },
    topic: { type: String },
    department: { type: String },
    division: { type: String },
    publishedFrom: { type: String, attribute: 'published-from' },
    publishedTo: { type: String, attribute: 'published-to' },
    limit: { type: Number },
    itemHref: { type: String, attribute: 'item-href' },
    filters: { type: Boolean },
  };
  static override queryProperties = [...GkElement.queryProperties, ...FILTERS];

  declare q: string | undefined;
  declare category: string | undefined;
  declare topic: string | undefined;
  declare department: string | undefined;
  declare division: string | undefined;
  declare publishedFrom: string | undefined;
  declare publishedTo: string | undefined;
  declare limit: number;
  declare itemHref: string | undefined;
  declare filters: boolean;

  constructor() {
    super();
    this.limit = 10;
    this.filters = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.filters) void departmentsOf(this.base).then((names) => (this.departmentNames = names));
  }

  protected override async fetchData(client: ElementsClient, signal: AbortSignal): Promise<Fetched<ItemList>> {
    const query: Record<string, string | number | string[]> = { limit: Math.min(100, Math.max(1, this.limit || 10)) };
    for (const name of FILTERS) {
      const value = this[name];
      if (value !== undefined && value !== '' && name !== 'limit') query[name] = value;
    }
    // `department` may name several, comma-separated.
    if (this.department) query['department'] = this.department.split(',').map((id) => id.trim());
    if (this.cursor) query['cursor'] = this.cursor;
    const page = await client.items.list(query as ItemsQuery, { signal });
    return { data: page, empty: page.data.length === 0, failures: page.meta.failures };
  }

  protected applyFilters(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    for (const name of ['q', 'category', 'topic', 'department', 'publishedFrom', 'publishedTo'] as const) {
      if (!form.has(name)) continue;
      this[name] = String(form.get(name)).trim() || undefined;
    }
  }

  protected override renderBody(state: LoadState<ItemList>) {
    return html`${this.filters ? this.renderFilters() : nothing}${this.renderState(state)}`;
  }

  /** A labelled choice of one filter, "all" first. */
  protected renderSelect(name: 'category' | 'topic' | 'department', options: [string, string][]) {
    const s = this.t(strings);
    return html`<label
      >${s[name]}
      <select name=${name}>
        <option value="">${s.any}</option>
        ${options.map(([value, text]) => html`<option value=${value} ?selected=${this[name] === value}>${text}</option>`)}
      </select></label
    >`;
  }

  protected renderFilters() {
    const s = this.t(strings);
    const select = this.renderSelect.bind(this);
    const departments = [...this.departmentNames.keys()].map((id): [string, string] => [id, this.departmentName(id)]);
    return html`<form part="filters" aria-label=${s.filters} @submit=${this.applyFilters}>
      ${select('category', terms('category', this.language))} ${select('topic', terms('topic', this.language))}
      ${select('department', departments)}
      <label>${s.from} <input type="date" name="publishedFrom" .value=${this.publishedFrom ?? ''} /></label>
      <label>${s.to} <input type="date" name="publishedTo" .value=${this.publishedTo ?? ''} /></label>
      <button type="submit">${s.apply}</button>
    </form>`;
  }

  protected override renderData(list: ItemList) {
    const s = this.t(strings);
    return html`<ul part="list" aria-label=${s.results}>
        ${list.data.map(
          (item) =>
            html`<li part="item">
              ${itemLink(item, this.itemHref)}
              <div class="meta">
                <span>${s.published} <time datetime=${item.publishedAt}>${formatDate(item.publishedAt, this.language)}</time></span>
                <span>${item.issuingBody}</span>
                <span>${label('category', item.category, this.language)}</span>
                ${validityBadge(item.validity, this.language)}
              </div>
            </li>`,
        )}
      </ul>
      ${this.renderPager(list.links)}`;
  }
}

import { html, nothing } from 'lit';
import type { ItemList } from '@gongkai/spec';
import type { Fetched, LoadState } from '../base/gk-element';
import type { ElementsClient } from '../config/client-for';
import { terms } from '../i18n/vocabulary';
import { GkDisclosureList } from '../gk-disclosure-list/gk-disclosure-list';
import { strings } from './gk-search.strings';
import { styles } from './gk-search.styles';

/**
 * `<gk-search>`: Chinese full-text search of the catalogue (substrings of one character or more;
 * spaces separate terms that must all match), narrowed by category, results as links a page at a
 * time. Takes the list's attributes (`q` for a first search, `department`, `division`, `limit`,
 * `item-href`). The API has no facet counts, so the category facet is a choice, not a tally.
 *
 * @summary Chinese full-text search of the catalogue with a category facet.
 * @csspart search - The search form.
 * @csspart status - The line saying how many results.
 */
export class GkSearch extends GkDisclosureList {
  static override styles = [...GkDisclosureList.styles, styles];

  protected override async fetchData(client: ElementsClient, signal: AbortSignal): Promise<Fetched<ItemList>> {
    // Nothing to search yet: no request, only the search box.
    if (!this.q) return { data: { data: [], meta: {}, links: {} }, empty: true };
    return super.fetchData(client, signal);
  }

  protected override emptyMessage(): string {
    return this.t(strings).none(this.q ?? '');
  }

  protected override renderBody(state: LoadState<ItemList>) {
    const s = this.t(strings);
    return html`<form role="search" part="search" aria-label=${s.search} @submit=${this.applyFilters}>
        <label>${s.query} <input type="search" name="q" maxlength="100" .value=${this.q ?? ''} /></label>
        ${this.renderSelect('category', terms('category', this.language))}
        <button type="submit">${s.submit}</button>
      </form>
      ${
        this.q
          ? html`${
              state.status === 'data'
                ? html`<p class="status" role="status" part="status">${s.results(this.q, this.cursors.length)}</p>`
                : nothing
            }${this.renderState(state)}`
          : nothing
      }`;
  }
}

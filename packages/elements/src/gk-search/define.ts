import { GkSearch } from './gk-search';

// Guarded: a page that loads the CDN file and a bundle (or two versions) must not throw on the second definition.
if (!customElements.get('gk-search')) customElements.define('gk-search', GkSearch);

export { GkSearch };

declare global {
  interface HTMLElementTagNameMap {
    'gk-search': GkSearch;
  }
}

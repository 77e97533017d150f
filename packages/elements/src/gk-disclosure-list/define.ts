import { GkDisclosureList } from './gk-disclosure-list';

// Guarded: a page that loads the CDN file and a bundle (or two versions) must not throw on the second definition.
if (!customElements.get('gk-disclosure-list')) customElements.define('gk-disclosure-list', GkDisclosureList);

export { GkDisclosureList };

declare global {
  interface HTMLElementTagNameMap {
    'gk-disclosure-list': GkDisclosureList;
  }
}

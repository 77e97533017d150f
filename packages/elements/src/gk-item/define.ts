import { GkItem } from './gk-item';

// Guarded: a page that loads the CDN file and a bundle (or two versions) must not throw on the second definition.
if (!customElements.get('gk-item')) customElements.define('gk-item', GkItem);

export { GkItem };

declare global {
  interface HTMLElementTagNameMap {
    'gk-item': GkItem;
  }
}

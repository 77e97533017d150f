import { GkRating } from './gk-rating';

// Guarded: a page that loads the CDN file and a bundle (or two versions) must not throw on the second definition.
if (!customElements.get('gk-rating')) customElements.define('gk-rating', GkRating);

export { GkRating };

declare global {
  interface HTMLElementTagNameMap {
    'gk-rating': GkRating;
  }
}

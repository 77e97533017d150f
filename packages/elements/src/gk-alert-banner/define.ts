import { GkAlertBanner } from './gk-alert-banner';

// Guarded: a page that loads the CDN file and a bundle (or two versions) must not throw on the second definition.
if (!customElements.get('gk-alert-banner')) customElements.define('gk-alert-banner', GkAlertBanner);

export { GkAlertBanner };

declare global {
  interface HTMLElementTagNameMap {
    'gk-alert-banner': GkAlertBanner;
  }
}

import { GkRequestStatus } from './gk-request-status';

// Guarded: a page that loads the CDN file and a bundle (or two versions) must not throw on the second definition.
if (!customElements.get('gk-request-status')) customElements.define('gk-request-status', GkRequestStatus);

export { GkRequestStatus };

declare global {
  interface HTMLElementTagNameMap {
    'gk-request-status': GkRequestStatus;
  }
}

import { GkRequestForm } from './gk-request-form';

// Guarded: a page that loads the CDN file and a bundle (or two versions) must not throw on the second definition.
if (!customElements.get('gk-request-form')) customElements.define('gk-request-form', GkRequestForm);

export { GkRequestForm };

declare global {
  interface HTMLElementTagNameMap {
    'gk-request-form': GkRequestForm;
  }
}

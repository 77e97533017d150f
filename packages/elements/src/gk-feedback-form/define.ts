import { GkFeedbackForm } from './gk-feedback-form';

// Guarded: a page that loads the CDN file and a bundle (or two versions) must not throw on the second definition.
if (!customElements.get('gk-feedback-form')) customElements.define('gk-feedback-form', GkFeedbackForm);

export { GkFeedbackForm };

declare global {
  interface HTMLElementTagNameMap {
    'gk-feedback-form': GkFeedbackForm;
  }
}

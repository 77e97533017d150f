import { GkFeeSchedule } from './gk-fee-schedule';

// Guarded: a page that loads the CDN file and a bundle (or two versions) must not throw on the second definition.
if (!customElements.get('gk-fee-schedule')) customElements.define('gk-fee-schedule', GkFeeSchedule);

export { GkFeeSchedule };

declare global {
  interface HTMLElementTagNameMap {
    'gk-fee-schedule': GkFeeSchedule;
  }
}

import { GkComplianceBoard } from './gk-compliance-board';

// Guarded: a page that loads the CDN file and a bundle (or two versions) must not throw on the second definition.
if (!customElements.get('gk-compliance-board')) customElements.define('gk-compliance-board', GkComplianceBoard);

export { GkComplianceBoard };

declare global {
  interface HTMLElementTagNameMap {
    'gk-compliance-board': GkComplianceBoard;
  }
}

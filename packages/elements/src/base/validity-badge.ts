import { html, type TemplateResult } from 'lit';
import type { Language } from '../i18n/language';
import { label } from '../i18n/vocabulary';

/** 有效性 as a badge: the contract's label is the signal, the colour only repeats it. */
export function validityBadge(validity: string, language: Language): TemplateResult {
  return html`<span class="badge ${validity}" part="badge validity-${validity}">${label('validity', validity, language)}</span>`;
}

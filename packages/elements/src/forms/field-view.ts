import { html, nothing, type TemplateResult } from 'lit';
import type { Field } from './field';
import type { FormStrings } from './form.strings';

/**
 * A labelled control with its message next to it: `aria-invalid` and `aria-describedby` point
 * the screen reader at the message that names the field. Native controls, so the keyboard works
 * as everywhere (a select's arrows, a checkbox's space).
 */
export function renderField(
  field: Field,
  value: string,
  error: string | undefined,
  disabled: boolean,
  s: FormStrings,
  onInput: (name: string, value: string) => void,
): TemplateResult {
  const id = `f-${field.name}`;
  const described = error ? `${id}-e` : nothing;
  const invalid = error ? 'true' : nothing;
  const input = (e: Event) => {
    const target = e.target as HTMLInputElement;
    onInput(field.name, field.type === 'checkbox' ? (target.checked ? 'true' : '') : target.value);
  };
  const label = html`<label for=${id}>${field.label}${field.required || field.type === 'checkbox' ? '' : s.optional}</label>`;
  let control: TemplateResult;
  if (field.type === 'textarea') {
    control = html`<textarea
      id=${id}
      name=${field.name}
      .value=${value}
      ?disabled=${disabled}
      aria-invalid=${invalid}
      aria-describedby=${described}
      @input=${input}
    ></textarea>`;
  } else if (field.type === 'select') {
    control = html`<select
      id=${id}
      name=${field.name}
      ?disabled=${disabled}
      aria-invalid=${invalid}
      aria-describedby=${described}
      @change=${input}
    >
      <option value="" ?selected=${!value}>${s.choose}</option>
      ${field.options?.map(([v, l]) => html`<option value=${v} ?selected=${v === value}>${l}</option>`)}
    </select>`;
  } else if (field.type === 'radio') {
    // A native radio group: Tab enters it, the arrow keys choose; every option says its label in words.
    return html`<fieldset class="field radios" id=${id} aria-describedby=${described}>
      <legend>${field.label}</legend>
      ${field.options?.map(
        ([v, l]) =>
          html`<label class="check"
            ><input
              type="radio"
              name=${field.name}
              value=${v}
              .checked=${v === value}
              ?disabled=${disabled}
              aria-invalid=${invalid}
              aria-describedby=${described}
              @change=${input}
            />${l}</label
          >`,
      )}
      ${error ? html`<p class="err" id=${`${id}-e`}>${error}</p>` : nothing}
    </fieldset>`;
  } else if (field.type === 'checkbox') {
    return html`<div class="field check">
      <input type="checkbox" id=${id} name=${field.name} .checked=${!!value} ?disabled=${disabled} @change=${input} />${label}
    </div>`;
  } else {
    control = html`<input
      id=${id}
      name=${field.name}
      type=${field.type ?? 'text'}
      .value=${value}
      ?disabled=${disabled}
      aria-invalid=${invalid}
      aria-describedby=${described}
      @input=${input}
    />`;
  }
  return html`<div class="field">${label}${control}${error ? html`<p class="err" id=${`${id}-e`}>${error}</p>` : nothing}</div>`;
}

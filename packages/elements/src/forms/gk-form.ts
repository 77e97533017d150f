import { html, nothing, type TemplateResult } from 'lit';
import { isProblemError } from '@gongkai/client';
import type { ElementsClient } from '../config/client-for';
import type { Department } from '@gongkai/spec';
import { GkElement, type Fetched } from '../base/gk-element';
import type { Field, FieldErrors, Values } from './field';
import { checkFields } from './field-rules';
import { renderField } from './field-view';
import { formStrings, type FormStrings } from './form.strings';
import { formStyles } from './form.styles';
import { serverFieldErrors } from './server-errors';
import { SubmissionKey } from './submission-key';

/** Where a submission stands: being filled in, on its way, answered, or failed (the same key is reused on retry). */
export type Phase = 'idle' | 'submitting' | 'done' | 'failed';

/**
 * The base of the form elements: fields with the contract's rules and messages naming the field,
 * the server's 422 mapped back onto them, one submission at a time with one `Idempotency-Key`
 * per attempt, and the receipt afterwards. Form-associated: inside a host page's `<form>` it has
 * a `name`, a value (`formValue`) and validity, follows the form's reset and `disabled`.
 * Departments are listed from the gateway unless a `department` attribute fixes one.
 */
export abstract class GkForm<R> extends GkElement<readonly Department[]> {
  static formAssociated = true;
  static override styles = [...GkElement.styles, formStyles];
  static override properties = {
    ...GkElement.properties,
    name: { type: String },
    department: { type: String },
    required: { type: Boolean },
    values: { state: true },
    errors: { state: true },
    phase: { state: true },
    receipt: { state: true },
    notice: { state: true },
    formDisabled: { state: true },
  };
  static override queryProperties = [...GkElement.queryProperties, 'department'];

  declare name: string | undefined;
  declare department: string | undefined;
  declare required: boolean;
  declare protected values: Values;
  declare protected errors: FieldErrors;
  declare protected phase: Phase;
  declare protected receipt: R | undefined;
  /** A form-level message: the server's problem that names no field. */
  declare protected notice: string | undefined;
  declare protected formDisabled: boolean;
  declare protected readonly internals: ElementInternals;
  private readonly key = new SubmissionKey();

  constructor() {
    super();
    this.values = {};
    this.errors = {};
    this.phase = 'idle';
    this.formDisabled = false;
    this.receipt = undefined;
    (this as unknown as { internals: ElementInternals }).internals = this.attachInternals();
  }

  /** The fields in the element's language, departments (when none is fixed) first. */
  protected abstract fields(departments: readonly Department[]): Field[];
  /** Sends the values with the attempt's key. */
  protected abstract send(client: ElementsClient, values: Values, key: string): Promise<R>;
  protected abstract renderReceipt(receipt: R): TemplateResult;
  /** What the host page's form receives (a tracking number once submitted, a rating's level). */
  protected abstract formValue(): string | null;
  /** Whether the element sends by itself (else it is only a control of the host page's form). */
  protected sends(): boolean {
    return true;
  }
  /** The element's title (a legend). */
  protected abstract heading(): string;

  protected fs(): FormStrings {
    return this.t(formStrings);
  }

  protected departmentField(departments: readonly Department[]): Field[] {
    if (this.department) return [];
    const en = this.language === 'en';
    return [
      {
        name: 'departmentId',
        label: this.fs().department,
        pointer: '/departmentId',
        type: 'select',
        required: true,
        options: departments.map((d) => [d.id, en ? (d.nameEn ?? d.name) : d.name]),
      },
    ];
  }

  protected override async fetchData(client: ElementsClient, signal: AbortSignal): Promise<Fetched<readonly Department[]>> {
    if (this.department) return { data: [], empty: false };
    const list = await client.departments.list({ signal });
    return { data: list.data, empty: false };
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (changed.has('receipt') || changed.has('values') || changed.has('required')) this.syncForm();
  }

  private syncForm(): void {
    const value = this.formValue();
    this.internals.setFormValue(value);
    if (this.required && !value) this.internals.setValidity({ valueMissing: true }, this.fs().required(this.heading()));
    else this.internals.setValidity({});
  }

  formResetCallback(): void {
    this.values = {};
    this.errors = {};
    this.receipt = undefined;
    this.notice = undefined;
    this.phase = 'idle';
    this.key.drop();
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  private input = (name: string, value: string) => {
    this.values = { ...this.values, [name]: value };
    // Changed values are a new attempt: a retry with the old key and a new body would be refused.
    this.key.drop();
    if (this.errors[name]) {
      const { [name]: _, ...rest } = this.errors;
      this.errors = rest;
    }
  };

  /** Checks and sends; a second call while one is on its way does nothing (no double submit). */
  async submit(): Promise<void> {
    if (!this.sends() || this.phase === 'submitting' || this.phase === 'done' || this.formDisabled || this.state.status !== 'data') return;
    const s = this.fs();
    const fields = this.fields(this.state.data);
    const values = { ...this.values, ...(this.department ? { departmentId: this.department } : {}) };
    this.errors = this.check(fields, values);
    this.notice = undefined;
    if (Object.keys(this.errors).length) return this.focusInvalid();
    this.phase = 'submitting';
    try {
      this.receipt = await this.send(this.client, values, this.key.take());
      this.key.drop();
      this.phase = 'done';
    } catch (error) {
      this.phase = 'failed';
      if (!isProblemError(error)) return void (this.notice = s.failed);
      // The server answered: the attempt is over, a corrected one gets its own key.
      this.key.drop();
      const { byField, unmatched } = serverFieldErrors(error.errors, fields, s);
      this.errors = byField;
      this.notice = Object.keys(byField).length && !unmatched.length ? s.fix : (error.detail ?? error.title);
      this.focusInvalid();
    }
  }

  /** The contract's rules on the values; a form adds the rules across fields. */
  protected check(fields: readonly Field[], values: Values): FieldErrors {
    return checkFields(fields, values, this.fs());
  }

  private async focusInvalid(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid=true]')?.focus();
  }

  protected override renderData(departments: readonly Department[]): TemplateResult {
    if (this.phase === 'done' && this.receipt) {
      return html`<div class="notice ok" role="status" part="receipt" data-phase="done">${this.renderReceipt(this.receipt)}</div>`;
    }
    const s = this.fs();
    const busy = this.phase === 'submitting';
    const disabled = busy || this.formDisabled;
    const invalid = Object.keys(this.errors).length > 0;
    return html`<form
      novalidate
      part="form"
      data-phase=${this.phase}
      @submit=${(e: Event) => {
        e.preventDefault();
        void this.submit();
      }}
    >
      <fieldset ?disabled=${this.formDisabled}>
        <legend>${this.heading()}</legend>
        ${this.fields(departments).map((f) => renderField(f, this.values[f.name] ?? '', this.errors[f.name], disabled, s, this.input))}
        <p role="alert" class=${this.notice || invalid ? 'notice error' : 'sr'}>${this.notice ?? (invalid ? s.fix : '')}</p>
        ${this.sends() ? html`<button type="submit" ?disabled=${disabled}>${busy ? s.sending : s.submit}</button>` : nothing}
      </fieldset>
    </form>`;
  }
}

import { html } from 'lit';
import type { ElementsClient } from '../config/client-for';
import type { Department, RequestReceipt, RequestSubmission } from '@gongkai/spec';
import { formatDate } from '../i18n/format';
import { label, terms } from '../i18n/vocabulary';
import type { Field, FieldErrors, Values } from '../forms/field';
import { compact } from '../forms/compact';
import { GkForm } from '../forms/gk-form';
import { PHONE } from '../forms/phone';
import { requestStrings } from '../forms/request.strings';
import { strings } from './gk-request-form.strings';

const CONTACT = ['phone', 'email', 'address'];

/**
 * `<gk-request-form department="ln-finance">`: a disclosure request (依申请公开, Arts. 27–29) with
 * exactly what the contract's `RequestSubmission` asks — the applicant (a citizen or an
 * organisation), an identity proof, a way to reach them, the information wanted, its form and the
 * delivery — filed once however often it is retried. The receipt shows the tracking number, the
 * access code that reads its status (`<gk-request-status>`) and the reply's due date, 20 working
 * days as the gateway computed it. In a host page's `<form>` its value is the tracking number.
 */
export class GkRequestForm extends GkForm<RequestReceipt> {
  protected override heading(): string {
    return this.t(strings).title;
  }

  protected override fields(departments: readonly Department[]): Field[] {
    const s = this.t(strings);
    const lang = this.language;
    const a = '/applicant';
    return [
      ...this.departmentField(departments),
      { name: 'type', label: s.type, pointer: `${a}/type`, type: 'select', required: true, options: terms('applicantType', lang) },
      { name: 'name', label: s.name, pointer: `${a}/name`, required: true, max: 100 },
      {
        name: 'idKind',
        label: s.idKind,
        pointer: `${a}/identityProof/kind`,
        type: 'select',
        required: true,
        options: terms('identityProofKind', lang),
      },
      { name: 'idNumber', label: s.idNumber, pointer: `${a}/identityProof/number`, required: true, min: 4, max: 40 },
      { name: 'phone', label: s.phone, pointer: `${a}/contact/phone`, type: 'tel', pattern: PHONE },
      { name: 'email', label: s.email, pointer: `${a}/contact/email`, type: 'email' },
      { name: 'address', label: s.address, pointer: `${a}/contact/address`, max: 200 },
      { name: 'postcode', label: s.postcode, pointer: `${a}/contact/postcode`, pattern: /^\d{6}$/ },
      { name: 'description', label: s.description, pointer: '/description', type: 'textarea', required: true, min: 4, max: 2000 },
      { name: 'title', label: s.docTitle, pointer: '/titleOrDocumentNumber', max: 200 },
      { name: 'form', label: s.form, pointer: '/form', type: 'select', required: true, options: terms('informationForm', lang) },
      { name: 'delivery', label: s.delivery, pointer: '/delivery', type: 'select', required: true, options: terms('deliveryMethod', lang) },
      { name: 'needs', label: s.needs, pointer: '/accessibilityNeeds', type: 'textarea', max: 500 },
    ];
  }

  // Art. 29: at least one way to reach the applicant.
  protected override check(fields: readonly Field[], v: Values): FieldErrors {
    const errors = super.check(fields, v);
    if (!CONTACT.some((name) => v[name]?.trim())) errors['phone'] ??= this.t(strings).contact;
    return errors;
  }

  protected override send(client: ElementsClient, v: Values, idempotencyKey: string): Promise<RequestReceipt> {
    const body = compact<RequestSubmission>({
      departmentId: v['departmentId'],
      applicant: {
        type: v['type'],
        name: v['name'],
        identityProof: { kind: v['idKind'], number: v['idNumber'] },
        contact: { phone: v['phone'], email: v['email'], address: v['address'], postcode: v['postcode'] },
      },
      description: v['description'],
      titleOrDocumentNumber: v['title'],
      form: v['form'],
      delivery: v['delivery'],
      accessibilityNeeds: v['needs'],
    });
    return client.requests.submit(body, { idempotencyKey });
  }

  protected override formValue(): string | null {
    return this.receipt?.trackingNumber ?? null;
  }

  protected override renderReceipt(r: RequestReceipt) {
    const s = { ...this.t(strings), ...this.t(requestStrings) };
    const lang = this.language;
    return html`<p>${s.done}${label('requestStatus', r.status, lang)}</p>
      <dl>
        <dt>${s.number}</dt>
        <dd>${r.trackingNumber}</dd>
        <dt>${this.fs().token}</dt>
        <dd>${r.accessToken}</dd>
        <dt>${s.received}</dt>
        <dd>${formatDate(r.receivedOn, lang)}</dd>
        <dt>${s.due}</dt>
        <dd>${formatDate(r.replyDueOn, lang)}${r.provisional ? s.provisional : ''}</dd>
      </dl>`;
  }
}

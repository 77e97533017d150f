import { html } from 'lit';
import type { ElementsClient } from '../config/client-for';
import type { Department, FeedbackReceipt, FeedbackSubmission } from '@gongkai/spec';
import { formatDate } from '../i18n/format';
import { terms } from '../i18n/vocabulary';
import type { Field, Values } from '../forms/field';
import { compact } from '../forms/compact';
import { GkForm } from '../forms/gk-form';
import { PHONE } from '../forms/phone';
import { strings } from './gk-feedback-form.strings';

/**
 * `<gk-feedback-form department="ln-housing">`: a consultation, request for help, complaint,
 * report, suggestion or praise to a department (民意诉求), sent once however often it is retried;
 * the receipt shows the tracking number, the access code that lets the submitter rate the reply
 * (`<gk-rating>`) and the reply's due date. In a host page's `<form>` its value is the tracking number.
 */
export class GkFeedbackForm extends GkForm<FeedbackReceipt> {
  constructor() {
    super();
    this.values = { publishConsent: 'true' };
  }

  protected override heading(): string {
    return this.t(strings).title;
  }

  protected override fields(departments: readonly Department[]): Field[] {
    const s = this.t(strings);
    return [
      ...this.departmentField(departments),
      { name: 'kind', label: s.kind, pointer: '/kind', type: 'select', required: true, options: terms('feedbackKind', this.language) },
      { name: 'subject', label: s.subject, pointer: '/subject', required: true, min: 2, max: 100 },
      { name: 'content', label: s.content, pointer: '/content', type: 'textarea', required: true, min: 5, max: 5000 },
      { name: 'name', label: s.name, pointer: '/submitter/name', max: 100 },
      { name: 'phone', label: s.phone, pointer: '/submitter/phone', type: 'tel', pattern: PHONE },
      { name: 'email', label: s.email, pointer: '/submitter/email', type: 'email' },
      { name: 'realName', label: s.realName, pointer: '/submitter/realName', type: 'checkbox' },
      { name: 'publishConsent', label: s.publish, pointer: '/publishConsent', type: 'checkbox' },
    ];
  }

  protected override send(client: ElementsClient, v: Values, idempotencyKey: string): Promise<FeedbackReceipt> {
    const body = compact<FeedbackSubmission>({
      departmentId: v['departmentId'],
      kind: v['kind'],
      subject: v['subject'],
      content: v['content'],
      submitter: { realName: !!v['realName'], name: v['name'], phone: v['phone'], email: v['email'] },
      publishConsent: !!v['publishConsent'],
    });
    return client.feedback.submit(body, { idempotencyKey });
  }

  protected override formValue(): string | null {
    return this.receipt?.feedbackId ?? null;
  }

  protected override renderReceipt(r: FeedbackReceipt) {
    const s = this.t(strings);
    return html`<p>${s.done}</p>
      <dl>
        <dt>${s.number}</dt>
        <dd>${r.feedbackId}</dd>
        <dt>${this.fs().token}</dt>
        <dd>${r.accessToken}</dd>
        ${
          r.replyDueOn
            ? html`<dt>${s.due}</dt>
                <dd>${formatDate(r.replyDueOn, this.language)}</dd>`
            : ''
        }
      </dl>`;
  }
}

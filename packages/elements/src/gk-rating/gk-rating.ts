import { html } from 'lit';
import type { ElementsClient } from '../config/client-for';
import type { Rating, RatingSubmission } from '@gongkai/spec';
import { formatDate } from '../i18n/format';
import { label, terms } from '../i18n/vocabulary';
import type { Field, Values } from '../forms/field';
import { GkForm } from '../forms/gk-form';
import { strings } from './gk-rating.strings';

/**
 * `<gk-rating feedback-id="…" token="…">`: the submitter rates a department's reply on the five
 * levels of 好差评 (非常满意 … 非常不满意), a native radio group with the levels in words. Without
 * `feedback-id` it is a control of the host page's `<form>`: its value is the level (5 … 1).
 */
export class GkRating extends GkForm<Rating> {
  static override properties = {
    ...GkForm.properties,
    feedbackId: { type: String, attribute: 'feedback-id' },
    token: { type: String },
  };

  declare feedbackId: string | undefined;
  declare token: string | undefined;

  constructor() {
    super();
    // The feedback names its department: none to choose.
    this.department = 'none';
  }

  protected override heading(): string {
    return this.t(strings).title;
  }

  protected override sends(): boolean {
    return !!this.feedbackId;
  }

  protected override fields(): Field[] {
    const s = this.t(strings);
    // The contract's order: 非常满意 (5) first.
    const levels = terms('satisfaction', this.language).reverse();
    const level: Field = { name: 'level', label: s.level, pointer: '/level', type: 'radio', required: true, options: levels };
    return this.sends() ? [level, { name: 'comment', label: s.comment, pointer: '/comment', type: 'textarea', max: 1000 }] : [level];
  }

  protected override send(client: ElementsClient, v: Values): Promise<Rating> {
    const body: RatingSubmission = { level: Number(v['level']) as RatingSubmission['level'] };
    if (v['comment']?.trim()) body.comment = v['comment'].trim();
    // A rating is never retried by the client (a second one is refused with 409): no key to keep.
    return client.feedback.rate(this.feedbackId!, this.token ?? '', body);
  }

  protected override formValue(): string | null {
    return this.values['level'] || null;
  }

  protected override renderReceipt(r: Rating) {
    const s = this.t(strings);
    return html`<p>${s.done}${label('satisfaction', String(r.level), this.language)}</p>
      ${r.badReview && r.rectificationDueOn ? html`<p>${s.rectify}${formatDate(r.rectificationDueOn, this.language)}</p>` : ''}`;
  }
}

// What @gongkai/spec's README shows, as a user's program: validate a body, read the vocabularies.
import { validateSchema, vocabularies, type DisclosureItem, type RequestSubmission } from '@gongkai/spec';
import assert from 'node:assert/strict';

export async function main(): Promise<void> {
  const body: unknown = {
    departmentId: 'ln-finance',
    description: '申请公开2025年度部门决算。',
    form: 'electronic',
    delivery: 'email',
    applicant: {},
  };
  const result = validateSchema('RequestSubmission', body);
  assert.equal(result.ok, false);
  if (!result.ok)
    assert.ok(
      result.errors.some((error) => error.pointer === '/applicant/type'),
      JSON.stringify(result.errors),
    );

  assert.equal(vocabularies.replyOutcome.label('denied.thirdPartyRights'), '保护第三方合法权益');
  assert.equal(vocabularies.category.get('budgetsAndFinalAccounts')?.article, 'Art. 20(7)');

  const item: Pick<DisclosureItem, 'id' | 'category'> = { id: 'ln-finance:2026-000123', category: 'budgetsAndFinalAccounts' };
  const submission: Pick<RequestSubmission, 'form'> = { form: 'electronic' };
  assert.ok(item.id && submission.form);
}

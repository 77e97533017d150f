import { getOperation, validateSchema } from '@gongkai/spec';
import { describe, expect, it } from 'vitest';
import { markedExample } from './example-bodies';

describe('markedExample', () => {
  it('sends the contract’s example to the department, every personal value replaced by a marker of its own shape', () => {
    const request = markedExample(getOperation('submitRequest'), 'ln-zhangwu')!;
    expect(validateSchema('RequestSubmission', request.body).ok).toBe(true);
    expect(request.body['departmentId']).toBe('ln-zhangwu');
    const applicant = request.body['applicant'] as {
      name: string;
      identityProof: { number: string };
      contact: { phone: string; email: string };
    };
    expect(request.personal).toEqual([applicant.name, applicant.identityProof.number, applicant.contact.phone, applicant.contact.email]);
    expect(applicant.name).not.toBe('张明');
    expect(applicant.identityProof.number).toMatch(/^2\d{17}$/);
    expect(applicant.contact.email).toMatch(/^conformance-[0-9a-f]{8}@example\.org$/);
    expect(markedExample(getOperation('submitRequest'), 'ln-zhangwu')!.personal).not.toEqual(request.personal);
  });

  it('marks a feedback submitter too', () => {
    const feedback = markedExample(getOperation('submitFeedback'), 'ln-housing')!;
    expect(validateSchema('FeedbackSubmission', feedback.body).ok).toBe(true);
    expect(feedback.personal).toHaveLength(2);
  });
});

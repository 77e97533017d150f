import { createClient, isProblemError } from '@gongkai/client';

export async function fileARequest(baseUrl = 'http://localhost:8080') {
  const client = createClient({ baseUrl });
  try {
    // Retried with one Idempotency-Key, generated for this submit: it is filed once.
    const receipt = await client.requests.submit({
      departmentId: 'ln-finance',
      description: '申请公开2025年度部门决算中“三公”经费的明细。',
      form: 'electronic',
      delivery: 'email',
      applicant: {
        type: 'naturalPerson',
        name: '张明',
        identityProof: { kind: 'residentIdCard', number: '210102199001011234' },
        contact: { email: 'zhangming@example.org' },
      },
    });
    // The access token is shown once: keep it with the tracking number.
    const request = await client.requests.status(receipt.trackingNumber, receipt.accessToken);
    return { trackingNumber: receipt.trackingNumber, replyDueOn: request.clock.replyDueOn, status: request.status };
  } catch (error) {
    // 400/422: the problem names each field by JSON pointer.
    if (isProblemError(error)) return { problem: error.title, fields: error.errors.map((e) => `${e.pointer}: ${e.message}`) };
    throw error;
  }
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateSchema, type Feedback, type FeedbackReceipt } from '@gongkai/spec';
import { department } from './support/fixtures';
import { startDepartment, type TestDepartment } from './support/department-server';

const submitter = { realName: true, name: '王芳', phone: '13912345678', email: 'wangfang@example.org' };

describe('feedback over HTTP', () => {
  let server: TestDepartment;
  beforeAll(async () => {
    server = await startDepartment({
      now: '2026-05-15T10:20:00+08:00',
      feedbackPolicy: { replyWorkingDays: { complaint: 3 }, rectificationWorkingDays: 2 },
    });
  });
  afterAll(() => server.close());

  async function submit(kind: string, publishConsent = true): Promise<FeedbackReceipt> {
    const response = await server.request('/v1/feedback', {
      json: {
        departmentId: department.id,
        kind,
        subject: '公租房申请条件',
        content: '请问外省户籍职工可否申请省直公租房？',
        submitter,
        publishConsent,
      },
    });
    expect(response.status).toBe(201);
    const receipt = (await response.json()) as FeedbackReceipt;
    expect(validateSchema('FeedbackReceipt', receipt).ok).toBe(true);
    return receipt;
  }

  const admin = (path: string, json: unknown) => server.request(path, { admin: true, json });

  it('gives a reply due date per kind by local policy, in working days', async () => {
    // Friday 15 May: consultations 5 working days (default), complaints 3 (configured).
    expect((await submit('consultation')).replyDueOn).toBe('2026-05-22');
    expect((await submit('complaint')).replyDueOn).toBe('2026-05-20');
  });

  it('publishes only consented, replied feedback, never with the submitter', async () => {
    const published = await submit('consultation');
    const privateOne = await submit('consultation', false);
    expect((await server.request(`/v1/feedback/${published.feedbackId}`)).status).toBe(404);
    const reply = { content: '您好，省直公租房不受户籍限制。', repliedBy: '住房保障处' };
    const answered = await admin(`/v1/admin/feedback/${published.feedbackId}/reply`, reply);
    expect(answered.status).toBe(200);
    expect(await answered.json()).toMatchObject({ stage: 'replied', published: true, submitter: { name: '王芳' } });
    expect((await admin(`/v1/admin/feedback/${privateOne.feedbackId}/reply`, reply)).status).toBe(200);

    const list = await server.request('/v1/feedback');
    const text = await list.text();
    expect(validateSchema('FeedbackList', JSON.parse(text)).ok).toBe(true);
    const ids = (JSON.parse(text) as { data: Feedback[] }).data.map((f) => f.id);
    expect(ids).toContain(published.feedbackId);
    expect(ids).not.toContain(privateOne.feedbackId);
    expect((await server.request(`/v1/feedback/${privateOne.feedbackId}`)).status).toBe(404);
    const one = await server.request(`/v1/feedback/${published.feedbackId}`);
    const publicText = text + (await one.text());
    for (const personal of ['王芳', '13912345678', 'wangfang@example.org', 'submitter', 'publishConsent', 'accessToken'])
      expect(publicText).not.toContain(personal);

    const changes = (await (await server.request('/v1/changes?resourceType=feedbackReply')).json()) as { data: { resourceId: string }[] };
    expect(changes.data.map((c) => c.resourceId)).toEqual([published.feedbackId]);
    const staff = (await (await server.request('/v1/admin/feedback', { admin: true })).json()) as { data: Feedback[] };
    expect(staff.data.find((f) => f.id === privateOne.feedbackId)).toMatchObject({
      published: false,
      publishConsent: false,
      submitter: { phone: '13912345678' },
    });
  });

  it('takes one rating with the submitter’s token; a bad review is flagged with its rectification date', async () => {
    const receipt = await submit('complaint');
    const rate = (json: unknown, token?: string) =>
      server.request(`/v1/feedback/${receipt.feedbackId}/rating`, {
        json,
        ...(token ? { headers: { Authorization: `Bearer ${token}` } } : {}),
      });
    expect((await rate({ level: 2 }, receipt.accessToken)).status).toBe(409); // nothing to rate before the reply
    await admin(`/v1/admin/feedback/${receipt.feedbackId}/reply`, { content: '已转交相关处室办理。', repliedBy: '办公室' });
    expect((await rate({ level: 2 })).status).toBe(401);
    expect((await rate({ level: 2 }, 'gk_fb_wrong-token-00000000000000000')).status).toBe(404);
    const rated = await rate({ level: 2, comment: '没有说明办理时限。' }, receipt.accessToken);
    expect(rated.status).toBe(201);
    const rating = await rated.json();
    expect(validateSchema('Rating', rating).ok).toBe(true);
    // Friday 15 May + 2 working days (configured).
    expect(rating).toMatchObject({ level: 2, label: '不满意', badReview: true, rectificationDueOn: '2026-05-19' });
    expect((await rate({ level: 5 }, receipt.accessToken)).status).toBe(409);
    const staff = (await (await server.request('/v1/admin/feedback?kind=complaint', { admin: true })).json()) as { data: Feedback[] };
    expect(staff.data.find((f) => f.id === receipt.feedbackId)).toMatchObject({ stage: 'evaluated', rating: { badReview: true } });
  });

  it('moves stages forward only', async () => {
    const receipt = await submit('help');
    const stage = (json: unknown) => admin(`/v1/admin/feedback/${receipt.feedbackId}/stage`, json);
    expect((await stage({ stage: 'dispatched' })).status).toBe(200);
    expect((await stage({ stage: 'accepted' })).status).toBe(409);
    expect((await stage({ stage: 'closed' })).status).toBe(422); // the reply comes first
    await admin(`/v1/admin/feedback/${receipt.feedbackId}/reply`, { content: '已联系社区提供帮助。', repliedBy: '办公室' });
    const closed = await stage({ stage: 'returnVisited', note: '已电话回访。' });
    expect(closed.status).toBe(200);
    expect(await closed.json()).toMatchObject({ stage: 'returnVisited' });
  });
});

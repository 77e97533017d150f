import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chineseDaysCalendar } from '../calendar/chinese-days-calendar';
import { layerCalendar } from '../calendar/layer-calendar';
import { parseCalendarLayer } from '../calendar/parse-calendar-layer';
import { openedRequest, recordedEvent, requestView } from './request-record';

const application = {
  channel: 'inPerson' as const,
  receivedOn: '2026-12-21',
  applicant: {
    type: 'naturalPerson' as const,
    name: '张明',
    identityProof: { kind: 'residentIdCard' as const, number: '210102199001011234' },
    contact: { phone: '13800000000' },
  },
  description: '申请公开某文件。',
  form: 'electronic' as const,
  delivery: 'email' as const,
};
const context = {
  calendar: chineseDaysCalendar,
  now: '2026-12-21T10:00:00+08:00',
  today: '2026-12-21',
  trackingNumber: 'ln-test:YSQ-2026-000001',
  departmentId: 'ln-test',
  evidencePointer: '/submittedOn',
};

describe('a request over time', () => {
  it('is provisional past the calendar’s last year, and firms up when the operator adds the year', () => {
    const { record, receipt } = openedRequest(application, context);
    expect(receipt).toMatchObject({ provisional: true, calendarVersion: 'chinese-days@1.5.7' });
    const layer = parseCalendarLayer(
      JSON.parse(readFileSync(new URL('../calendar/calendar.example.json', import.meta.url), 'utf8')),
      'calendar.example.json',
    );
    const withNextYear = layerCalendar(chineseDaysCalendar, layer);
    const view = requestView(record.request, { calendar: withNextYear, today: '2026-12-22' });
    expect(view.clock).toMatchObject({ provisional: false, calendarVersion: withNextYear.version, overdue: false });
  });

  it('derives the status from the log at each step', () => {
    let { record } = openedRequest({ ...application, receivedOn: '2026-03-02' }, { ...context, today: '2026-03-02' });
    const step = (event: Parameters<typeof recordedEvent>[1]) => {
      record = recordedEvent(record, event, { calendar: chineseDaysCalendar, now: `${event.on}T10:00:00+08:00`, today: event.on });
      return record.request.status;
    };
    expect(record.request.status).toBe('received');
    expect(step({ type: 'consultationStarted', on: '2026-03-04', party: 'agency' })).toBe('consulting');
    expect(step({ type: 'consultationEnded', on: '2026-03-06', party: 'agency' })).toBe('processing');
    expect(step({ type: 'extended', on: '2026-03-20', workingDays: 10, reason: '需协调多个处室' })).toBe('extended');
    expect(step({ type: 'feeNoticeSent', on: '2026-03-23', fee: { method: 'perPage', quantity: 40 } })).toBe('awaitingFee');
    expect(step({ type: 'feePaid', on: '2026-03-24' })).toBe('extended');
    expect(step({ type: 'decided', on: '2026-04-10', decision: { outcome: 'granted' } })).toBe('replied');
    expect(step({ type: 'remedyFiled', on: '2026-05-10', remedy: { kind: 'reconsideration' } })).toBe('replied');
    expect(record.request.decision).toMatchObject({ outcome: 'granted', fee: { amount: '100.00', paidOn: '2026-03-24' } });
  });
});

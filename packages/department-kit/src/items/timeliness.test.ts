import { describe, expect, it } from 'vitest';
import { chineseDaysCalendar } from '../calendar/chinese-days-calendar';
import { measureTimeliness } from './timeliness';

describe('timeliness of publication (Art. 26)', () => {
  it('counts working days from formation to publication with the holiday calendar', () => {
    // 2024-09-20 + 20 working days is 2024-10-23 (National Day week and its make-up days).
    expect(measureTimeliness(chineseDaysCalendar, '2024-09-20', '2024-10-23')).toEqual({
      dueOn: '2024-10-23',
      workingDaysTaken: 20,
      onTime: true,
      provisional: false,
      calendarVersion: chineseDaysCalendar.version,
      limitWorkingDays: 20,
      basis: 'measured',
    });
    expect(measureTimeliness(chineseDaysCalendar, '2024-09-20', '2024-10-24')).toMatchObject({ workingDaysTaken: 21, onTime: false });
  });

  it('counts a publication on the day of formation as 0 days', () => {
    expect(measureTimeliness(chineseDaysCalendar, '2026-03-02', '2026-03-02')).toMatchObject({ workingDaysTaken: 0, onTime: true });
  });

  it('Art. 26: measures against a shorter legal limit for the category when one applies', () => {
    // Formed Mon 2026-03-02; 7 working days end Wed 03-11; published Thu 03-12 took 8.
    expect(measureTimeliness(chineseDaysCalendar, '2026-03-02', '2026-03-12', { limit: 7 })).toMatchObject({
      dueOn: '2026-03-11',
      workingDaysTaken: 8,
      onTime: false,
      limitWorkingDays: 7,
    });
  });

  it('Art. 26: reports an earlier publication elsewhere as declared beside the measured one', () => {
    expect(measureTimeliness(chineseDaysCalendar, '2024-09-20', '2024-10-24', { elsewhereOn: '2024-10-22' })).toMatchObject({
      workingDaysTaken: 21,
      onTime: false,
      basis: 'measured',
      declaredElsewhere: { publishedOn: '2024-10-22', workingDaysTaken: 19, onTime: true },
    });
  });

  it('is provisional when the count reaches a year the calendar does not cover', () => {
    expect(measureTimeliness(chineseDaysCalendar, '2026-12-20', '2027-01-05')).toMatchObject({ provisional: true });
  });
});

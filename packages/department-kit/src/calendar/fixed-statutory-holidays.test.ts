import { describe, expect, it } from 'vitest';
import { isFixedStatutoryHoliday } from './fixed-statutory-holidays';

describe('fixed-date statutory holidays (全国年节及纪念日放假办法 Art. 2)', () => {
  it('are 元旦 1 January, 劳动节 1–2 May and 国庆节 1–3 October from 2025 (Order No. 797)', () => {
    const rest = ['2027-01-01', '2027-05-01', '2027-05-02', '2027-10-01', '2027-10-02', '2027-10-03'];
    for (const date of rest) expect(isFixedStatutoryHoliday(date), date).toBe(true);
    for (const date of ['2027-01-02', '2027-05-03', '2027-10-04', '2027-12-31', '2027-04-30'])
      expect(isFixedStatutoryHoliday(date), date).toBe(false);
  });

  it('had 劳动节 on 1 May only before 2025', () => {
    expect(isFixedStatutoryHoliday('2024-05-01')).toBe(true);
    expect(isFixedStatutoryHoliday('2024-05-02')).toBe(false);
  });
});

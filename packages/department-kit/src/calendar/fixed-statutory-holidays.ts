import type { CalendarDate } from './calendar-date';

/**
 * The statutory holidays that fall on the same date every year (全国年节及纪念日放假办法, Art. 2, as
 * amended by State Council Order No. 797, in force 1 January 2025): 元旦 1 January, 劳动节 1–2 May
 * (1 May only from 2008 to 2024), 国庆节 1–3 October. The lunar holidays (春节, 清明, 端午, 中秋) and
 * the bridging of weekends are set by each year's notice and cannot be known in advance.
 */
export function isFixedStatutoryHoliday(date: CalendarDate): boolean {
  const year = Number(date.slice(0, 4));
  const monthDay = date.slice(5);
  if (monthDay === '01-01' || monthDay === '05-01') return true;
  if (monthDay === '05-02') return year >= 2025;
  return monthDay === '10-01' || monthDay === '10-02' || monthDay === '10-03';
}

export {
  canonicalTimestamp,
  chinaDateOf,
  chinaMidnight,
  chinaTimestamp,
  chinaYearOf,
  instantKey,
  instantKeyOrUndefined,
  instantMs,
  isTimestamp,
} from './china-time';
export type { CalendarDate } from './china-time';

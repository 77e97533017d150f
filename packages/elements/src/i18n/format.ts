import type { Language } from './language';

// The contract's dates are calendar days (`2026-03-02`) and timestamps with an offset; both are
// shown as the day in China, whatever the reader's time zone.
const TIME_ZONE = 'Asia/Shanghai';
const dateFormats = new Map<Language, Intl.DateTimeFormat>();

/** `2026年3月2日` / `Mar 2, 2026`; the input unchanged when it is not a date. */
export function formatDate(value: string | undefined, language: Language): string {
  if (!value) return '';
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00+08:00` : value);
  if (Number.isNaN(date.getTime())) return value;
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', day: 'numeric', timeZone: TIME_ZONE });
    dateFormats.set(language, format);
  }
  return format.format(date);
}

/** An amount of money (the contract's decimal string and currency) in the locale: `¥1,234.50`. */
export function formatMoney(amount: string | number, currency: string, language: Language): string {
  const value = Number(amount);
  if (!Number.isFinite(value)) return `${amount} ${currency}`;
  return new Intl.NumberFormat(language, { style: 'currency', currency }).format(value);
}

/** A count in the locale (`12,345`). */
export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language).format(value);
}

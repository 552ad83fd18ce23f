import type { Locale } from '@/i18n/routing';

// Desk times are Vietnam's wherever the server runs; Vietnam has had no daylight saving since 1975.
const ZONE = 'Asia/Ho_Chi_Minh';

const formats: Record<Locale, Intl.DateTimeFormat> = {
  // "23:30 01/03/2026": the order CLDR gives Vietnamese, with two-digit day and month.
  vi: new Intl.DateTimeFormat('vi-VN', {
    timeZone: ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, dateStyle: 'medium', timeStyle: 'short' }),
};

/** A time on a desk page: "23:30 01/03/2026" / "1 Mar 2026, 23:30", Vietnam time. */
export const formatDeskTime = (ms: number, lang: Locale): string => formats[lang].format(ms);

// sv-SE is the locale whose short form is ISO-like ("2026-03-01 23:30"), which spreadsheets read as a date.
const sheet = new Intl.DateTimeFormat('sv-SE', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A time for a spreadsheet: "YYYY-MM-DD HH:mm", Vietnam time, whatever the language. */
export const formatSheetTime = (ms: number): string => sheet.format(ms);

/** Today's date in Vietnam, "YYYY-MM-DD" (for file names). */
export const vietnamDay = (ms: number): string => formatSheetTime(ms).slice(0, 10);

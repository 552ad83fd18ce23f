import type { Locale } from '@/i18n/routing';

const formats: Record<Locale, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    dateStyle: 'short',
    timeStyle: 'short',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    dateStyle: 'medium',
    timeStyle: 'short',
  }),
};

/** Desk times are Vietnam's, wherever the server runs. */
export const formatDeskTime = (ms: number, lang: Locale) => formats[lang].format(ms);

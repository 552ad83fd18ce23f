import type { Locale } from '@/i18n/routing';

const formats: Record<Locale, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat('vi-VN', {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
};

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** "18/12/2026 – 21/12/2026"; a single <time> when the event lasts one day. */
export function DateRange({ start, end, locale }: { start: string; end?: string; locale: Locale }) {
  const f = formats[locale];
  if (!end || end === start) return <time dateTime={start}>{f.format(day(start))}</time>;
  return (
    <>
      <time dateTime={start}>{f.format(day(start))}</time> –{' '}
      <time dateTime={end}>{f.format(day(end))}</time>
    </>
  );
}

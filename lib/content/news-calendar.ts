import type { Locale } from '@/i18n/routing';
import { env } from '@/lib/env';
import { serializeCalendar, type CalendarEvent } from '@/lib/ics';
import { paths } from '@/lib/paths';
import type { NewsItem } from './news';

/** UIDs must stay the same across builds and languages so calendar apps update, not duplicate. */
function toEvent(item: NewsItem, locale: Locale): CalendarEvent {
  return {
    uid: `${item.slug}@lang-nghe-chuong-my`,
    start: item.start,
    end: item.end,
    summary: item.title,
    description: item.summary,
    location: item.place,
    url: new URL(paths.newsItem(locale, item.slug), env.SITE_URL).toString(),
  };
}

export function newsCalendar(
  items: NewsItem[],
  locale: Locale,
  name: string,
  now = new Date(),
): string {
  return serializeCalendar(
    items.map((i) => toEvent(i, locale)),
    { name, now },
  );
}

export function calendarResponse(body: string, filename: string): Response {
  return new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
    },
  });
}

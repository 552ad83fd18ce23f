import { allNews } from 'contentlayer/generated';
import type { Locale } from '@/i18n/routing';
import { lookups, pairEntries, pickText, type Doc, type Localized } from './entries';
import { newsSourceSchema, newsTranslationSchema, type NewsSource } from './schema-explore';

export type NewsItem = NewsSource & Localized;

const entries = pairEntries(allNews as unknown as Doc[], newsSourceSchema, newsTranslationSchema);

function localize(e: (typeof entries)[number], locale: Locale): NewsItem {
  const { facts } = e;
  const { t, localized } = pickText(e, locale);
  return {
    ...facts,
    ...localized,
    title: t?.title ?? facts.title,
    summary: t?.summary ?? facts.summary,
    place: t?.place ?? facts.place,
    cover: facts.cover && { src: facts.cover.src, alt: t?.coverAlt ?? facts.cover.alt },
  };
}

const news = lookups(entries, localize);
export const getNews: (locale: Locale) => NewsItem[] = news.all;
export const getNewsItem: (slug: string, locale: Locale) => NewsItem | undefined = news.one;

/** Today's date in Hanoi as YYYY-MM-DD: an event "is over" by local calendar, not by UTC. */
export function todayInHanoi(now = new Date()): string {
  return now.toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
}

/** Upcoming (still running or ahead), soonest first; then past, most recent first. */
export function splitNews<T extends Pick<NewsSource, 'start' | 'end'>>(
  items: T[],
  today: string,
): { upcoming: T[]; past: T[] } {
  const last = (n: T) => n.end ?? n.start;
  return {
    upcoming: items.filter((n) => last(n) >= today).sort((a, b) => a.start.localeCompare(b.start)),
    past: items.filter((n) => last(n) < today).sort((a, b) => last(b).localeCompare(last(a))),
  };
}

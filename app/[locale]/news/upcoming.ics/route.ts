import { getTranslations } from 'next-intl/server';
import { isLocale, routing } from '@/i18n/routing';
import { getNews, splitNews, todayInHanoi } from '@/lib/content/news';
import { calendarResponse, newsCalendar } from '@/lib/content/news-calendar';

export const revalidate = 3600;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function GET(
  _request: Request,
  { params }: RouteContext<'/[locale]/news/upcoming.ics'>,
) {
  const { locale } = await params;
  if (!isLocale(locale))
    return new Response('404 Not Found\n', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  const t = await getTranslations({ locale, namespace: 'News' });
  const { upcoming } = splitNews(getNews(locale), todayInHanoi());
  return calendarResponse(newsCalendar(upcoming, locale, t('calendarName')), 'upcoming.ics');
}

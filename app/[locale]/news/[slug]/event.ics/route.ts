import { getTranslations } from 'next-intl/server';
import { isLocale, routing } from '@/i18n/routing';
import { getNews, getNewsItem } from '@/lib/content/news';
import { calendarResponse, newsCalendar } from '@/lib/content/news-calendar';

export const revalidate = 3600;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) =>
    getNews(locale).map((n) => ({ locale, slug: n.slug })),
  );
}

export async function GET(
  _request: Request,
  { params }: RouteContext<'/[locale]/news/[slug]/event.ics'>,
) {
  const { locale, slug } = await params;
  const item = isLocale(locale) ? getNewsItem(slug, locale) : undefined;
  if (!isLocale(locale) || !item)
    return new Response('404 Not Found\n', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  const t = await getTranslations({ locale, namespace: 'News' });
  return calendarResponse(newsCalendar([item], locale, t('calendarName')), `${slug}.ics`);
}

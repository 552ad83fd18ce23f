import type { Metadata } from 'next';
import { Photo } from '@/components/ui/photo';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DateRange } from '@/components/explore/date-range';
import { NewsJsonLd } from '@/components/seo/news-json-ld';
import { Badge } from '@/components/ui/badge';
import { ContentBody } from '@/components/ui/content-body';
import { TranslationNote } from '@/components/ui/translation-note';
import { isLocale, routing } from '@/i18n/routing';
import { getVillage } from '@/lib/content';
import { getNews, getNewsItem } from '@/lib/content/news';
import { paths } from '@/lib/paths';
import { pageMetadata } from '@/lib/seo/metadata';
import { seoPaths } from '@/lib/seo/paths';
import { IMAGE_SIZES } from '@/lib/images/sizes';
import { heading } from '@/components/ui/heading';

export const revalidate = 3600;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) =>
    getNews(locale).map((n) => ({ locale, slug: n.slug })),
  );
}

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/news/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const item = isLocale(locale) ? getNewsItem(slug, locale) : undefined;
  if (!item) return {};
  return pageMetadata({
    locale: item.locale,
    path: seoPaths.newsItem(item.slug),
    title: item.title,
    description: item.summary,
    image: item.cover?.src,
    imageAlt: item.cover?.alt,
    type: 'article',
  });
}

export default async function NewsItemPage({ params }: PageProps<'/[locale]/news/[slug]'>) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const item = getNewsItem(slug, locale);
  if (!item) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'News' });
  const village = item.village ? getVillage(item.village, locale) : undefined;
  return (
    <article className="max-w-3xl">
      <TranslationNote locale={locale} translated={item.translated} />
      <p className="mb-2 flex flex-wrap gap-2">
        <Badge tone="leaf">{t(`kind.${item.kind}`)}</Badge>
        {item.sample && <Badge>{t('sample')}</Badge>}
      </p>
      <h1 className={heading({ level: 'page', className: 'mb-4' })}>{item.title}</h1>
      <dl className="mb-6 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t('when')}</dt>
        <dd>
          <DateRange start={item.start} end={item.end} locale={locale} />
        </dd>
        <dt className="font-semibold">{t('place')}</dt>
        <dd>{item.place}</dd>
        {village && (
          <>
            <dt className="font-semibold">{t('village')}</dt>
            <dd>
              <Link href={paths.village(locale, village.slug)} className="link">
                {village.name}
              </Link>
            </dd>
          </>
        )}
      </dl>
      <p className="mb-6">
        <a href={paths.eventIcs(locale, item.slug)} className="link" download>
          {t('ics')}
        </a>
      </p>
      {item.cover && (
        <Photo
          src={item.cover.src}
          alt={item.cover.alt}
          width={1200}
          height={675}
          sizes={IMAGE_SIZES.article}
          className="mb-6 aspect-video w-full rounded-lg object-cover"
        />
      )}
      <p className="mb-4 text-lg">{item.summary}</p>
      <ContentBody html={item.bodyHtml} />
      <p className="mt-8">
        <Link href={paths.news(locale)} className="link">
          ← {t('title')}
        </Link>
      </p>
      <NewsJsonLd item={item} />
    </article>
  );
}

import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ArtisanCard } from '@/components/explore/artisan-card';
import { TourBookingSlot } from '@/components/explore/tour-booking-slot';
import { TourFacts } from '@/components/explore/tour-facts';
import { TourJsonLd } from '@/components/seo/tour-json-ld';
import { ProductGrid } from '@/components/product/product-card';
import { liveStocks } from '@/lib/orders/live';
import { Badge } from '@/components/ui/badge';
import { ContentBody } from '@/components/ui/content-body';
import { TranslationNote } from '@/components/ui/translation-note';
import { isLocale, routing } from '@/i18n/routing';
import { getProducts, getVillage, type Village } from '@/lib/content';
import { getArtisans } from '@/lib/content/artisans';
import { getTour, getTours } from '@/lib/content/tours';
import { paths } from '@/lib/paths';
import { pageMetadata } from '@/lib/seo/metadata';
import { seoPaths } from '@/lib/seo/paths';
import { Hero } from '@/components/ui/hero';
import { heading } from '@/components/ui/heading';
import { cardGrid } from '@/components/ui/card';

export const revalidate = 3600;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) =>
    getTours(locale).map((t) => ({ locale, slug: t.slug })),
  );
}

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/tours/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const tour = isLocale(locale) ? getTour(slug, locale) : undefined;
  if (!tour) return {};
  return pageMetadata({
    locale: tour.locale,
    path: seoPaths.tour(tour.slug),
    title: tour.title,
    description: tour.summary,
    image: tour.cover.src,
    imageAlt: tour.cover.alt,
  });
}

export default async function TourPage({ params }: PageProps<'/[locale]/tours/[slug]'>) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const tour = getTour(slug, locale);
  if (!tour) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Tours' });
  const villages = tour.villages
    .map((s) => getVillage(s, locale))
    .filter((v): v is Village => v !== undefined);
  const nameOf = (s: string) => villages.find((v) => v.slug === s)?.name ?? s;
  const products = getProducts(locale);
  const stock = await liveStocks(products.filter((p) => tour.villages.includes(p.village)));
  const artisans = getArtisans(locale).filter((a) => tour.villages.includes(a.village));

  return (
    <article>
      <TranslationNote locale={locale} translated={tour.translated} />
      <header className="mb-8">
        <Hero image={tour.cover}>
          <h1 className="text-2xl font-semibold tracking-tight sm:text-4xl">{tour.title}</h1>
        </Hero>
        <p className="mb-2 max-w-3xl text-lg">{tour.summary}</p>
        {tour.sample && <Badge>{t('sample')}</Badge>}
      </header>
      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <div>
          <section aria-labelledby="villages" className="mb-8">
            <h2 id="villages" className={heading({ level: 'section', className: 'mb-3' })}>
              {t('villages')}
            </h2>
            <ol className="list-decimal pl-6">
              {villages.map((v) => (
                <li key={v.slug}>
                  <Link href={paths.village(locale, v.slug)} className="link">
                    {v.name}
                  </Link>{' '}
                  — {v.summary}
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="schedule" className="mb-8">
            <h2 id="schedule" className={heading({ level: 'section', className: 'mb-3' })}>
              {t('schedule')}
            </h2>
            <ol className="flex flex-col gap-2">
              {tour.schedule.map((s) => (
                <li key={`${s.time}-${s.activity}`} className="grid grid-cols-[4rem_1fr] gap-2">
                  <time className="font-semibold tabular-nums">{s.time}</time>
                  <span>
                    {s.activity}
                    {s.village && (
                      <>
                        {' '}
                        (
                        <Link href={paths.village(locale, s.village)} className="link">
                          {nameOf(s.village)}
                        </Link>
                        )
                      </>
                    )}
                  </span>
                </li>
              ))}
            </ol>
          </section>
          <ContentBody html={tour.bodyHtml} />
        </div>
        <aside className="flex flex-col gap-6">
          <TourFacts tour={tour} locale={locale} />
          <TourBookingSlot tour={tour} village={villages[0]} locale={locale} />
        </aside>
      </div>
      {artisans.length > 0 && (
        <section aria-labelledby="artisans" className="mt-10">
          <h2 id="artisans" className={heading({ level: 'section', className: 'mb-4' })}>
            {t('artisansOf')}
          </h2>
          <ul className={cardGrid({ columns: 2 })}>
            {artisans.map((a) => (
              <li key={a.slug}>
                <ArtisanCard
                  artisan={a}
                  villageName={nameOf(a.village)}
                  locale={locale}
                  headingLevel={3}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
      {villages.map((v) => {
        const theirs = products.filter((p) => p.village === v.slug).slice(0, 4);
        if (theirs.length === 0) return null;
        return (
          <section key={v.slug} aria-labelledby={`products-${v.slug}`} className="mt-10">
            <h2
              id={`products-${v.slug}`}
              className={heading({ level: 'section', className: 'mb-4' })}
            >
              {t('productsOf', { village: v.name })}
            </h2>
            <ProductGrid products={theirs} stock={stock} locale={locale} />
          </section>
        );
      })}
      <TourJsonLd tour={tour} />
    </article>
  );
}

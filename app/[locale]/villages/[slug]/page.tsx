import type { Metadata } from 'next';
import { Photo } from '@/components/ui/photo';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { VillageExplore } from '@/components/explore/village-explore';
import { ProductGrid } from '@/components/product/product-card';
import { liveStocks } from '@/lib/orders/live';
import { VillageJsonLd } from '@/components/seo/village-json-ld';
import { Link } from '@/components/ui/link';
import { ContentBody } from '@/components/ui/content-body';
import { TranslationNote } from '@/components/ui/translation-note';
import { VillageContact } from '@/components/village/village-contact';
import { VillageMarks } from '@/components/village/village-marks';
import { isLocale, routing } from '@/i18n/routing';
import { catalogueHref, villageShowcase } from '@/lib/catalogue';
import { getProducts, getVillage, getVillages } from '@/lib/content';
import { villageMetadata } from '@/lib/seo/page-metadata';
import { IMAGE_SIZES } from '@/lib/images/sizes';
import { Hero } from '@/components/ui/hero';
import { heading } from '@/components/ui/heading';
import { cardGrid } from '@/components/ui/card';

export const revalidate = 3600;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) =>
    getVillages(locale).map((v) => ({ locale, slug: v.slug })),
  );
}

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/villages/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const village = isLocale(locale) ? getVillage(slug, locale) : undefined;
  if (!village) return {};
  return villageMetadata(village);
}

export default async function VillagePage({ params }: PageProps<'/[locale]/villages/[slug]'>) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const village = getVillage(slug, locale);
  if (!village) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Villages' });
  const crafts = await getTranslations({ locale, namespace: 'Crafts' });
  const products = villageShowcase(getProducts(locale), village.slug, locale);
  const stock = await liveStocks(products.shown);

  return (
    <article>
      <TranslationNote locale={locale} translated={village.translated} />
      <header className="mb-8">
        <Hero image={village.cover}>
          <h1 className={heading({ level: 'hero' })}>{village.name}</h1>
          <p className="mt-1 text-white/90 sm:text-lg">
            {t('commune', { commune: village.commune, district: village.historicalDistrict })}
            {village.formerCommune && ` · ${t('formerCommune', { name: village.formerCommune })}`}
          </p>
        </Hero>
        <VillageMarks village={village} locale={locale} />
      </header>
      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="story">
          <h2 id="story" className={heading({ level: 'section', className: 'mb-3' })}>
            {t('story')}
          </h2>
          <p className="mb-4 text-lg">{village.summary}</p>
          <p className="mb-4 text-sm">
            <span className="font-semibold">{t('crafts')}:</span>{' '}
            {village.crafts.map((c) => crafts(c)).join(', ')}
          </p>
          <ContentBody html={village.bodyHtml} />
        </section>
        <VillageContact village={village} locale={locale} />
      </div>
      {village.gallery.length > 0 && (
        <section aria-labelledby="gallery" className="mt-10">
          <h2 id="gallery" className={heading({ level: 'section', className: 'mb-4' })}>
            {t('gallery')}
          </h2>
          <ul className={cardGrid()}>
            {village.gallery.map((g) => (
              <li key={g.src}>
                <Photo
                  src={g.src}
                  alt={g.alt}
                  width={600}
                  height={400}
                  sizes={IMAGE_SIZES.thirds}
                  className="aspect-[3/2] w-full rounded object-cover"
                />
              </li>
            ))}
          </ul>
        </section>
      )}
      <VillageExplore village={village} locale={locale} />
      <section aria-labelledby="products" className="mt-10">
        <h2 id="products" className={heading({ level: 'section', className: 'mb-4' })}>
          {t('products')}
        </h2>
        {products.total > 0 ? (
          <ProductGrid products={products.shown} stock={stock} locale={locale} />
        ) : (
          <p>{t('noProducts')}</p>
        )}
        {products.total > products.shown.length && (
          <p className="mt-4">
            <Link
              href={catalogueHref(locale, { village: village.slug, sort: 'featured' })}
              className="link"
            >
              {t('allProducts', { count: products.total, village: village.name })}
            </Link>
          </p>
        )}
      </section>
      <VillageJsonLd village={village} />
    </article>
  );
}

import { Link } from '@/components/ui/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Village } from '@/lib/content';
import { getArtisans } from '@/lib/content/artisans';
import { getTours } from '@/lib/content/tours';
import { paths } from '@/lib/paths';
import { ArtisanCard } from './artisan-card';
import { heading } from '@/components/ui/heading';

/** On a village page: the tours that stop there and the artisans (with consent) who work there. */
export async function VillageExplore({ village, locale }: { village: Village; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'VillageExplore' });
  const tours = getTours(locale).filter((x) => x.villages.includes(village.slug));
  const artisans = getArtisans(locale).filter((a) => a.village === village.slug);
  if (tours.length === 0 && artisans.length === 0) return null;
  return (
    <div className="mt-10 grid gap-8 lg:grid-cols-2">
      {artisans.length > 0 && (
        <section aria-labelledby="village-artisans">
          <h2 id="village-artisans" className={heading({ level: 'section', className: 'mb-4' })}>
            {t('artisans')}
          </h2>
          <ul className="flex flex-col gap-3">
            {artisans.map((a) => (
              <li key={a.slug}>
                <ArtisanCard
                  artisan={a}
                  villageName={village.name}
                  locale={locale}
                  headingLevel={3}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
      {tours.length > 0 && (
        <section aria-labelledby="village-tours">
          <h2 id="village-tours" className={heading({ level: 'section', className: 'mb-4' })}>
            {t('tours')}
          </h2>
          <ul className="flex flex-col gap-2">
            {tours.map((x) => (
              <li key={x.slug}>
                <Link href={paths.tour(locale, x.slug)} className="link">
                  {x.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

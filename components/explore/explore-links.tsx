import { Link } from '@/components/ui/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { paths } from '@/lib/paths';

/** The explore sections the header has no room for on a phone. */
export async function ExploreLinks({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'ExploreNav' });
  const links = [
    [paths.tours(locale), t('tours')],
    [paths.artisans(locale), t('artisans')],
    [paths.news(locale), t('news')],
    [paths.programmes(locale), t('programmes')],
    [paths.marks(locale), t('marks')],
    [paths.map(locale), t('map')],
    [paths.search(locale), t('search')],
  ] as const;
  return (
    <nav aria-label={t('more')} className="border-bamboo-200 mt-12 border-t pt-4">
      <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
        {links.map(([href, label]) => (
          <li key={href}>
            <Link href={href} className="link">
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

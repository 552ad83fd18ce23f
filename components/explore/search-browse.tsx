import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import type { Locale } from '@/i18n/routing';
import { CRAFTS, getVillages } from '@/lib/content';
import { paths } from '@/lib/paths';

/** Shown when a search finds nothing: every craft and village, one tap from their products. */
export async function SearchBrowse({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Search' });
  const crafts = await getTranslations({ locale, namespace: 'Crafts' });
  const groups = [
    {
      label: t('browseCrafts'),
      links: CRAFTS.map((c) => ({ href: `${paths.products(locale)}?craft=${c}`, text: crafts(c) })),
    },
    {
      label: t('browseVillages'),
      links: getVillages(locale).map((v) => ({
        href: paths.village(locale, v.slug),
        text: v.name,
      })),
    },
  ];
  return (
    <section aria-labelledby="search-browse" className="mb-6">
      <h2 id="search-browse" className="mb-2 text-lg font-bold">
        {t('browse')}
      </h2>
      {groups.map((g) => (
        <div key={g.label} className="mb-2 flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm">
          <span className="font-semibold">{g.label}:</span>
          {g.links.map((l) => (
            <Link key={l.href} href={l.href} className="link py-1">
              {l.text}
            </Link>
          ))}
        </div>
      ))}
    </section>
  );
}

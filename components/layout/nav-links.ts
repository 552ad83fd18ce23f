import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { paths } from '@/lib/paths';

export interface NavLink {
  href: string;
  label: string;
  /** Also shown inline in the header from lg; the rest live only in the menu. */
  primary: boolean;
}

/** Every section of the site, in the menu's order. */
export async function navLinks(locale: Locale): Promise<NavLink[]> {
  const nav = await getTranslations({ locale, namespace: 'Nav' });
  const explore = await getTranslations({ locale, namespace: 'ExploreNav' });
  return [
    { href: paths.villages(locale), label: nav('villages'), primary: true },
    { href: paths.products(locale), label: nav('products'), primary: true },
    { href: paths.tours(locale), label: explore('tours'), primary: true },
    { href: paths.artisans(locale), label: explore('artisans'), primary: false },
    { href: paths.marks(locale), label: explore('marks'), primary: false },
    { href: paths.programmes(locale), label: explore('programmes'), primary: false },
    { href: paths.news(locale), label: explore('news'), primary: true },
    { href: paths.map(locale), label: explore('map'), primary: false },
    { href: paths.search(locale), label: explore('search'), primary: true },
  ];
}

import { Link } from '@/components/ui/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { paths } from '@/lib/paths';
import { CartLink } from '@/components/cart/cart-link';
import { LanguageSwitcher } from './language-switcher';

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Nav' });
  const site = await getTranslations({ locale, namespace: 'Meta' });
  const cart = await getTranslations({ locale, namespace: 'Cart' });
  const explore = await getTranslations({ locale, namespace: 'ExploreNav' });
  const other: Locale = locale === 'vi' ? 'en' : 'vi';
  return (
    <header className="border-bamboo-200 border-b bg-white print:hidden">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:bg-white focus:p-2"
      >
        {t('skip')}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href={paths.home(locale)} className="text-leaf-800 text-lg font-bold no-underline">
          {site('siteName')}
        </Link>
        <nav aria-label={t('main')} className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          <Link href={paths.villages(locale)} className="hover:underline">
            {t('villages')}
          </Link>
          <Link href={paths.products(locale)} className="hover:underline">
            {t('products')}
          </Link>
          <Link href={paths.tours(locale)} className="hover:underline">
            {explore('tours')}
          </Link>
          <Link href={paths.news(locale)} className="hover:underline">
            {explore('news')}
          </Link>
          <Link href={paths.map(locale)} className="hover:underline">
            {explore('map')}
          </Link>
          <Link href={paths.search(locale)} className="hover:underline">
            {explore('search')}
          </Link>
          <CartLink href={paths.cart(locale)} label={cart('link')} />
          <LanguageSwitcher to={other} label={t('switchTo')} title={t('switchLabel')} />
        </nav>
      </div>
    </header>
  );
}

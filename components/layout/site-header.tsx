import { Link } from '@/components/ui/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { paths } from '@/lib/paths';
import { CartLink } from '@/components/cart/cart-link';
import { LanguageSwitcher } from './language-switcher';
import { navLinks } from './nav-links';
import { SiteMenu } from './site-menu';

/**
 * One row on a phone (name, menu, cart, language), so a scanned product starts right under it; the
 * main sections also show inline from lg, where there is room.
 */
export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Nav' });
  const site = await getTranslations({ locale, namespace: 'Meta' });
  const cart = await getTranslations({ locale, namespace: 'Cart' });
  const menu = await getTranslations({ locale, namespace: 'Menu' });
  const links = await navLinks(locale);
  const other: Locale = locale === 'vi' ? 'en' : 'vi';
  return (
    <header className="border-bamboo-200 relative border-b bg-white print:hidden">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-30 focus:bg-white focus:p-2"
      >
        {t('skip')}
      </a>
      <div className="mx-auto flex min-h-14 max-w-6xl items-center gap-2 px-4 py-1 sm:gap-4">
        <Link
          href={paths.home(locale)}
          className="text-leaf-800 line-clamp-2 min-w-0 flex-1 leading-tight font-bold no-underline sm:text-lg"
        >
          {site('siteName')}
        </Link>
        <nav aria-label={t('main')} className="hidden items-center gap-4 text-sm lg:flex">
          {links
            .filter((l) => l.primary)
            .map((l) => (
              <Link key={l.href} href={l.href} className="hover:underline">
                {l.label}
              </Link>
            ))}
        </nav>
        <SiteMenu links={links} summary={menu('open')} label={menu('label')} />
        <span className="text-sm">
          <CartLink href={paths.cart(locale)} label={cart('link')} />
        </span>
        <LanguageSwitcher
          to={other}
          label={t('switchTo')}
          short={menu('languageShort')}
          title={t('switchLabel')}
        />
      </div>
    </header>
  );
}

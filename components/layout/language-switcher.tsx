'use client';

import { usePathname } from 'next/navigation';
import type { Locale } from '@/i18n/routing';
import { localeCookie } from '@/lib/locale';
import { switchLocalePath } from '@/lib/paths';

/**
 * Keeps the visitor on the same page. Shows the short code ("EN") to fit a phone's one-row header;
 * its name is the language's own ("English"), which is what a screen reader and a search engine get. A plain link, so it works before (or without) JavaScript;
 * with it, the choice is also remembered for the short links on labels (/q/…) and for /.
 */
export function LanguageSwitcher({
  to,
  label,
  short,
  title,
}: {
  to: Locale;
  label: string;
  short: string;
  title: string;
}) {
  const pathname = usePathname() ?? '/';
  return (
    <a
      href={switchLocalePath(pathname, to)}
      onClick={() => {
        document.cookie = localeCookie(to);
      }}
      hrefLang={to}
      lang={to}
      title={title}
      className="border-bamboo-600 text-bamboo-800 hover:bg-bamboo-100 rounded border px-2 py-1 text-sm font-semibold no-underline"
    >
      <span aria-hidden="true">{short}</span>
      <span className="sr-only">{label}</span>
    </a>
  );
}

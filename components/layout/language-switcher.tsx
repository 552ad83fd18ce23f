'use client';

import { usePathname } from 'next/navigation';
import type { Locale } from '@/i18n/routing';
import { localeCookie } from '@/lib/locale';
import { switchLocalePath } from '@/lib/paths';

/**
 * Keeps the visitor on the same page. A plain link, so it works before (or without) JavaScript;
 * with it, the choice is also remembered for the short links on labels (/q/…) and for /.
 */
export function LanguageSwitcher({
  to,
  label,
  title,
}: {
  to: Locale;
  label: string;
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
      className="border-bamboo-600 text-bamboo-800 hover:bg-bamboo-100 rounded border px-2 py-1 font-semibold no-underline"
    >
      {label}
    </a>
  );
}

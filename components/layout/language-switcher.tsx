'use client';

import { usePathname } from 'next/navigation';
import type { Locale } from '@/i18n/routing';
import { switchLocalePath } from '@/lib/paths';

/** Keeps the visitor on the same page. A plain link, so it works before (or without) JavaScript. */
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
      hrefLang={to}
      lang={to}
      title={title}
      className="border-bamboo-600 text-bamboo-800 hover:bg-bamboo-100 rounded border px-2 py-1 font-semibold no-underline"
    >
      {label}
    </a>
  );
}

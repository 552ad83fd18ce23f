'use client';

import { usePathname } from 'next/navigation';
import type { Locale } from '@/i18n/routing';
import { switchLocalePath } from '@/lib/paths';

/** Keeps the visitor on the same page. A plain link, so it works before (or without) JavaScript. */
export function LanguageSwitcher({ to, label, title }: { to: Locale; label: string; title: string }) {
  const pathname = usePathname() ?? '/';
  return (
    <a
      href={switchLocalePath(pathname, to)}
      hrefLang={to}
      lang={to}
      title={title}
      className="rounded border border-bamboo-600 px-2 py-1 font-semibold text-bamboo-800 no-underline hover:bg-bamboo-100"
    >
      {label}
    </a>
  );
}

import Link from 'next/link';
import type { Locale } from '@/i18n/routing';
import { getVillage } from '@/lib/content';
import { fill, type DeskMessages } from '@/lib/desk/i18n';
import type { Viewer } from '@/lib/desk/viewer';
import { logoutAction } from '@/app/desk/_actions/auth';

/** `here` is the current desk path (with its query), where the language switch comes back to. */
export function DeskHeader({
  m,
  lang,
  viewer,
  here,
}: {
  m: DeskMessages;
  lang: Locale;
  viewer?: Viewer;
  here: string;
}) {
  const other = lang === 'vi' ? 'en' : 'vi';
  const village = viewer?.village
    ? (getVillage(viewer.village, lang)?.name ?? viewer.village)
    : undefined;
  return (
    <header className="border-bamboo-200 border-b bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        {m.nav.skip}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/desk" className="text-bamboo-900 font-bold no-underline">
          {m.meta.title} <span className="text-bamboo-700 font-normal">· {m.meta.site}</span>
        </Link>
        {viewer && (
          <nav aria-label={m.meta.title} className="flex-1">
            <Link href="/desk" className="text-leaf-700 underline">
              {m.nav.orders}
            </Link>{' '}
            ·{' '}
            <Link href="/desk/messages" className="text-leaf-700 underline">
              {m.navExtra.messages}
            </Link>{' '}
            ·{' '}
            <Link href="/desk/bookings" className="text-leaf-700 underline">
              {m.navExtra.bookings}
            </Link>
          </nav>
        )}
        {viewer && (
          <p className="text-sm">
            <span className="font-semibold">{viewer.displayName}</span> ·{' '}
            {village ? fill(m.nav.village, { village }) : m.nav.admin}
          </p>
        )}
        <a
          href={`/desk/lang?to=${other}&back=${encodeURIComponent(here)}`}
          lang={other}
          aria-label={m.nav.otherLanguageLabel}
          className="text-leaf-700 text-sm underline"
        >
          {m.nav.otherLanguage}
        </a>
        {viewer && (
          <form action={logoutAction}>
            <button type="submit" className="text-leaf-700 text-sm underline">
              {m.nav.logout}
            </button>
          </form>
        )}
      </div>
    </header>
  );
}

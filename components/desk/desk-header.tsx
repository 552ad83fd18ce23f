import { PostForm } from '@/components/desk/post-form';
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
  const links = [
    { href: '/desk', label: m.nav.orders },
    { href: '/desk/messages', label: m.navExtra.messages },
    { href: '/desk/bookings', label: m.navExtra.bookings },
    // The label sheet is a site page (printable without a session); a representative's opens on
    // their village's labels.
    {
      href: `/${lang}/labels${viewer?.village ? `?village=${viewer.village}` : ''}`,
      label: m.navExtra.labels,
    },
  ];
  const current = here.split('?')[0];
  // Each item keeps its words together (whitespace-nowrap) and whole items wrap: on a phone the
  // header is two short rows, never a column of single words.
  return (
    <header className="border-bamboo-200 border-b bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        {m.nav.skip}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2">
        <Link
          href="/desk"
          className="text-bamboo-900 py-2 font-bold whitespace-nowrap no-underline"
        >
          {m.meta.title}
          <span className="text-bamboo-700 hidden font-normal sm:inline"> · {m.meta.site}</span>
        </Link>
        <div className="ms-auto flex items-center gap-4 text-sm whitespace-nowrap">
          <a
            href={`/desk/lang?to=${other}&back=${encodeURIComponent(here)}`}
            lang={other}
            aria-label={m.nav.otherLanguageLabel}
            className="link py-2"
          >
            {m.nav.otherLanguage}
          </a>
          {viewer && (
            <PostForm action={logoutAction} permalink={here}>
              <button type="submit" className="link py-2">
                {m.nav.logout}
              </button>
            </PostForm>
          )}
        </div>
        {viewer && (
          <nav aria-label={m.meta.title} className="w-full">
            <ul className="flex flex-wrap gap-2">
              {links.map((l) => (
                <li key={l.href}>
                  <Link
                    href={l.href}
                    aria-current={current === l.href ? 'page' : undefined}
                    className="border-bamboo-200 text-leaf-700 aria-[current=page]:bg-bamboo-100 aria-[current=page]:text-bamboo-900 inline-block rounded-full border px-3 py-1.5 whitespace-nowrap no-underline aria-[current=page]:font-semibold"
                  >
                    {l.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {viewer && (
          <p className="text-bamboo-700 w-full min-w-0 truncate pb-1 text-sm">
            <span className="text-bamboo-900 font-semibold">{viewer.displayName}</span> ·{' '}
            {village ? fill(m.nav.village, { village }) : m.nav.admin}
          </p>
        )}
      </div>
    </header>
  );
}

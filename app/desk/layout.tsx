import { brandFont } from '@/app/fonts/brand';
import type { Metadata } from 'next';
import { deskLang, deskMessages } from '@/lib/desk/i18n';
import { SITE_ICONS } from '@/lib/seo/brand';
import '@/app/globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await deskMessages();
  return {
    title: { default: m.meta.title, template: `%s · ${m.meta.title}` },
    robots: { index: false, follow: false },
    icons: SITE_ICONS,
    // Setup links carry a token and order pages a reference: neither may leave in a Referer. Not
    // 'no-referrer': with it a form posted without scripts says `Origin: null`, and Next refuses
    // the server action as cross-site.
    referrer: 'same-origin',
  };
}

/** The desk's own document: it lives outside [locale], in Vietnamese unless the desk_lang cookie says English. */
export default async function DeskLayout({ children }: LayoutProps<'/desk'>) {
  return (
    <html lang={await deskLang()} className={brandFont.variable}>
      <body className="flex min-h-dvh flex-col font-sans">{children}</body>
    </html>
  );
}

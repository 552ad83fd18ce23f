import { Link } from '@/components/ui/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { paths } from '@/lib/paths';
import { buttonVariants } from '@/components/ui/button-variants';
import { heading } from '@/components/ui/heading';

/** The localized 404. `standalone` renders its own document, for paths outside [locale]. */
export async function NotFoundPage({
  locale,
  standalone = false,
}: {
  locale: Locale;
  standalone?: boolean;
}) {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  const body = (
    <section className="mx-auto max-w-xl py-12 text-center">
      <h1 className={heading({ level: 'page', className: 'mb-3' })}>{t('title')}</h1>
      <p className="mb-6">{t('lead')}</p>
      <p className="flex flex-wrap justify-center gap-4">
        <Link href={paths.products(locale)} className={buttonVariants()}>
          {t('catalogue')}
        </Link>
        <Link href={paths.home(locale)} className="link px-4 py-2">
          {t('home')}
        </Link>
      </p>
    </section>
  );
  if (!standalone) return body;
  return (
    <html lang={locale}>
      <body className="font-sans">
        <main id="main" className="px-4">
          {body}
        </main>
      </body>
    </html>
  );
}

import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { CopyButton } from './copy-button';
import { card } from '@/components/ui/card';

/** The order page is reachable only through its link: say so, and make it easy to keep. */
export async function KeepLink({
  url,
  email,
  locale,
}: {
  url: string;
  email: string | null;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: 'Order' });
  return (
    <section aria-labelledby="keep-link" className={card({ padding: 'sm' })}>
      <h2 id="keep-link" className="mb-1 text-lg font-bold">
        {t('keepTitle')}
      </h2>
      <p className="text-sm">
        {t('keepText')} {email && t('keepEmailed', { email })}
      </p>
      <p className="mt-2">
        <CopyButton value={url} label={t('copyLink')} copied={t('copied')} />
      </p>
    </section>
  );
}

import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';

/** Shown when an English page falls back to the Vietnamese original. */
export async function TranslationNote({
  locale,
  translated,
}: {
  locale: Locale;
  translated: boolean;
}) {
  if (translated) return null;
  const t = await getTranslations({ locale, namespace: 'Translation' });
  return (
    <p
      role="note"
      className="mb-6 rounded border border-amber-700 bg-amber-50 px-3 py-2 text-sm text-amber-900"
    >
      {t('missing')}
    </p>
  );
}

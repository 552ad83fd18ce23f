import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Footer' });
  return (
    <footer className="border-t border-bamboo-200 bg-white text-sm text-bamboo-800 print:hidden">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-6">
        <p>{t('about')}</p>
        <p>{t('sample')}</p>
      </div>
    </footer>
  );
}

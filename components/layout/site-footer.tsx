import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Footer' });
  return (
    <footer className="border-bamboo-200 text-bamboo-800 border-t bg-white text-sm print:hidden">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-6">
        <p>{t('about')}</p>
        <p>{t('sample')}</p>
      </div>
    </footer>
  );
}

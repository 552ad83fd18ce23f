import { useLocale } from 'next-intl';
import { NotFoundPage } from '@/components/layout/not-found-page';
import { isLocale, routing } from '@/i18n/routing';

export default function LocaleNotFound() {
  const locale = useLocale();
  return <NotFoundPage locale={isLocale(locale) ? locale : routing.defaultLocale} />;
}

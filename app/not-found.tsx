import { NotFoundPage } from '@/components/layout/not-found-page';
import { routing } from '@/i18n/routing';

// Reached only for paths the locale proxy leaves alone (e.g. an unknown /q/ code): served in the default language.
export default function GlobalNotFound() {
  return <NotFoundPage locale={routing.defaultLocale} standalone />;
}

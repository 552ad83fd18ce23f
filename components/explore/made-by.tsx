import { Link } from '@/components/ui/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getArtisan } from '@/lib/content/artisans';
import { paths } from '@/lib/paths';

/** "Made by …" on a product page; nothing at all when the artisan has not consented to a profile. */
export async function MadeBy({
  artisan: slug,
  locale,
}: {
  artisan: string | undefined;
  locale: Locale;
}) {
  const artisan = slug ? getArtisan(slug, locale) : undefined;
  if (!artisan) return null;
  const t = await getTranslations({ locale, namespace: 'Artisans' });
  return (
    <p className="text-bamboo-800">
      {t('madeBy')}:{' '}
      <Link href={paths.artisan(locale, artisan.slug)} className="link">
        {artisan.name}
      </Link>
    </p>
  );
}

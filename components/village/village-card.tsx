import { Photo } from '@/components/ui/photo';
import { Link } from '@/components/ui/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Village } from '@/lib/content';
import { paths } from '@/lib/paths';
import { IMAGE_SIZES } from '@/lib/images/sizes';
import { card, cardTitleLink } from '@/components/ui/card';

export async function VillageCard({
  village,
  locale,
  priority = false,
  level = 3,
}: {
  village: Village;
  locale: Locale;
  priority?: boolean;
  /** The card's heading level: 2 straight under a page's h1, 3 under a section's h2. */
  level?: 2 | 3;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const crafts = await getTranslations({ locale, namespace: 'Crafts' });
  return (
    <article className={card({ padding: 'none', link: true })}>
      <Photo
        src={village.cover.src}
        alt={village.cover.alt}
        width={800}
        height={450}
        sizes={IMAGE_SIZES.thirds}
        className="aspect-video w-full object-cover"
        preload={priority}
      />
      <div className="flex flex-1 flex-col gap-1 p-4">
        <Heading className="text-lg font-bold">
          <Link href={paths.village(locale, village.slug)} className={cardTitleLink}>
            {village.name}
          </Link>
        </Heading>
        <p className="text-bamboo-800 text-sm">
          {village.commune} · {village.crafts.map((c) => crafts(c)).join(', ')}
        </p>
        <p className="text-sm">{village.summary}</p>
      </div>
    </article>
  );
}

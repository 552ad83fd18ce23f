import { Photo } from '@/components/ui/photo';
import { Link } from '@/components/ui/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Artisan } from '@/lib/content/artisans';
import { paths } from '@/lib/paths';
import { card, cardTitleLink } from '@/components/ui/card';

export async function ArtisanCard({
  artisan,
  villageName,
  locale,
  headingLevel = 2,
}: {
  artisan: Artisan;
  villageName: string;
  locale: Locale;
  headingLevel?: 2 | 3;
}) {
  const crafts = await getTranslations({ locale, namespace: 'Crafts' });
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className={card({ padding: 'sm', link: true, className: 'gap-4' })}>
      {/* 96 = size-24: next/image then offers the 96 px and 256 px widths for 1× and 2× screens. */}
      <Photo
        src={artisan.portrait.src}
        alt={artisan.portrait.alt}
        width={96}
        height={96}
        className="size-24 shrink-0 rounded object-cover"
      />
      <div className="flex flex-col gap-1">
        <Heading className="font-bold">
          <Link href={paths.artisan(locale, artisan.slug)} className={cardTitleLink}>
            {artisan.name}
          </Link>
        </Heading>
        <p className="text-bamboo-800 text-sm">
          {villageName} · {crafts(artisan.craft)}
        </p>
        <p className="text-sm">{artisan.summary}</p>
      </div>
    </article>
  );
}

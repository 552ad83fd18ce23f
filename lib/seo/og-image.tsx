import { ImageResponse } from 'next/og';
import { OgCard, OG_SIZE, type OgCardProps } from '@/components/seo/og-card';
import { ogFonts } from './og-fonts';

/** A 1200×630 PNG of the card; cached a day by browsers and link previewers (Zalo, Facebook). */
export async function ogImage(card: OgCardProps): Promise<ImageResponse> {
  return new ImageResponse(<OgCard {...card} />, {
    ...OG_SIZE,
    fonts: await ogFonts(),
    headers: { 'cache-control': 'public, max-age=86400, stale-while-revalidate=604800' },
  });
}

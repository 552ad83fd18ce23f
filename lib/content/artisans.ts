import { allArtisans } from 'contentlayer/generated';
import type { Locale } from '@/i18n/routing';
import { lookups, pairEntries, pickText, type Doc, type Localized } from './entries';
import {
  artisanSourceSchema,
  artisanTranslationSchema,
  type ArtisanSource,
} from './schema-explore';

export type Artisan = ArtisanSource & Localized;

const entries = pairEntries(
  allArtisans as unknown as Doc[],
  artisanSourceSchema,
  artisanTranslationSchema,
);

/** The consent rule in one place: a profile without `consent: true` is never shown, linked or indexed. */
export function isPublishable(artisan: Pick<ArtisanSource, 'consent'>): boolean {
  return artisan.consent === true;
}

function localize(e: (typeof entries)[number], locale: Locale): Artisan {
  const { facts } = e;
  const { t, localized } = pickText(e, locale);
  return {
    ...facts,
    ...localized,
    name: t?.name ?? facts.name,
    summary: t?.summary ?? facts.summary,
    portrait: { src: facts.portrait.src, alt: t?.portraitAlt ?? facts.portrait.alt },
  };
}

// Only artisans who agreed to be shown exist for the pages.
const artisans = lookups(
  entries.filter((e) => isPublishable(e.facts)),
  localize,
);
export const getArtisans: (locale: Locale) => Artisan[] = artisans.all;
export const getArtisan: (slug: string, locale: Locale) => Artisan | undefined = artisans.one;

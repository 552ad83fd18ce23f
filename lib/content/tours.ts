import { allTours } from 'contentlayer/generated';
import type { Locale } from '@/i18n/routing';
import { lookups, pairEntries, pickText, type Doc, type Localized } from './entries';
import { tourSourceSchema, tourTranslationSchema, type TourSource } from './schema-explore';

export type Tour = TourSource & Localized;

const entries = pairEntries(allTours as unknown as Doc[], tourSourceSchema, tourTranslationSchema);

function localize(e: (typeof entries)[number], locale: Locale): Tour {
  const { facts } = e;
  const { t, localized } = pickText(e, locale);
  return {
    ...facts,
    ...localized,
    title: t?.title ?? facts.title,
    summary: t?.summary ?? facts.summary,
    schedule: facts.schedule.map((s, i) => ({ ...s, activity: t?.activities?.[i] ?? s.activity })),
    included: t?.included ?? facts.included,
    meetingPoint: t?.meetingPoint ?? facts.meetingPoint,
    season: t?.season ?? facts.season,
    cover: { src: facts.cover.src, alt: t?.coverAlt ?? facts.cover.alt },
  };
}

const tours = lookups(entries, localize);
export const getTours: (locale: Locale) => Tour[] = tours.all;
export const getTour: (slug: string, locale: Locale) => Tour | undefined = tours.one;

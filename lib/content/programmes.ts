import { allMarks, allProgrammes } from 'contentlayer/generated';
import type { Locale } from '@/i18n/routing';
import { lookups, pairEntries, pickText, type Doc, type Localized } from './entries';
import {
  markSourceSchema,
  markTranslationSchema,
  programmeSourceSchema,
  programmeTranslationSchema,
  type MarkSource,
  type ProgrammeSource,
} from './schema-explore';

export type Programme = ProgrammeSource & Localized;
export type Mark = MarkSource & Localized;

const programmes = pairEntries(
  allProgrammes as unknown as Doc[],
  programmeSourceSchema,
  programmeTranslationSchema,
).sort((a, b) => a.facts.order - b.facts.order);
const marks = pairEntries(
  allMarks as unknown as Doc[],
  markSourceSchema,
  markTranslationSchema,
).sort((a, b) => a.facts.order - b.facts.order);

function localizeProgramme(e: (typeof programmes)[number], locale: Locale): Programme {
  const { t, localized } = pickText(e, locale);
  return {
    ...e.facts,
    ...localized,
    title: t?.title ?? e.facts.title,
    summary: t?.summary ?? e.facts.summary,
  };
}

const programmeLookups = lookups(programmes, localizeProgramme);
export const getProgrammes: (locale: Locale) => Programme[] = programmeLookups.all;
export const getProgramme: (slug: string, locale: Locale) => Programme | undefined =
  programmeLookups.one;

/** Collective trademark, geographic indication and OCOP, explained in plain words. */
export function getMarks(locale: Locale): Mark[] {
  return marks.map((e) => {
    const { t, localized } = pickText(e, locale);
    return { ...e.facts, ...localized, ...(t ?? {}) };
  });
}

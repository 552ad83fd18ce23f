import { allPolicies } from 'contentlayer/generated';
import type { Locale } from '@/i18n/routing';
import { lookups, pairEntries, pickText, type Doc, type Localized } from './entries';
import { policySourceSchema, policyTranslationSchema, type PolicySource } from './schema-explore';

export type Policy = PolicySource & Localized;

const entries = pairEntries(
  allPolicies as unknown as Doc[],
  policySourceSchema,
  policyTranslationSchema,
).sort((a, b) => a.facts.order - b.facts.order);

function localize(e: (typeof entries)[number], locale: Locale): Policy {
  const { t, localized } = pickText(e, locale);
  return { ...e.facts, ...localized, ...(t ?? {}) };
}

const policyLookups = lookups(entries, localize);
/** Every policy in footer order (content/policies). */
export const getPolicies: (locale: Locale) => Policy[] = policyLookups.all;
export const getPolicy: (slug: string, locale: Locale) => Policy | undefined = policyLookups.one;

import { allProducts, allVillages } from 'contentlayer/generated';
import type { Locale } from '@/i18n/routing';
import { ContentError } from './errors';
import { pairEntries, type Doc } from './entries';
import {
  productSourceSchema,
  productTranslationSchema,
  villageSourceSchema,
  villageTranslationSchema,
  type ProductSource,
  type VillageSource,
} from './schema';

export { AVAILABILITY, CRAFTS, type Availability, type Craft } from './schema';

export interface Image {
  src: string;
  alt: string;
}

interface Localized {
  slug: string;
  locale: Locale;
  /** False when the English file is missing and the Vietnamese text is shown instead. */
  translated: boolean;
  /** Sanitized at content-build time (tools/content-build/markdown.ts). */
  bodyHtml: string;
}

export type Village = Omit<VillageSource, 'gallery'> & Localized & { gallery: Image[] };
export type Product = ProductSource & Localized & { villageName: string };

const villageEntries = pairEntries(
  allVillages as unknown as Doc[],
  villageSourceSchema,
  villageTranslationSchema,
);
const productEntries = pairEntries(
  allProducts as unknown as Doc[],
  productSourceSchema,
  productTranslationSchema,
);

function localizeVillage(e: (typeof villageEntries)[number], locale: Locale): Village {
  const { facts } = e;
  const t = locale === 'en' ? e.en?.text : undefined;
  const gallery = (facts.gallery ?? []).map((g, i) => ({
    src: g.src,
    alt: t?.galleryAlts?.[i] ?? g.alt,
  }));
  return {
    ...facts,
    slug: e.slug,
    locale,
    translated: locale === 'vi' || Boolean(t),
    name: t?.name ?? facts.name,
    summary: t?.summary ?? facts.summary,
    cover: { src: facts.cover.src, alt: t?.coverAlt ?? facts.cover.alt },
    gallery,
    pickup: facts.pickup && { ...facts.pickup, hours: t?.pickupHours ?? facts.pickup.hours },
    recognition: facts.recognition && {
      ...facts.recognition,
      title: t?.recognitionTitle ?? facts.recognition.title,
    },
    bodyHtml: (t && e.en?.html) || e.html,
  };
}

function localizeProduct(e: (typeof productEntries)[number], locale: Locale): Product {
  const { facts } = e;
  const t = locale === 'en' ? e.en?.text : undefined;
  const village = villageEntries.find((v) => v.slug === facts.village);
  if (!village)
    throw new ContentError(
      `content/products/${facts.village}/${e.slug}.mdx`,
      `village "${facts.village}" not found`,
    );
  return {
    ...facts,
    slug: e.slug,
    locale,
    translated: locale === 'vi' || Boolean(t),
    name: t?.name ?? facts.name,
    materials: t?.materials ?? facts.materials,
    care: t?.care ?? facts.care,
    images: facts.images.map((img, i) => ({ src: img.src, alt: t?.imageAlts?.[i] ?? img.alt })),
    villageName: localizeVillage(village, locale).name,
    bodyHtml: (t && e.en?.html) || e.html,
  };
}

export function getVillages(locale: Locale): Village[] {
  return villageEntries.map((e) => localizeVillage(e, locale));
}

export function getVillage(slug: string, locale: Locale): Village | undefined {
  const e = villageEntries.find((v) => v.slug === slug);
  return e && localizeVillage(e, locale);
}

/** Published products only: an unpublished product has no page, no listing and cannot be sold. */
export function getProducts(locale: Locale): Product[] {
  return productEntries.filter((e) => e.facts.published).map((e) => localizeProduct(e, locale));
}

export function getProduct(slug: string, locale: Locale): Product | undefined {
  const e = productEntries.find((p) => p.slug === slug && p.facts.published);
  return e && localizeProduct(e, locale);
}

/** Case-insensitive: SKUs are printed in upper case, but people type them any way. */
export function getProductBySku(sku: string, locale: Locale): Product | undefined {
  const wanted = sku.toUpperCase();
  const e = productEntries.find((p) => p.facts.sku === wanted && p.facts.published);
  return e && localizeProduct(e, locale);
}

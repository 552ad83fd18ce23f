import { allProducts, allVillages } from 'contentlayer/generated';
import type { z } from 'zod';
import type { Locale } from '@/i18n/routing';
import { ContentError } from './errors';
import { deepNfc } from './normalize';
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
  bodyCode: string;
}

export type Village = Omit<VillageSource, 'gallery'> & Localized & { gallery: Image[] };
export type Product = ProductSource & Localized & { villageName: string };

interface Doc {
  _id: string;
  slug: string;
  locale: string;
  body: { code: string };
  [key: string]: unknown;
}

// Contentlayer adds its own keys (_id, _raw, body, …); the strict schemas only see frontmatter.
function parse<S extends z.ZodObject>(schema: S, doc: Doc): z.infer<S> {
  const keys = Object.keys(schema.shape);
  const data = Object.fromEntries(Object.entries(doc).filter(([k]) => keys.includes(k)));
  const result = schema.safeParse(deepNfc(data));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ContentError(`content/${doc._id}`, `${issue?.path.join('.')} ${issue?.message}`);
  }
  return result.data;
}

interface Entry<F, T> {
  slug: string;
  facts: F;
  code: string;
  en?: { text: T; code: string };
}

function pair<S extends z.ZodObject, T extends z.ZodObject>(docs: Doc[], source: S, translation: T) {
  const english = new Map(docs.filter((d) => d.locale === 'en').map((d) => [d.slug, d]));
  return docs
    .filter((d) => d.locale === 'vi')
    .map((d): Entry<z.infer<S>, z.infer<T>> => {
      const en = english.get(d.slug);
      return {
        slug: d.slug,
        facts: parse(source, d),
        code: d.body.code,
        en: en ? { text: parse(translation, en), code: en.body.code } : undefined,
      };
    })
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

const villageEntries = pair(allVillages as unknown as Doc[], villageSourceSchema, villageTranslationSchema);
const productEntries = pair(allProducts as unknown as Doc[], productSourceSchema, productTranslationSchema);

function localizeVillage(e: (typeof villageEntries)[number], locale: Locale): Village {
  const { facts } = e;
  const t = locale === 'en' ? e.en?.text : undefined;
  const gallery = (facts.gallery ?? []).map((g, i) => ({ src: g.src, alt: t?.galleryAlts?.[i] ?? g.alt }));
  return {
    ...facts,
    slug: e.slug,
    locale,
    translated: locale === 'vi' || Boolean(t),
    name: t?.name ?? facts.name,
    summary: t?.summary ?? facts.summary,
    cover: { src: facts.cover.src, alt: t?.coverAlt ?? facts.cover.alt },
    gallery,
    recognition: facts.recognition && { ...facts.recognition, title: t?.recognitionTitle ?? facts.recognition.title },
    bodyCode: (t && e.en?.code) || e.code,
  };
}

function localizeProduct(e: (typeof productEntries)[number], locale: Locale): Product {
  const { facts } = e;
  const t = locale === 'en' ? e.en?.text : undefined;
  const village = villageEntries.find((v) => v.slug === facts.village);
  if (!village) throw new ContentError(`content/products/${facts.village}/${e.slug}.mdx`, `village "${facts.village}" not found`);
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
    bodyCode: (t && e.en?.code) || e.code,
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

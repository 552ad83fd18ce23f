import type { z } from 'zod';
import { ContentError } from './errors';
import { deepNfc } from './normalize';

/** A contentlayer document as lib/content reads it; its own keys (_raw, type, …) are ignored. */
export interface Doc {
  _id: string;
  slug: string;
  locale: string;
  body: { html: string; raw?: string };
  [key: string]: unknown;
}

export interface Entry<F, T> {
  slug: string;
  facts: F;
  html: string;
  en?: { text: T; html: string };
}

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

/** Pairs each Vietnamese file with its English twin (text only), validated by the same zod schemas as the check. */
export function pairEntries<S extends z.ZodObject, T extends z.ZodObject>(
  docs: Doc[],
  source: S,
  translation: T,
): Entry<z.infer<S>, z.infer<T>>[] {
  const english = new Map(docs.filter((d) => d.locale === 'en').map((d) => [d.slug, d]));
  return docs
    .filter((d) => d.locale === 'vi')
    .map((d) => {
      const en = english.get(d.slug);
      return {
        slug: d.slug,
        facts: parse(source, d),
        html: d.body.html,
        en: en ? { text: parse(translation, en), html: en.body.html } : undefined,
      };
    })
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

export interface Localized {
  slug: string;
  locale: 'vi' | 'en';
  /** False when the English file is missing and the Vietnamese text is shown instead. */
  translated: boolean;
  /** Sanitized at content-build time (tools/content-build/markdown.ts). */
  bodyHtml: string;
}

/** The English text when it exists and was asked for; `localized` fills the shared fields. */
export function pickText<F, T>(
  e: Entry<F, T>,
  locale: 'vi' | 'en',
): { t: T | undefined; localized: Localized } {
  const t = locale === 'en' ? e.en?.text : undefined;
  return {
    t,
    localized: {
      slug: e.slug,
      locale,
      translated: locale === 'vi' || Boolean(t),
      bodyHtml: (t && e.en?.html) || e.html,
    },
  };
}

/** The two lookups each content type offers — all entries, or one by slug — in the asked language. */
export function lookups<E extends { slug: string }, R>(
  entries: E[],
  localize: (e: E, locale: 'vi' | 'en') => R,
) {
  return {
    all: (locale: 'vi' | 'en'): R[] => entries.map((e) => localize(e, locale)),
    one: (slug: string, locale: 'vi' | 'en'): R | undefined => {
      const e = entries.find((x) => x.slug === slug);
      return e && localize(e, locale);
    },
  };
}

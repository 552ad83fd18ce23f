import { z } from 'zod';
import { CRAFTS, SLUG_PATTERN, imageSchema } from './schema';

/**
 * Tours, artisans, news, programmes and marks. Same rule as villages and products: the Vietnamese
 * file holds every fact, the `.en.mdx` twin holds text only.
 */

const text = z.string().trim().min(1);
const slug = z.string().regex(SLUG_PATTERN);

// YAML turns an unquoted 2026-12-05 into a Date (and contentlayer then into an ISO timestamp);
// both mean the same calendar day, so accept them and keep one shape: YYYY-MM-DD.
function toDay(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime()))
    return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00(?:\.000)?Z$/.test(value))
    return value.slice(0, 10);
  return value;
}

export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export const isoDate = z.preprocess(toDay, z.string().refine(isIsoDay, { message: 'iso-date' }));

const contact = z.strictObject({ phone: text, email: z.email().optional() });
const language = z.string().regex(/^[a-z]{2}$/, { message: 'language-code' });
const hhmm = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { message: 'time-hhmm' });

export const tourSourceSchema = z
  .strictObject({
    title: text,
    summary: text,
    durationHours: z.number().positive().max(72),
    villages: z.array(slug).min(1),
    schedule: z
      .array(z.strictObject({ time: hhmm, village: slug.optional(), activity: text }))
      .min(1),
    priceVnd: z.number().int().positive().max(100_000_000).optional(),
    priceOnRequest: z.boolean().optional(),
    included: z.array(text).min(1),
    meetingPoint: text,
    season: text,
    groupSize: z.strictObject({
      min: z.number().int().min(1),
      max: z.number().int().min(1).max(200),
    }),
    guideLanguages: z.array(language).min(1),
    contact,
    cover: imageSchema,
    sample: z.boolean(),
  })
  .superRefine((t, ctx) => {
    if ((t.priceVnd === undefined) === !t.priceOnRequest) {
      ctx.addIssue({ code: 'custom', path: ['priceVnd'], message: 'price-or-request' });
    }
    if (t.groupSize.min > t.groupSize.max) {
      ctx.addIssue({ code: 'custom', path: ['groupSize'], message: 'group-size-order' });
    }
  });
export type TourSource = z.infer<typeof tourSourceSchema>;

export const tourTranslationSchema = z.strictObject({
  title: text,
  summary: text,
  activities: z.array(text).optional(),
  included: z.array(text).optional(),
  meetingPoint: text.optional(),
  season: text.optional(),
  coverAlt: text.optional(),
});
export type TourTranslation = z.infer<typeof tourTranslationSchema>;

export const artisanSourceSchema = z.strictObject({
  name: text,
  village: slug,
  craft: z.enum(CRAFTS),
  yearsOfPractice: z.number().int().min(0).max(90).optional(),
  summary: text,
  portrait: imageSchema,
  /** Written, revocable consent to publish this profile; without it there is no page. */
  consent: z.boolean(),
  sample: z.boolean(),
});
export type ArtisanSource = z.infer<typeof artisanSourceSchema>;

export const artisanTranslationSchema = z.strictObject({
  name: text.optional(),
  summary: text,
  portraitAlt: text.optional(),
});
export type ArtisanTranslation = z.infer<typeof artisanTranslationSchema>;

export const NEWS_KINDS = ['fair', 'exhibition', 'training', 'news'] as const;
export type NewsKind = (typeof NEWS_KINDS)[number];

export const newsSourceSchema = z
  .strictObject({
    title: text,
    kind: z.enum(NEWS_KINDS),
    start: isoDate,
    end: isoDate.optional(),
    place: text,
    village: slug.optional(),
    summary: text,
    cover: imageSchema.optional(),
    sample: z.boolean(),
  })
  .superRefine((n, ctx) => {
    if (n.end !== undefined && n.end < n.start)
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'end-before-start' });
  });
export type NewsSource = z.infer<typeof newsSourceSchema>;

export const newsTranslationSchema = z.strictObject({
  title: text,
  summary: text,
  place: text.optional(),
  coverAlt: text.optional(),
});
export type NewsTranslation = z.infer<typeof newsTranslationSchema>;

export const PROGRAMME_KINDS = ['recognition', 'training', 'vocational'] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];

export const programmeSourceSchema = z.strictObject({
  title: text,
  kind: z.enum(PROGRAMME_KINDS),
  order: z.number().int().min(0),
  summary: text,
  /** Shows the plan's training targets against the figures reported so far (content/settings/plan.yml). */
  showTargets: z.boolean().optional(),
});
export type ProgrammeSource = z.infer<typeof programmeSourceSchema>;

export const programmeTranslationSchema = z.strictObject({ title: text, summary: text });

export const MARK_KINDS = ['collective-trademark', 'geographic-indication', 'ocop'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

export const markSourceSchema = z.strictObject({
  title: text,
  kind: z.enum(MARK_KINDS),
  order: z.number().int().min(0),
  summary: text,
  certifies: text,
  grantedBy: text,
});
export type MarkSource = z.infer<typeof markSourceSchema>;

export const markTranslationSchema = z.strictObject({
  title: text,
  summary: text,
  certifies: text,
  grantedBy: text,
});

/** The shop's policies (shipping, returns, privacy…), linked from every page's footer. */
export const policySourceSchema = z.strictObject({
  title: text,
  /** Place in the footer, lowest first. */
  order: z.number().int().min(0),
  summary: text,
  /** Shows the delivery options and their prices from content/settings/shop.yml under the summary. */
  showShippingOptions: z.boolean().optional(),
  /** Shows the two-line returns summary from content/settings/shop.yml under the summary. */
  showReturnsSummary: z.boolean().optional(),
  sample: z.boolean(),
});
export type PolicySource = z.infer<typeof policySourceSchema>;

export const policyTranslationSchema = z.strictObject({ title: text, summary: text });

const fieldNames = (a: z.ZodObject, b: z.ZodObject) => [
  ...new Set([...Object.keys(a.shape), ...Object.keys(b.shape)]),
];

export const exploreKinds = {
  tour: { folder: 'tours', vi: tourSourceSchema, en: tourTranslationSchema },
  artisan: { folder: 'artisans', vi: artisanSourceSchema, en: artisanTranslationSchema },
  news: { folder: 'news', vi: newsSourceSchema, en: newsTranslationSchema },
  programme: { folder: 'programmes', vi: programmeSourceSchema, en: programmeTranslationSchema },
  mark: { folder: 'marks', vi: markSourceSchema, en: markTranslationSchema },
  policy: { folder: 'policies', vi: policySourceSchema, en: policyTranslationSchema },
} as const;
export type ExploreKind = keyof typeof exploreKinds;

/** Every frontmatter key a file of this kind may hold; contentlayer declares exactly these. */
export function exploreFieldNames(kind: ExploreKind): string[] {
  const { vi, en } = exploreKinds[kind];
  return fieldNames(vi, en);
}

import { z } from 'zod';

/**
 * The content model, as representatives write it. These zod schemas are the single source of
 * truth: contentlayer only carries the data (see contentlayer.config.ts), `npm run content:check`
 * validates with them, and lib/content.ts derives its types from them.
 */

export const CRAFTS = ['may-tre-dan', 'mo-go', 'theu-ren'] as const;
export type Craft = (typeof CRAFTS)[number];

export const AVAILABILITY = ['in_stock', 'made_to_order', 'sold_out'] as const;
export type Availability = (typeof AVAILABILITY)[number];

export const SKU_PATTERN = /^[A-Z0-9-]{3,16}$/;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = z.string().trim().min(1);
const imageSrc = z
  .string()
  .regex(/^\/images\/[A-Za-z0-9/_.-]+\.(?:webp|jpe?g|png|avif|svg)$/i, { message: 'image-src' });
export const imageSchema = z.strictObject({ src: imageSrc, alt: text });

const optionalMark = z.strictObject({
  name: text,
  holder: text.optional(),
  sample: z.boolean(),
});

export const villageSourceSchema = z.strictObject({
  name: text,
  commune: text,
  formerCommune: text.optional(),
  historicalDistrict: z.literal('Chương Mỹ'),
  crafts: z.array(z.enum(CRAFTS)).min(1),
  skuPrefix: z.string().regex(/^[A-Z]{2,4}$/),
  recognition: z
    .strictObject({
      title: text,
      year: z.number().int().min(1900).max(2100).optional(),
      issuer: text.optional(),
      sample: z.boolean(),
    })
    .optional(),
  collectiveTrademark: optionalMark.optional(),
  geographicIndication: optionalMark.optional(),
  coordinates: z.strictObject({
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
  }),
  cover: imageSchema,
  gallery: z.array(imageSchema).optional(),
  contact: z.strictObject({
    phone: text,
    zalo: text.optional(),
    email: z.email().optional(),
  }),
  /** Where and when a buyer who chose pick-up collects the village's part (their order page shows it). */
  pickup: z.strictObject({ address: text, hours: text, sample: z.boolean() }).optional(),
  summary: text,
  featured: z.boolean().optional(),
  showScanCount: z.boolean().optional(),
  /** The village makes a piece to order: a sold-out product page offers an enquiry instead of a dead end. */
  takesCommissions: z.boolean().optional(),
});
export type VillageSource = z.infer<typeof villageSourceSchema>;

export const villageTranslationSchema = z.strictObject({
  name: text.optional(),
  summary: text,
  coverAlt: text.optional(),
  galleryAlts: z.array(text).optional(),
  recognitionTitle: text.optional(),
  pickupHours: text.optional(),
});
export type VillageTranslation = z.infer<typeof villageTranslationSchema>;

const positiveInt = z.number().int().positive();

export const productSourceSchema = z
  .strictObject({
    sku: z.string().regex(SKU_PATTERN),
    name: text,
    village: z.string().regex(SLUG_PATTERN),
    craft: z.enum(CRAFTS),
    priceVnd: z.number().int().positive().max(1_000_000_000),
    availability: z.enum(AVAILABILITY),
    stock: z.number().int().min(0).optional(),
    leadTimeDays: positiveInt.max(365).optional(),
    materials: z.array(text).min(1),
    dimensions: z
      .strictObject({
        lengthCm: z.number().positive().optional(),
        widthCm: z.number().positive().optional(),
        heightCm: z.number().positive().optional(),
      })
      .refine((d) => Object.keys(d).length > 0, { message: 'dimensions-empty' }),
    weightGrams: positiveInt,
    images: z.array(imageSchema).min(1),
    care: text,
    ocopStars: z.literal([3, 4, 5]).optional(),
    ocopSample: z.boolean().optional(),
    tags: z.array(z.string().regex(SLUG_PATTERN)).optional(),
    published: z.boolean(),
    featured: z.boolean().optional(),
    redirectFrom: z.array(z.string().regex(SLUG_PATTERN)).optional(),
    /** Slug of the maker in content/artisans; shown as "made by" only while that artisan consents. */
    artisan: z.string().regex(SLUG_PATTERN).optional(),
  })
  .superRefine((p, ctx) => {
    if (p.availability === 'in_stock' && (p.stock === undefined || p.stock < 1)) {
      ctx.addIssue({ code: 'custom', path: ['stock'], message: 'stock-required' });
    }
    if (p.availability !== 'in_stock' && p.stock !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['stock'], message: 'stock-only-in-stock' });
    }
    if (p.availability === 'made_to_order' && p.leadTimeDays === undefined) {
      ctx.addIssue({ code: 'custom', path: ['leadTimeDays'], message: 'lead-time-required' });
    }
  });
export type ProductSource = z.infer<typeof productSourceSchema>;

export const productTranslationSchema = z.strictObject({
  name: text,
  materials: z.array(text).optional(),
  care: text.optional(),
  imageAlts: z.array(text).optional(),
});
export type ProductTranslation = z.infer<typeof productTranslationSchema>;

/** Every frontmatter key any content file may hold; contentlayer declares exactly these. */
export const villageFieldNames = [
  ...new Set([
    ...Object.keys(villageSourceSchema.shape),
    ...Object.keys(villageTranslationSchema.shape),
  ]),
];
export const productFieldNames = [
  ...new Set([
    ...Object.keys(productSourceSchema.shape),
    ...Object.keys(productTranslationSchema.shape),
  ]),
];

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Locale } from '@/i18n/routing';
import { ContentError } from '@/lib/content/errors';
import { isoDate } from '@/lib/content/schema-explore';
import type { ExchangeRates } from '@/lib/rates';

/** content/settings/shop.yml: what representatives set for the whole shop. */
const text = z.string().trim().min(1);
export const shippingOptionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.strictObject({ vi: text, en: text }),
  priceVnd: z.number().int().min(0),
  /** ISO country codes this option delivers to; omitted for pick-up. */
  countries: z.array(z.string().regex(/^[A-Z]{2}$/)).optional(),
  deliveryDays: z
    .strictObject({ min: z.number().int().min(0), max: z.number().int().min(0) })
    .optional(),
});
export type ShippingOption = z.infer<typeof shippingOptionSchema>;

/** The shop's own contact, shown in every page's footer. */
export const shopContactSchema = z.strictObject({
  name: z.strictObject({ vi: text, en: text }),
  address: text,
  phone: text,
  email: z.email().optional(),
  hours: z.strictObject({ vi: text, en: text }).optional(),
  /** true = sample values for the demonstration; the footer says so. */
  sample: z.boolean(),
});
export type ShopContact = z.infer<typeof shopContactSchema>;

export const shopSettingsSchema = z.strictObject({
  shipping: z.array(shippingOptionSchema).min(1).max(5),
  contact: shopContactSchema.optional(),
  bank: z
    .strictObject({
      bin: z.string().regex(/^\d{6}$/),
      bankName: text,
      accountNumber: z.string().regex(/^[0-9A-Z]{4,19}$/),
      accountHolder: text,
      sample: z.boolean(),
    })
    .optional(),
  /** Shown on every product page under the delivery line; `sample: true` says so beside it. */
  returns: z.strictObject({ vi: text, en: text, sample: z.boolean() }).optional(),
  /** The label sheet moved on paper, in mm, for a printer that shifts (right and down positive). */
  labels: z
    .strictObject({
      offsetXmm: z.number().min(-10).max(10).default(0),
      offsetYmm: z.number().min(-10).max(10).default(0),
    })
    .optional(),
});
export type ShopSettings = z.infer<typeof shopSettingsSchema>;

export const SETTINGS_FILE = 'settings/shop.yml';

export function readShopSettings(contentDir = path.join(process.cwd(), 'content')): ShopSettings {
  const raw: unknown = parse(readFileSync(path.join(contentDir, SETTINGS_FILE), 'utf8'));
  return shopSettingsSchema.parse(raw);
}

let cached: ShopSettings | undefined;
export function shopSettings(): ShopSettings {
  cached ??= readShopSettings();
  return cached;
}

export function shippingName(option: ShippingOption, locale: Locale): string {
  return option.name[locale];
}

export const RATES_FILE = 'settings/rates.yml';

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** content/settings/rates.yml: đồng per unit of each currency, and the day they were taken. */
export const ratesSchema = z.strictObject({
  date: isoDate,
  sample: z.boolean(),
  rates: z
    .record(
      z.string().refine((c) => c !== 'VND' && CURRENCIES.has(c), { message: 'currency-code' }),
      z.number().positive(),
    )
    .refine((r) => Object.keys(r).length >= 1 && Object.keys(r).length <= 12, {
      message: 'rates-count',
    }),
}) satisfies z.ZodType<ExchangeRates, unknown>;

/** content/settings/rates.yml, or undefined when the shop keeps none (then no approximate prices). */
export function readRates(
  contentDir = path.join(process.cwd(), 'content'),
): ExchangeRates | undefined {
  const file = path.join(contentDir, RATES_FILE);
  if (!existsSync(file)) return undefined;
  const result = ratesSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (result.success) return result.data;
  const detail = result.error.issues
    .map((i) => `${i.path.join('.') || 'rates'}: ${i.message}`)
    .join('; ');
  throw new ContentError(`content/${RATES_FILE}`, detail);
}

let cachedRates: { value: ExchangeRates | undefined } | undefined;
export function exchangeRates(): ExchangeRates | undefined {
  cachedRates ??= { value: readRates() };
  return cachedRates.value;
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Locale } from '@/i18n/routing';

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

export const shopSettingsSchema = z.strictObject({
  shipping: z.array(shippingOptionSchema).min(1).max(5),
  bank: z
    .strictObject({
      bin: z.string().regex(/^\d{6}$/),
      bankName: text,
      accountNumber: z.string().regex(/^[0-9A-Z]{4,19}$/),
      accountHolder: text,
      sample: z.boolean(),
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

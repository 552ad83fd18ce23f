import { z } from 'zod';
import { isCountryCode, type CountryCode } from '@/lib/countries';
import { NO_POSTAL_CODE } from '@/lib/checkout/postal';
import { toE164 } from '@/lib/phone';
import { shopSettings } from '@/lib/settings';
import { cleanLine, emailAddress, freeText, oneLine } from '@/lib/validation/text';

export const MAX_BODY_BYTES = 16 * 1024;

/** At most this many of one product in an order (a shop of handmade pieces, not a wholesaler). */
export const MAX_PER_LINE = 20;

const line = z.object({
  sku: z.string().trim().min(3).max(16),
  // Wider than MAX_PER_LINE on purpose: asking for more than is left is answered with how many
  // are left (lib/checkout priceLines), not with a rule about the field.
  quantity: z.number().int().min(1).max(9999),
});

/**
 * One address form for every country: in Vietnam house and street, ward or commune, district
 * (gone since the 2025 reform, but many still write it) and province; elsewhere address lines,
 * city, region and postal code.
 */
const addressSchema = z.object({
  line: oneLine(200),
  line2: oneLine(200).optional(),
  commune: oneLine(100).optional(),
  district: oneLine(100).optional(),
  province: oneLine(100).optional(),
  city: oneLine(100).optional(),
  region: oneLine(100).optional(),
  postalCode: z
    .string()
    .overwrite(cleanLine)
    .regex(/^[A-Za-z0-9][A-Za-z0-9 -]{1,11}$/, 'postalCode')
    .optional(),
});
type AddressInput = z.infer<typeof addressSchema>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

const required: Record<'VN' | 'abroad', (keyof AddressInput)[]> = {
  VN: ['commune', 'province'],
  abroad: ['city', 'postalCode'],
};

/** Stored in the order's three address columns, in the order a label is written. */
function storedAddress(a: AddressInput, country: CountryCode) {
  const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(', ') || undefined;
  return country === 'VN'
    ? { line: a.line, commune: join(a.commune, a.district), province: a.province }
    : {
        line: join(a.line, a.line2) ?? a.line,
        commune: [a.city, a.postalCode].filter(Boolean).join(' ') || undefined,
        province: a.region,
      };
}

/** The buyer, as every form and the checkout API send them; the one customer schema. */
export const customerSchema = z
  .object({
    name: oneLine(100),
    phone: z.string().overwrite(cleanLine).min(1, 'phone_empty').max(30),
    country: z
      .string()
      .overwrite((c) => c.trim().toUpperCase())
      .transform((c, ctx) =>
        isCountryCode(c) ? c : (ctx.addIssue({ code: 'custom', message: 'country' }), z.NEVER),
      )
      .default('VN'),
    email: emailAddress(200).optional(),
    address: addressSchema.optional(),
    note: freeText(500).optional(),
  })
  .superRefine(
    (c, ctx) => {
      // Runs on whatever was sent (see `when`), so the shape is checked here first.
      if (!isObject(c) || !isCountryCode(c.country)) return;
      if (typeof c.phone === 'string' && c.phone && !toE164(c.phone, c.country))
        ctx.addIssue({
          code: 'custom',
          path: ['phone'],
          message: 'phone',
          params: { country: c.country },
        });
      if (!c.address || typeof c.address !== 'object') return;
      const rules = c.country === 'VN' ? required.VN : required.abroad;
      for (const key of rules) {
        if (key === 'postalCode' && NO_POSTAL_CODE.has(c.country)) continue;
        if (c.address[key] === undefined)
          ctx.addIssue({ code: 'custom', path: ['address', key], message: key });
      }
    },
    { when: () => true },
  )
  .transform((c) => {
    const country = c.country;
    return {
      name: c.name,
      phone: toE164(c.phone, country) ?? c.phone,
      country,
      ...(c.email !== undefined && { email: c.email }),
      ...(c.address && { address: storedAddress(c.address, country) }),
      ...(c.note !== undefined && { note: c.note }),
    };
  });

/** Unknown fields (a `price`, say) are stripped: prices come only from content. */
export const checkoutSchema = z
  .object({
    items: z.array(line).min(1).max(30),
    locale: z.enum(['vi', 'en']),
    method: z.enum(['card', 'bank_transfer', 'cod']),
    shipping: z.string().max(40).optional(),
    customer: customerSchema.optional(),
  })
  .superRefine(
    (req, ctx) => {
      // Runs even when other fields are wrong (every mistake is answered at once), so it reads
      // the request as sent and checks its shape itself.
      if (!isObject(req)) return;
      const customer: unknown = req.customer;
      // The village calls a COD buyer and ships to them; a transfer needs someone to confirm to.
      if (req.method !== 'card' && !customer)
        ctx.addIssue({ code: 'custom', path: ['customer'], message: 'customer' });
      if (!isObject(customer)) return;
      const country =
        typeof customer.country === 'string' ? customer.country.trim().toUpperCase() : 'VN';
      const options = shopSettings().shipping;
      const option =
        req.shipping === undefined ? options[0] : options.find((o) => o.id === req.shipping);
      // Pick-up has no countries: name and phone are enough, and cash is paid at the village
      // whatever the buyer's country. Stripe's page asks a card buyer's address.
      if (!option?.countries || req.method === 'card') return;
      if (req.method === 'cod' && country !== 'VN')
        ctx.addIssue({ code: 'custom', path: ['method'], message: 'cod_abroad' });
      if (isCountryCode(country) && !option.countries.includes(country))
        ctx.addIssue({
          code: 'custom',
          path: ['customer', 'country'],
          message: 'country_shipping',
        });
      if (customer.address === undefined)
        ctx.addIssue({ code: 'custom', path: ['customer', 'address'], message: 'address' });
    },
    { when: () => true },
  );
export type CheckoutRequest = z.infer<typeof checkoutSchema>;
export type CustomerDetails = z.infer<typeof customerSchema>;

import { z } from 'zod';
import { normalizeVietnamesePhone } from '@/lib/phone';
import { cleanLine, emailAddress, freeText, oneLine } from '@/lib/validation/text';

export const MAX_BODY_BYTES = 16 * 1024;

const line = z.object({
  sku: z.string().trim().min(3).max(16),
  quantity: z.number().int().min(1).max(20),
});

export const customerSchema = z.object({
  name: oneLine(100),
  phone: z
    .string()
    .overwrite(cleanLine)
    .max(30)
    .transform(
      (v, ctx) =>
        normalizeVietnamesePhone(v) ??
        (ctx.addIssue({ code: 'custom', message: 'phone' }), z.NEVER),
    ),
  email: emailAddress(200).optional(),
  address: z.object({ line: oneLine(200), commune: oneLine(100), province: oneLine(100) }),
  note: freeText(500).optional(),
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
  .superRefine((req, ctx) => {
    // The village calls a COD buyer and ships to them; a transfer needs someone to confirm to.
    if (req.method !== 'card' && !req.customer)
      ctx.addIssue({ code: 'custom', path: ['customer'], message: 'customer' });
  });
export type CheckoutRequest = z.infer<typeof checkoutSchema>;

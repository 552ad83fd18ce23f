import { z } from 'zod';
import { normalizeVietnamesePhone } from '@/lib/phone';

export const MAX_BODY_BYTES = 16 * 1024;

const line = z.object({
  sku: z.string().trim().min(3).max(16),
  quantity: z.number().int().min(1).max(20),
});

const text = (max: number) => z.string().trim().min(1).max(max);

export const customerSchema = z.object({
  name: text(100),
  phone: z
    .string()
    .max(30)
    .transform(
      (v, ctx) =>
        normalizeVietnamesePhone(v) ??
        (ctx.addIssue({ code: 'custom', message: 'phone' }), z.NEVER),
    ),
  email: z.email().max(200).optional(),
  address: z.object({ line: text(200), commune: text(100), province: text(100) }),
  note: z.string().trim().max(500).optional(),
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

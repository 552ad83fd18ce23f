import { z } from 'zod';

export const MAX_BODY_BYTES = 16 * 1024;

const line = z.object({
  sku: z.string().trim().min(3).max(16),
  quantity: z.number().int().min(1).max(20),
});

/** Unknown fields (a `price`, say) are stripped: prices come only from content. */
export const checkoutSchema = z.object({
  items: z.array(line).min(1).max(30),
  locale: z.enum(['vi', 'en']),
  method: z.enum(['card', 'bank_transfer', 'cod']),
  shipping: z.string().max(40).optional(),
});
export type CheckoutRequest = z.infer<typeof checkoutSchema>;

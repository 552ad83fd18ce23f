import 'server-only';
import { stripe } from '@/lib/payments/stripe-client';
import type { CardGateway } from './cancel';

/** The real card gateway, or null when card payments are not configured. */
export function stripeGateway(): CardGateway | null {
  const client = stripe();
  if (!client) return null;
  return {
    async refund(paymentIntent, key, amountVnd) {
      // VND is a zero-decimal currency: the amount is whole đồng.
      const refund = await client.refunds.create(
        { payment_intent: paymentIntent, amount: amountVnd },
        { idempotencyKey: `refund-${key}` },
      );
      return { id: refund.id };
    },
    async expireSession(sessionId) {
      await client.checkout.sessions.expire(sessionId);
    },
  };
}

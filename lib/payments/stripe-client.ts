import 'server-only';
import Stripe from 'stripe';
import { env } from '@/lib/env';

let client: Stripe | null | undefined;

/**
 * The Stripe client, or null when card payments are not configured. STRIPE_API_URL points it at
 * another base (the local emulator in tests and the demo) instead of api.stripe.com.
 */
export function stripe(): Stripe | null {
  if (client !== undefined) return client;
  if (!env.STRIPE_SECRET_KEY || !env.STRIPE_WEBHOOK_SECRET) return (client = null);
  const base = env.STRIPE_API_URL ? new URL(env.STRIPE_API_URL) : undefined;
  client = new Stripe(env.STRIPE_SECRET_KEY, {
    maxNetworkRetries: 2,
    timeout: 10_000,
    ...(base && {
      host: base.hostname,
      port: base.port || (base.protocol === 'https:' ? 443 : 80),
      protocol: base.protocol === 'https:' ? 'https' : 'http',
    }),
  });
  return client;
}

export function webhookSecret(): string | undefined {
  return env.STRIPE_WEBHOOK_SECRET;
}

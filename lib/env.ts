import 'server-only';
import { z } from 'zod';

// The only reader of process.env, validated once at startup. A malformed value stops the process
// with a message naming the variable; optional services (Stripe) are off when their keys are unset.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

function hours(fallback: number) {
  return optional(
    z.coerce
      .number({ error: 'must be a number of hours, e.g. 48 (decimals allowed: 0.5)' })
      .positive('must be more than 0 hours')
      .max(24 * 60),
  ).transform((v) => v ?? fallback);
}

const HOPS_HELP =
  'must be the number of proxies in front of the server that append to X-Forwarded-For: 1 behind deploy/nginx.conf, 0 with nothing in front';

const schema = z.object({
  SITE_URL: z
    .url({
      protocol: /^https?$/,
      error: 'must be an absolute http(s) URL, e.g. https://langnghe.example.vn',
    })
    .default('http://localhost:3000')
    .transform((u) => u.replace(/\/+$/, '')),
  DATABASE_PATH: z.string().min(1).default('data/shop.db'),
  // Set, every process (site, commands, tests) uses this PostgreSQL database instead of the SQLite file.
  DATABASE_URL: optional(
    z.url({
      protocol: /^postgres(ql)?$/,
      error: 'must look like postgres://user:password@127.0.0.1:5432/langnghe',
    }),
  ),
  STRIPE_SECRET_KEY: optional(
    z.string().regex(/^(sk|rk)_(test|live)_\w+$/, 'must look like sk_test_… or sk_live_…'),
  ),
  STRIPE_WEBHOOK_SECRET: optional(z.string().regex(/^whsec_\w+$/, 'must look like whsec_…')),
  STRIPE_API_URL: optional(
    z.url({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. http://127.0.0.1:12111' }),
  ),
  SMTP_URL: optional(
    z.url({ protocol: /^smtps?$/, error: 'must look like smtp://user:pass@host:587 or smtps://…' }),
  ),
  MAIL_FROM: z.string().min(3).default('Làng nghề Chương Mỹ <no-reply@langnghe-chuongmy.example>'),
  // Unset is allowed here (the CLIs never read it, and `next dev` treats it as 0); a production
  // server refuses to start without it (productionServerIssues, called by lib/startup.ts).
  TRUSTED_PROXY_HOPS: optional(
    z
      .string()
      .regex(/^\d{1,2}$/, HOPS_HELP)
      .transform(Number),
  ),
  // How long unconfirmed orders hold their units, and how many open cash-on-delivery orders one
  // phone number may have (lib/orders/holds.ts, lib/orders/create.ts).
  HOLD_BANK_TRANSFER_HOURS: hours(48),
  HOLD_COD_HOURS: hours(24),
  COD_MAX_OPEN_ORDERS: optional(
    z.coerce.number().int('must be a whole number, e.g. 2').min(1).max(100),
  ).transform((v) => v ?? 2),
  // Seconds between the server's own sweeps (lapsed holds, missed card payments, unsent mail).
  SCHEDULE_INTERVAL_SECONDS: optional(z.coerce.number().int().min(1).max(86_400)).transform(
    (v) => v ?? 300,
  ),
  // Shared by every instance: rate limits, the sweep's lock, Next's cache (lib/redis.ts,
  // lib/cache/redis-handler.mjs). Unset, each stays in its own process.
  REDIS_URL: optional(
    z.url({
      protocol: /^rediss?$/,
      error: 'must look like redis://127.0.0.1:6379 or rediss://user:pass@host:6380/0',
    }),
  ),
});

const parsed = schema.safeParse({
  SITE_URL: process.env.SITE_URL || undefined,
  DATABASE_PATH: process.env.DATABASE_PATH || undefined,
  DATABASE_URL: process.env.DATABASE_URL?.trim(),
  STRIPE_SECRET_KEY: process.env.STRIPE_SECRET_KEY,
  STRIPE_WEBHOOK_SECRET: process.env.STRIPE_WEBHOOK_SECRET,
  STRIPE_API_URL: process.env.STRIPE_API_URL,
  SMTP_URL: process.env.SMTP_URL,
  MAIL_FROM: process.env.MAIL_FROM || undefined,
  TRUSTED_PROXY_HOPS: process.env.TRUSTED_PROXY_HOPS?.trim(),
  HOLD_BANK_TRANSFER_HOURS: process.env.HOLD_BANK_TRANSFER_HOURS,
  HOLD_COD_HOURS: process.env.HOLD_COD_HOURS,
  COD_MAX_OPEN_ORDERS: process.env.COD_MAX_OPEN_ORDERS,
  SCHEDULE_INTERVAL_SECONDS: process.env.SCHEDULE_INTERVAL_SECONDS,
  REDIS_URL: process.env.REDIS_URL?.trim(),
});
if (!parsed.success) {
  const detail = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
  throw new Error(`Invalid environment variables:\n${detail}`);
}

export const env = parsed.data;

/** What a production server needs beyond what the CLIs do: lib/startup.ts refuses to start without it. */
export function productionServerIssues(): string[] {
  return env.TRUSTED_PROXY_HOPS === undefined
    ? [`  TRUSTED_PROXY_HOPS: required in production; it ${HOPS_HELP}`]
    : [];
}

/** How many entries of X-Forwarded-For our own proxies wrote (lib/http/client-address.ts). */
export const trustedProxyHops = env.TRUSTED_PROXY_HOPS ?? 0;

/** Options, their environment variables and defaults, and the fault switches. */
import Stripe from 'stripe';

export const DEFAULT_PORT = 12111;
export const DEFAULT_WEBHOOK_SECRET = 'whsec_emulator_secret';
export const DEFAULT_WEBHOOK_URL = 'http://localhost:3000/api/stripe/webhook';

export interface EmulatorOptions {
  /** 0 picks a free port. Env STRIPE_EMULATOR_PORT, default 12111. */
  port?: number;
  /** Env STRIPE_WEBHOOK_SECRET, default whsec_emulator_secret. */
  webhookSecret?: string;
  /** Where events are POSTed; null turns delivery off. Env STRIPE_EMULATOR_WEBHOOK_URL ('' or 'off' = null). */
  webhookUrl?: string | null;
  /** Base of the hosted payment page URLs. Env STRIPE_EMULATOR_PUBLIC_URL, default http://localhost:{port}. */
  publicUrl?: string;
  /** Secret keys must start with this (401 otherwise). Default sk_test_. */
  apiKeyPrefix?: string;
  /** Pay waits for the first webhook attempt before redirecting. Env STRIPE_EMULATOR_DELIVER_BEFORE_REDIRECT, default true. */
  deliverBeforeRedirect?: boolean;
  /** Event types sent to the webhook URL; `*` wildcards allowed. Env STRIPE_EMULATOR_WEBHOOK_EVENTS (comma list), default ['*']. */
  webhookEvents?: string[];
  /** Delay before each retry of a failed delivery; its length is the number of retries. Default [500, 2000, 5000]. */
  webhookRetryDelaysMs?: number[];
  /** Per-attempt timeout of a delivery. Default 10000. */
  webhookTimeoutMs?: number;
  /** The emulator's clock in ms (tests move it forward to expire sessions). Default Date.now. */
  now?: () => number;
  /** How often open sessions past expires_at are expired. Default 1000 ms. */
  expirySweepMs?: number;
  /** Logs each request to stdout. Default false (main.ts turns it on). */
  log?: boolean;
}

export interface EmulatorConfig {
  port: number;
  webhookSecret: string;
  webhookUrl: string | null;
  publicUrl: string | null; // filled in once the port is known
  apiKeyPrefix: string;
  deliverBeforeRedirect: boolean;
  webhookEvents: string[];
  webhookRetryDelaysMs: number[];
  webhookTimeoutMs: number;
  expirySweepMs: number;
  log: boolean;
  /** api_version on events when a request did not send Stripe-Version: the installed SDK's. */
  defaultApiVersion: string;
}

export function resolveConfig(options: EmulatorOptions): EmulatorConfig {
  return {
    port: options.port ?? DEFAULT_PORT,
    webhookSecret: options.webhookSecret ?? DEFAULT_WEBHOOK_SECRET,
    webhookUrl: options.webhookUrl === undefined ? DEFAULT_WEBHOOK_URL : options.webhookUrl,
    publicUrl: options.publicUrl?.replace(/\/+$/, '') ?? null,
    apiKeyPrefix: options.apiKeyPrefix ?? 'sk_test_',
    deliverBeforeRedirect: options.deliverBeforeRedirect ?? true,
    webhookEvents: options.webhookEvents ?? ['*'],
    webhookRetryDelaysMs: options.webhookRetryDelaysMs ?? [500, 2000, 5000],
    webhookTimeoutMs: options.webhookTimeoutMs ?? 10_000,
    expirySweepMs: options.expirySweepMs ?? 1000,
    log: options.log ?? false,
    defaultApiVersion: Stripe.API_VERSION,
  };
}

export function optionsFromEnv(env: NodeJS.ProcessEnv): EmulatorOptions {
  const options: EmulatorOptions = {};
  const port = env.STRIPE_EMULATOR_PORT;
  if (port !== undefined && port !== '') {
    const n = Number(port);
    if (!Number.isInteger(n) || n < 0 || n > 65535)
      throw new Error(`STRIPE_EMULATOR_PORT must be 0–65535, got "${port}"`);
    options.port = n;
  }
  if (env.STRIPE_WEBHOOK_SECRET) options.webhookSecret = env.STRIPE_WEBHOOK_SECRET;
  const url = env.STRIPE_EMULATOR_WEBHOOK_URL;
  if (url !== undefined) options.webhookUrl = url === '' || url === 'off' ? null : url;
  if (env.STRIPE_EMULATOR_PUBLIC_URL) options.publicUrl = env.STRIPE_EMULATOR_PUBLIC_URL;
  const before = env.STRIPE_EMULATOR_DELIVER_BEFORE_REDIRECT;
  if (before !== undefined && before !== '')
    options.deliverBeforeRedirect = !/^(0|false|no|off)$/i.test(before);
  const events = env.STRIPE_EMULATOR_WEBHOOK_EVENTS;
  if (events)
    options.webhookEvents = events
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean);
  return options;
}

/** Switches that make the emulator misbehave on purpose. */
export interface Faults {
  /** The next N /v1 calls answer 500 api_error (not stored under their idempotency key). */
  fail500: number;
  /** Every /v1 answer is held back this many ms (after the work is done, like a slow network). */
  delayMs: number;
  /** Events are recorded but never delivered. */
  dropWebhooks: boolean;
  /** Each event is delivered N times (same event id). 0 or 1 = once. */
  duplicateWebhooks: number;
  /** Events are held and delivered newest-first with the next event, or on POST /__emulator/flush. */
  reorderWebhooks: boolean;
  /** Wait this many ms before delivering; Pay then redirects without waiting for the webhook. */
  slowWebhook: number;
}

export const NO_FAULTS: Readonly<Faults> = Object.freeze({
  fail500: 0,
  delayMs: 0,
  dropWebhooks: false,
  duplicateWebhooks: 0,
  reorderWebhooks: false,
  slowWebhook: 0,
});

const NUMBER_FAULTS = ['fail500', 'delayMs', 'duplicateWebhooks', 'slowWebhook'] as const;
const BOOLEAN_FAULTS = ['dropWebhooks', 'reorderWebhooks'] as const;

/** Checks a JSON body for POST /__emulator/faults; throws a message naming the bad key. */
export function parseFaults(input: unknown): Partial<Faults> {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new Error('Expected a JSON object of faults');
  const out: Partial<Faults> = {};
  for (const [key, value] of Object.entries(input)) {
    const numberKey = NUMBER_FAULTS.find((k) => k === key);
    const booleanKey = BOOLEAN_FAULTS.find((k) => k === key);
    if (numberKey) {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
        throw new Error(`${key} must be a non-negative integer`);
      out[numberKey] = value;
    } else if (booleanKey) {
      if (typeof value !== 'boolean') throw new Error(`${key} must be true or false`);
      out[booleanKey] = value;
    } else {
      throw new Error(
        `Unknown fault "${key}"; known: ${[...NUMBER_FAULTS, ...BOOLEAN_FAULTS].join(', ')}`,
      );
    }
  }
  return out;
}

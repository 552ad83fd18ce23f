/**
 * startEmulator(): a Stripe stand-in on node:http, listening on 127.0.0.1 only.
 *   /v1/…          the API subset the shop uses (api.ts)
 *   /pay/:id       the hosted payment page (hosted-page.ts)
 *   /__emulator/…  test controls (control.ts)
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleApi } from './api';
import {
  NO_FAULTS,
  parseFaults,
  resolveConfig,
  type EmulatorConfig,
  type EmulatorOptions,
  type Faults,
} from './config';
import { handleControl } from './control';
import { handleHostedPage } from './hosted-page';
import { sendJson, stringify } from './http';
import { sweepExpired } from './session-lifecycle';
import { clearState, createState, type EmulatorContext, type EmulatorState } from './state';
import { ApiError } from './validate';
import { WebhookDispatcher } from './webhook';

export type { EmulatorOptions, Faults } from './config';

export interface EmulatorHandle {
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  config: Readonly<EmulatorConfig>;
  /** The live state, for assertions. */
  state: EmulatorState;
  /** Merges the given faults into the current ones (throws on a bad value); reset() clears them. */
  setFaults(faults: Partial<Faults>): void;
  faults(): Faults;
  /** Delivers events held by reorderWebhooks; resolves with how many. */
  flush(): Promise<number>;
  /** Clears every object, event, idempotency key and fault, and cancels pending deliveries. */
  reset(): void;
  /** Resolves once no webhook delivery or retry is pending. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<EmulatorHandle> {
  const config = resolveConfig(options);
  const state = createState();
  const faults: Faults = { ...NO_FAULTS };
  const now = options.now ?? Date.now;
  const webhooks = new WebhookDispatcher(state, config, faults, now);
  const ctx: EmulatorContext = { state, config, faults, webhooks, now };
  const actions = {
    setFaults: (f: Partial<Faults>) => void Object.assign(faults, parseFaults(f)),
    reset: () => {
      webhooks.cancelAll();
      clearState(state);
      Object.assign(faults, NO_FAULTS);
    },
  };

  const server = createServer((req, res) => {
    const started = Date.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (config.log) {
      res.on('finish', () => {
        const ms = Date.now() - started;
        console.log(
          `[stripe-emulator] ${req.method} ${url.pathname} → ${res.statusCode} (${ms} ms)`,
        );
      });
    }
    const work = (async () => {
      sweepExpired(ctx); // so a request never sees an open session past its expires_at
      if (url.pathname.startsWith('/v1/')) return handleApi(ctx, req, res, url);
      if (url.pathname.startsWith('/__emulator/'))
        return handleControl(ctx, actions, req, res, url);
      if (await handleHostedPage(ctx, req, res, url.pathname)) return;
      const message = `Unrecognized request URL (${req.method}: ${url.pathname}).`;
      sendJson(res, 404, stringify(new ApiError(404, 'invalid_request_error', message).toBody()));
    })();
    work.catch((e: unknown) => {
      console.error('[stripe-emulator] request failed:', e);
      if (res.headersSent) return void res.destroy();
      const error = new ApiError(500, 'api_error', 'An unknown error occurred');
      sendJson(res, 500, stringify(error.toBody()));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  config.port = port;
  config.publicUrl ??= `http://localhost:${port}`;

  // Sessions also expire while nobody is asking, so checkout.session.expired goes out on time.
  const sweeper = setInterval(() => sweepExpired(ctx), config.expirySweepMs);
  sweeper.unref();

  let closing: Promise<void> | null = null;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    config,
    state,
    setFaults: actions.setFaults,
    faults: () => ({ ...faults }),
    flush: () => webhooks.flush(),
    reset: actions.reset,
    idle: () => webhooks.idle(),
    close: () => {
      closing ??= (async () => {
        clearInterval(sweeper);
        await webhooks.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
      })();
      return closing;
    },
  };
}

/**
 * Webhook delivery: a signed JSON POST per event, retried on non-2xx or network errors, shaped
 * by the faults (drop, duplicate, reorder, slow). Nothing here ever rejects into the caller.
 */
import Stripe from 'stripe';
import type { EmulatorConfig, Faults } from './config';
import { typeMatches } from './events';
import type { DeliveryRecord, EmulatorState, EventObject } from './state';

const MAX_DELIVERY_LOG = 1000;

interface Sleeper {
  timer: NodeJS.Timeout;
  resolve: (completed: boolean) => void;
}

export class WebhookDispatcher {
  private readonly pending = new Set<Promise<void>>();
  private readonly sleepers = new Set<Sleeper>();
  private readonly controllers = new Set<AbortController>();
  /** Bumped by cancelAll(): work scheduled before a reset or close is dropped. */
  private generation = 0;

  constructor(
    private readonly state: EmulatorState,
    private readonly config: EmulatorConfig,
    private readonly faults: Faults,
    private readonly now: () => number,
  ) {}

  /** Whether events of this type go to the endpoint at all (like an endpoint's enabled_events). */
  wants(type: string): boolean {
    return (
      this.config.webhookUrl !== null && this.config.webhookEvents.some((p) => typeMatches(p, type))
    );
  }

  /**
   * Sends an event. With `wait`, resolves once the first attempt of every copy has finished
   * (retries go on in the background); without it, at once. Never rejects.
   */
  dispatch(event: EventObject, opts: { wait: boolean }): Promise<void> {
    if (!this.wants(event.type)) return Promise.resolve();
    if (this.faults.dropWebhooks) {
      this.log(event, 'dropped', 0, 0, null, null);
      return Promise.resolve();
    }
    if (this.faults.reorderWebhooks && this.state.heldEvents.length === 0) {
      this.state.heldEvents.push(event);
      this.log(event, 'held', 0, 0, null, null);
      return Promise.resolve();
    }
    // Anything held goes out right after this event, newest first: the order is reversed.
    const batch = [event, ...this.state.heldEvents.splice(0).reverse()];
    const slow = this.faults.slowWebhook;
    const run = this.track(this.sendBatch(batch, slow));
    // A slow webhook is the race where the buyer reaches success_url before the event does.
    return opts.wait && slow === 0 ? run : Promise.resolve();
  }

  /** Delivers held events (newest first); resolves with how many were released. */
  async flush(): Promise<number> {
    const batch = this.state.heldEvents.splice(0).reverse();
    if (batch.length > 0) await this.track(this.sendBatch(batch, this.faults.slowWebhook));
    return batch.length;
  }

  /** Resolves when no delivery or retry is pending. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  /** Drops scheduled retries and aborts requests in flight (reset and close). */
  cancelAll(): void {
    this.generation++;
    for (const s of this.sleepers) {
      clearTimeout(s.timer);
      s.resolve(false);
    }
    this.sleepers.clear();
    for (const c of this.controllers) c.abort();
  }

  async close(): Promise<void> {
    this.cancelAll();
    await this.idle();
  }

  private async sendBatch(batch: EventObject[], delayMs: number): Promise<void> {
    const generation = this.generation;
    if (delayMs > 0 && !(await this.sleep(delayMs))) return;
    const copies = Math.max(1, this.faults.duplicateWebhooks);
    for (const event of batch) {
      for (let copy = 1; copy <= copies; copy++) {
        if (generation !== this.generation) return;
        await this.attempt(event, copy, 1, generation);
      }
    }
  }

  private async attempt(
    event: EventObject,
    copy: number,
    attempt: number,
    generation: number,
  ): Promise<void> {
    const url = this.config.webhookUrl;
    if (url === null || generation !== this.generation) return;
    // Stripe sends pretty-printed JSON and signs the exact bytes; each attempt is signed afresh.
    // The signature uses the wall clock even when the emulator clock is moved, or receivers
    // checking the 5-minute tolerance would refuse it.
    const payload = JSON.stringify(event, null, 2);
    const signature = Stripe.webhooks.generateTestHeaderString({
      payload,
      secret: this.config.webhookSecret,
      timestamp: Math.floor(Date.now() / 1000),
    });
    const controller = new AbortController();
    this.controllers.add(controller);
    const timeout = setTimeout(() => controller.abort(), this.config.webhookTimeoutMs);
    let status: number | null = null;
    let error: string | null = null;
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
          'stripe-signature': signature,
        },
        body: payload,
        redirect: 'manual', // Stripe treats a redirect as a failed delivery
        signal: controller.signal,
      });
      status = res.status;
      await res.arrayBuffer().catch(() => undefined);
    } catch (e) {
      error =
        e instanceof Error
          ? e.cause instanceof Error
            ? `${e.message}: ${e.cause.message}`
            : e.message
          : String(e);
    } finally {
      clearTimeout(timeout);
      this.controllers.delete(controller);
    }
    const ok = status !== null && status >= 200 && status < 300;
    this.log(event, ok ? 'delivered' : 'failed', attempt, copy, status, error);
    if (ok) {
      event.pending_webhooks = 0;
      return;
    }
    const delay = this.config.webhookRetryDelaysMs[attempt - 1];
    if (delay === undefined || generation !== this.generation) return;
    // Retries run on their own, so a caller waiting on the first attempt is not held up by them.
    void this.track(
      (async () => {
        if (await this.sleep(delay)) await this.attempt(event, copy, attempt + 1, generation);
      })(),
    );
  }

  private track(work: Promise<void>): Promise<void> {
    const guarded = work.catch((e: unknown) => {
      console.error('[stripe-emulator] webhook delivery crashed:', e);
    });
    this.pending.add(guarded);
    void guarded.finally(() => this.pending.delete(guarded));
    return guarded;
  }

  /** Resolves true after `ms`, or false at once if cancelled. */
  private sleep(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const sleeper: Sleeper = {
        timer: setTimeout(() => {
          this.sleepers.delete(sleeper);
          resolve(true);
        }, ms),
        resolve,
      };
      this.sleepers.add(sleeper);
    });
  }

  private log(
    event: EventObject,
    outcome: DeliveryRecord['outcome'],
    attempt: number,
    copy: number,
    status: number | null,
    error: string | null,
  ): void {
    const deliveries = this.state.deliveries;
    deliveries.push({
      eventId: event.id,
      type: event.type,
      outcome,
      attempt,
      copy,
      status,
      error,
      at: this.now(),
    });
    if (deliveries.length > MAX_DELIVERY_LOG)
      deliveries.splice(0, deliveries.length - MAX_DELIVERY_LOG);
    if (this.config.log) {
      const detail = status !== null ? `HTTP ${status}` : (error ?? '');
      console.log(
        `[stripe-emulator] webhook ${event.type} ${event.id} ${outcome} (attempt ${attempt}) ${detail}`.trim(),
      );
    }
  }
}

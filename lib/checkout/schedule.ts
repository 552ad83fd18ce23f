import 'server-only';
import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { getProducts } from '@/lib/content';
import { getDb, type Db } from '@/lib/db/client';
import { acquireLock, releaseLock } from '@/lib/db/lock';
import { readStock } from '@/lib/orders/stock';
import { reconcile } from './reconcile';

/**
 * The server's own scheduled work, so no cron is needed: at startup and every
 * SCHEDULE_INTERVAL_SECONDS it fulfils card payments the webhook missed (the server was down, say),
 * releases lapsed holds and retries unsent mail — one process at a time, under a lock
 * (lib/db/lock.ts: Redis with REDIS_URL, else the database) — and then refreshes the pages of
 * every product whose availability changed.
 */
const LEASE = 'scheduled-sweep';
const HOLDER = randomUUID();
const LEASE_MS = 10 * 60_000;

export interface SweepResult {
  ran: boolean;
  skus: string[];
}

/** One sweep under the lease; `ran: false` when another process holds it. */
export async function sweep(db: Db = getDb(), now = Date.now()): Promise<SweepResult> {
  if (!(await acquireLock(db, LEASE, HOLDER, LEASE_MS, now))) return { ran: false, skus: [] };
  try {
    const report = await reconcile(db, 72, now);
    return { ran: true, skus: report.skus };
  } finally {
    await releaseLock(db, LEASE, HOLDER);
  }
}

const seen = new Map<string, number | null>();

/**
 * Products whose availability differs from what this process saw at its last sweep: changes made
 * by a command or another instance, and holds that lapsed by time, reach this process's pages too.
 * At the first sweep every product counts: pages and figures kept on disk by an earlier process
 * outlive it, while the expirations it made were in its memory only (Next's default cache).
 */
export async function stockDrift(db: Db = getDb(), now = Date.now()): Promise<string[]> {
  const drifted: string[] = [];
  for (const product of getProducts('vi')) {
    const { stock } = await readStock(db, product, now);
    if (!seen.has(product.sku) || seen.get(product.sku) !== stock) drifted.push(product.sku);
    seen.set(product.sku, stock);
  }
  return drifted;
}

// The sweep runs inside a request to this same server (app/api/internal/sweep), because Next
// expires cached pages only from within a request. The token never leaves the process.
const shared = globalThis as unknown as { __sweepToken?: string };
const token = () => (shared.__sweepToken ??= randomBytes(32).toString('hex'));
export const SWEEP_HEADER = 'x-sweep-token';

export function isSweepToken(value: string | null): boolean {
  const expected = Buffer.from(token());
  const given = Buffer.from(value ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Where this server listens, as Next recorded it; "localhost" is tried as both loopbacks. */
function origins(): string[] {
  const origin =
    process.env.__NEXT_PRIVATE_ORIGIN ?? `http://localhost:${process.env.PORT ?? 3000}`;
  const url = new URL(origin);
  if (url.hostname !== 'localhost') return [url.origin];
  return ['127.0.0.1', '[::1]'].map((host) => `${url.protocol}//${host}:${url.port}`);
}

async function tick(): Promise<void> {
  for (const origin of origins()) {
    try {
      const response = await fetch(`${origin}/api/internal/sweep`, {
        method: 'POST',
        headers: { [SWEEP_HEADER]: token() },
        signal: AbortSignal.timeout(120_000),
      });
      if (response.ok) return;
      console.error(`[schedule] sweep answered ${response.status}`);
      return;
    } catch {
      // Not listening there (yet): try the next address, then the next tick.
    }
  }
  console.error(
    '[schedule] could not reach this server to run the sweep; next try at the next tick',
  );
}

/** Called once by lib/startup.ts in a server process. */
export function startSchedule(intervalSeconds: number): void {
  const shared = globalThis as unknown as { __sweepStarted?: boolean };
  if (shared.__sweepStarted) return;
  shared.__sweepStarted = true;
  setTimeout(() => void tick(), 3_000).unref();
  setInterval(() => void tick(), intervalSeconds * 1000).unref();
}

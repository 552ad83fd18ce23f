import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Redis } from 'ioredis';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { freshPhone } from './helpers';

// Issue 27: two instances of the same build, one database and one Redis, behave as one shop.
// They run beside the suite's own server, on their own database and Redis database.
const REDIS_URL = process.env.TEST_REDIS_URL_INSTANCES ?? 'redis://127.0.0.1:6379/7';
const SITE = 'http://localhost:3140'; // the front both stand behind (its Origin is what checkouts send)
const PORTS = [3141, 3142] as const;
const database = path.resolve('data/e2e/instances.db');

test.describe.configure({ mode: 'serial' });

const servers = new Map<number, ChildProcess>();

/**
 * The same build, in a folder of its own: next start writes pages and figures it renders into its
 * build folder (.next/server/route-cache, .next/cache) and the suite's own server, on another
 * database, would read them. Everything else is linked to the project.
 */
function appCopy(): string {
  const root = process.cwd();
  const dir = mkdtempSync(path.join(tmpdir(), 'instances-'));
  for (const entry of readdirSync(root))
    if (entry !== '.next') symlinkSync(path.join(root, entry), path.join(dir, entry));
  const cache = path.join(root, '.next', 'cache');
  const routeCache = path.join(root, '.next', 'server', 'route-cache');
  cpSync(path.join(root, '.next'), path.join(dir, '.next'), {
    recursive: true,
    filter: (src) => !src.startsWith(cache) && !src.startsWith(routeCache),
  });
  return dir;
}
let appDir = '';
const at = (port: number, p: string) => `http://127.0.0.1:${port}${p}`;

async function start(port: number): Promise<void> {
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)],
    {
      cwd: appDir,
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        SITE_URL: SITE,
        DATABASE_PATH: database,
        REDIS_URL,
        TRUSTED_PROXY_HOPS: '1',
        NEXT_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stderr?.on('data', (d: Buffer) => process.stderr.write(`[${port}] ${d}`));
  servers.set(port, child);
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(at(port, '/vi'))).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`instance on ${port} did not start`);
}

function kill(port: number, signal: NodeJS.Signals = 'SIGTERM') {
  servers.get(port)?.kill(signal);
  servers.delete(port);
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  rmSync(database, { force: true });
  rmSync(`${database}-wal`, { force: true });
  rmSync(`${database}-shm`, { force: true });
  const redis = new Redis(REDIS_URL);
  await redis.flushdb();
  await redis.quit();
  appDir = appCopy();
  await Promise.all(PORTS.map(start));
});

test.afterAll(() => {
  for (const port of [...servers.keys()]) kill(port);
  if (appDir) rmSync(appDir, { recursive: true, force: true });
});

let xff = 0;
function checkout(request: APIRequestContext, port: number, body: object, address?: string) {
  return request.post(at(port, '/api/checkout'), {
    headers: {
      'content-type': 'application/json',
      origin: SITE,
      'x-forwarded-for': address ?? `10.77.${Math.floor(++xff / 250)}.${xff % 250}`,
    },
    data: body,
  });
}

const transfer = (sku: string, quantity = 1) => ({
  items: [{ sku, quantity }],
  locale: 'vi',
  method: 'bank_transfer',
  customer: {
    name: 'Khách Hai Máy',
    phone: freshPhone(),
    address: { line: '1 Đường Làng', commune: 'Xã Phú Nghĩa', province: 'Hà Nội' },
  },
});

interface Entry {
  sku: string;
  slug: string;
  availability: string;
  stock: number | null;
  url: string;
}
async function products(request: APIRequestContext, port: number): Promise<Entry[]> {
  return (
    (await (await request.get(at(port, '/api/products?locale=vi'))).json()) as {
      products: Entry[];
    }
  ).products;
}

/** The product's own availability line on an instance's page, as first sent. */
async function shown(request: APIRequestContext, port: number, product: Entry) {
  const html = await (await request.get(at(port, new URL(product.url).pathname))).text();
  return /data-testid="stock"[^>]*>([^<]*)</.exec(html)?.[1];
}

test('40 checkouts for the last unit, spread over both instances, sell it once; the other instance shows it sold out at once', async ({
  request,
}) => {
  const last = (await products(request, PORTS[0])).find(
    (p) => p.availability === 'in_stock' && p.stock === 1,
  )!;
  expect(last).toBeDefined();
  // Both have rendered the page with the unit on sale.
  for (const port of PORTS) expect(await shown(request, port, last)).toBe('Còn hàng: 1 chiếc');

  const responses = await Promise.all(
    Array.from({ length: 40 }, (_, i) => checkout(request, PORTS[i % 2]!, transfer(last.sku))),
  );
  const statuses = responses.map((r) => r.status());
  expect(statuses.filter((s) => s === 200)).toHaveLength(1);
  expect(statuses.filter((s) => s === 409)).toHaveLength(39);

  // The sale went through one instance; both say so on the next request.
  for (const port of PORTS) expect(await shown(request, port, last)).toBe('Hết hàng');
});

test('a rate limit reached through one instance holds through the other', async ({ request }) => {
  const address = '10.78.0.1';
  // Empty baskets: refused with a 400 after being counted, so nothing is held.
  const empty = { items: [], locale: 'vi', method: 'card' };
  const statuses: number[] = [];
  for (let i = 0; i < 21; i++)
    statuses.push((await checkout(request, PORTS[i % 2]!, empty, address)).status());
  expect(statuses.slice(0, 20).every((s) => s === 400)).toBe(true);
  expect(statuses[20]).toBe(429);
  // Each alone would have allowed 20: the 21st, through the other instance, is refused too.
  expect((await checkout(request, PORTS[1], empty, address)).status()).toBe(429);
});

test('kill -9 of an instance during checkouts loses no acknowledged order and leaves no hold without an end', async ({
  request,
}) => {
  const product = (await products(request, PORTS[1])).find(
    (p) => p.availability === 'in_stock' && (p.stock ?? 0) >= 15,
  )!;
  // A stream of checkouts, one every few milliseconds; the instance is killed once five are
  // acknowledged, with more on their way.
  const pending: Promise<string | undefined>[] = [];
  let acknowledgedSoFar = 0;
  let stream: NodeJS.Timeout | undefined;
  await new Promise<void>((fifth) => {
    stream = setInterval(() => {
      if (pending.length >= 80) return clearInterval(stream);
      pending.push(
        checkout(request, PORTS[0], transfer(product.sku)).then(
          async (r) => {
            if (r.status() !== 200) return undefined;
            if (++acknowledgedSoFar === 5) fifth();
            return ((await r.json()) as { url: string }).url;
          },
          () => undefined,
        ),
      );
    }, 4);
  });
  kill(PORTS[0], 'SIGKILL');
  clearInterval(stream);
  const acknowledged = (await Promise.all(pending)).filter((u): u is string => !!u);

  const db = new Database(database, { readonly: true });
  let heldUnits = 0;
  try {
    for (const url of acknowledged) {
      const reference = /CM-\d{4}-\d{6}/.exec(url)![0];
      expect(db.prepare('select status from orders where reference = ?').get(reference)).toEqual({
        status: 'pending',
      });
    }
    // Every unit held belongs to a pending order whose hold ends.
    const held = db.prepare('select reserved from inventory where sku = ?').get(product.sku) as {
      reserved: number;
    };
    expect(acknowledged.length).toBeGreaterThan(0);
    const holds = db
      .prepare(
        `select coalesce(sum(l.quantity), 0) as n, count(o.id) as orders, sum(o.reserved_until is null) as endless
         from orders o join order_lines l on l.order_id = o.id
         where l.sku = ? and o.status = 'pending'`,
      )
      .get(product.sku) as { n: number; orders: number; endless: number | null };
    expect(held.reserved).toBe(holds.n);
    heldUnits = holds.n;
    expect(holds.endless ?? 0).toBe(0);
    expect(holds.orders).toBeGreaterThanOrEqual(acknowledged.length);
  } finally {
    db.close();
  }
  // The other instance still sells, counting exactly those holds (read from the database: a page
  // cached before the kill may lag until the next sweep, a checkout never does).
  const left = product.stock! - heldUnits;
  const more = await checkout(request, PORTS[1], transfer(product.sku, left + 1));
  expect(more.status()).toBe(409);
  expect(((await more.json()) as { error: { available: number } }).error.available).toBe(left);
});

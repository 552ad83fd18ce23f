import { spawn, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Redis } from 'ioredis';
import pg from 'pg';
import { expect, test, type APIRequestContext } from '@playwright/test';
import {
  BROTLI_MODULES,
  mainConfig,
  renderSiteConfig,
  selfSignedCertificate,
  SITE_CONFIG,
} from '../bench/front';
import { admin, serverUrl } from '../tests/support/pg';
import { startMailSink } from '../tests/support/smtp';
import { freshPhone } from './helpers';

// Issue 27: two instances of the same build behind the production front (deploy/nginx.conf), one
// database and one Redis, behave as one shop — on the SQLite file, then on PostgreSQL. They run
// beside the suite's own server, on their own database and Redis database.
const REDIS_URL = process.env.TEST_REDIS_URL_INSTANCES ?? 'redis://127.0.0.1:6379/7';
const FRONT_PORT = 3140;
const SITE = `https://localhost:${FRONT_PORT}`; // the front, whose Origin checkouts send
const PORTS = [3141, 3142] as const;
const database = path.resolve('data/e2e/instances.db');
const PG_DATABASE = 'langnghe_e2e_instances';
/** Set while the PostgreSQL round runs: the instances' DATABASE_URL. */
let databaseUrl: string | undefined;

/** One row of a query (`?` placeholders) on the database the instances use; numbers as numbers. */
async function row(query: string, ...params: unknown[]): Promise<Record<string, unknown>> {
  let found: Record<string, unknown> | undefined;
  if (databaseUrl) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    let n = 0;
    try {
      found = (
        await client.query(
          query.replace(/\?/g, () => `$${++n}`),
          params,
        )
      ).rows[0];
    } finally {
      await client.end();
    }
  } else {
    const db = new Database(database, { readonly: true });
    try {
      found = db.prepare(query).get(...params) as Record<string, unknown> | undefined;
    } finally {
      db.close();
    }
  }
  return Object.fromEntries(
    Object.entries(found ?? {}).map(([k, v]) => [
      k,
      typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v,
    ]),
  );
}

test.describe.configure({ mode: 'serial' });
// The front's certificate is a throwaway one for localhost.
test.use({ ignoreHTTPSErrors: true });

const servers = new Map<number, ChildProcess>();

/** The mail server both instances send through, one per round (references start again in each). */
let mail: Awaited<ReturnType<typeof startMailSink>> | undefined;

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
        ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATABASE_PATH: database }),
        REDIS_URL,
        SMTP_URL: `smtp://127.0.0.1:${mail!.port}`,
        // The test stands where a CDN would, in front of nginx: it names each checkout's client in
        // X-Forwarded-For and nginx appends its own peer, so the client is two hops back.
        TRUSTED_PROXY_HOPS: '2',
        NEXT_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stderr?.on('data', (d: Buffer) => process.stderr.write(`[${port}] ${d}`));
  servers.set(port, child);
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null)
      throw new Error(`instance on ${port} exited with ${child.exitCode}`);
    try {
      if ((await fetch(at(port, '/vi'))).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`instance on ${port} did not start`);
}

/** nginx with the shipped site config (the build's static files from its copy), its upstream the two instances; each request's upstream logged. */
const front = { dir: '', log: '', nginx: undefined as ChildProcess | undefined };
const via = (p: string) => `${SITE}${p}`;

async function startFront() {
  for (const needed of ['/usr/sbin/nginx', ...BROTLI_MODULES])
    if (!existsSync(needed))
      throw new Error(
        `${needed} is missing: apt-get install nginx libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static (scripts/ensure-services.sh does it as root)`,
      );
  front.dir = mkdtempSync(path.join(tmpdir(), 'instances-front-'));
  front.log = path.join(front.dir, 'upstream.log');
  const site = path.join(front.dir, 'site.conf');
  writeFileSync(
    site,
    renderSiteConfig(readFileSync(SITE_CONFIG, 'utf8'), {
      upstreamPort: [...PORTS],
      appDir,
      httpsPort: FRONT_PORT,
      httpPort: FRONT_PORT - 1,
      ...selfSignedCertificate(front.dir),
    }),
  );
  const main = path.join(front.dir, 'nginx.conf');
  writeFileSync(main, mainConfig(front.dir, site, front.log));
  front.nginx = spawn('/usr/sbin/nginx', ['-p', front.dir, '-c', main, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; !(await listening(FRONT_PORT)); i++) {
    if (i > 50 || front.nginx.exitCode !== null) throw new Error('nginx did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const listening = (port: number) =>
  new Promise<boolean>((resolve) =>
    connect(port, '127.0.0.1')
      .once('connect', function (this: Socket) {
        this.end();
        resolve(true);
      })
      .once('error', () => resolve(false)),
  );

async function stopFront() {
  const nginx = front.nginx;
  nginx?.kill('SIGQUIT');
  if (nginx && nginx.exitCode === null) await new Promise((r) => nginx.once('exit', r));
  rmSync(front.dir, { recursive: true, force: true });
}

/** How many logged requests for `uri` each instance answered, by status, since `from` lines. */
function upstreams(uri: string, from = 0): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  for (const line of readFileSync(front.log, 'utf8').split('\n').slice(from)) {
    const [upstream, status, , logged] = line.split(' ');
    if (logged !== uri || !upstream) continue;
    seen.set(upstream, [...(seen.get(upstream) ?? []), Number(status)]);
  }
  return seen;
}
const logLines = () =>
  existsSync(front.log) ? readFileSync(front.log, 'utf8').split('\n').length - 1 : 0;

/** Stops an instance; resolves once it has exited (and let go of its port). */
async function kill(port: number, signal: NodeJS.Signals = 'SIGTERM') {
  const child = servers.get(port);
  servers.delete(port);
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill(signal);
  await exited;
}

for (const dialect of ['sqlite', 'postgres'] as const)
  test.describe(dialect, () => {
    test.beforeAll(async () => {
      test.setTimeout(120_000);
      rmSync(database, { force: true });
      rmSync(`${database}-wal`, { force: true });
      rmSync(`${database}-shm`, { force: true });
      databaseUrl = undefined;
      if (dialect === 'postgres') {
        await admin(async (c) => {
          await c.query(`DROP DATABASE IF EXISTS ${PG_DATABASE} WITH (FORCE)`);
          await c.query(`CREATE DATABASE ${PG_DATABASE}`);
        });
        databaseUrl = serverUrl(PG_DATABASE);
      }
      const redis = new Redis(REDIS_URL);
      await redis.flushdb();
      await redis.quit();
      appDir = appCopy();
      mail = await startMailSink();
      await Promise.all(PORTS.map(start));
      // A front of its own each round: nginx remembers an instance killed in the last one as down.
      await startFront();
    });

    test.afterAll(async () => {
      await stopFront();
      await Promise.all([...servers.keys()].map((port) => kill(port)));
      if (appDir) rmSync(appDir, { recursive: true, force: true });
      appDir = '';
      await mail?.close();
    });

    let xff = 0;
    /** A checkout through the front, from `address` (a new one each time unless given). */
    function checkout(request: APIRequestContext, body: object, address?: string) {
      return request.post(via('/api/checkout'), {
        headers: {
          'content-type': 'application/json',
          origin: SITE,
          'x-forwarded-for': address ?? `10.77.${Math.floor(++xff / 250)}.${xff % 250}`,
        },
        data: body,
      });
    }

    const transfer = (sku: string, quantity = 1, email?: string) => ({
      items: [{ sku, quantity }],
      locale: 'vi',
      method: 'bank_transfer',
      customer: {
        name: 'Khách Hai Máy',
        phone: freshPhone(),
        email,
        address: { line: '1 Đường Làng', commune: 'Xã Phú Nghĩa', province: 'Hà Nội' },
      },
    });

    interface Entry {
      sku: string;
      slug: string;
      availability: string;
      village: string;
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

    const upstreamOf = (port: number) => `127.0.0.1:${port}`;

    test('40 checkouts for the last unit through the front, spread over both instances, sell it once; the other instance shows it sold out at once', async ({
      request,
    }) => {
      const last = (await products(request, PORTS[0])).find(
        (p) => p.availability === 'in_stock' && p.stock === 1,
      )!;
      expect(last).toBeDefined();
      // Both have rendered the page with the unit on sale.
      for (const port of PORTS) expect(await shown(request, port, last)).toBe('Còn hàng: 1 chiếc');

      const mark = logLines();
      const responses = await Promise.all(
        Array.from({ length: 40 }, () => checkout(request, transfer(last.sku))),
      );
      const statuses = responses.map((r) => r.status());
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(39);
      // nginx spread them over both instances (it logs after answering; give it a moment).
      await expect
        .poll(() => [...upstreams('/api/checkout', mark).values()].flat().length)
        .toBe(40);
      const spread = upstreams('/api/checkout', mark);
      for (const port of PORTS)
        expect(spread.get(upstreamOf(port))?.length ?? 0).toBeGreaterThanOrEqual(10);

      // The sale went through one instance; both say so on the next request, and so does the front.
      for (const port of PORTS) expect(await shown(request, port, last)).toBe('Hết hàng');
      const page = await (await request.get(via(new URL(last.url).pathname))).text();
      expect(/data-testid="stock"[^>]*>([^<]*)</.exec(page)?.[1]).toBe('Hết hàng');
    });

    test('a rate limit reached through one instance holds through the other', async ({
      request,
    }) => {
      const address = '10.78.0.1';
      // Empty baskets: refused with a 400 after being counted, so nothing is held.
      const empty = { items: [], locale: 'vi', method: 'card' };
      const mark = logLines();
      const statuses: number[] = [];
      for (let i = 0; i < 24; i++)
        statuses.push((await checkout(request, empty, address)).status());
      expect(statuses.slice(0, 20).every((s) => s === 400)).toBe(true);
      expect(statuses.slice(20)).toEqual([429, 429, 429, 429]);
      // Each instance alone saw about half of them and would have allowed 20: both refuse.
      await expect
        .poll(() => [...upstreams('/api/checkout', mark).values()].flat().length)
        .toBe(24);
      const answered = upstreams('/api/checkout', mark);
      for (const port of PORTS) {
        const mine = answered.get(upstreamOf(port)) ?? [];
        expect(mine.filter((s) => s === 400).length).toBeLessThan(20);
        expect(mine).toContain(429);
      }
    });

    test('orders placed at once through the front mail the village and each buyer once, whichever instance delivers', async ({
      request,
    }) => {
      // Made to order: nothing is held, so the other tests' stock stays as they expect it.
      const product = (await products(request, PORTS[0])).find(
        (p) => p.availability === 'made_to_order' && p.village === 'phu-vinh',
      )!;
      const responses = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          checkout(request, transfer(product.sku, 1, `buyer${i}@example.com`)),
        ),
      );
      expect(responses.map((r) => r.status())).toEqual(Array(12).fill(200));
      const references = await Promise.all(
        responses.map(
          async (r) => /CM-\d{4}-\d{6}/.exec(((await r.json()) as { url: string }).url)![0],
        ),
      );
      const ours = () =>
        mail!.received.flatMap((m) =>
          references.some((reference) => m.raw.includes(reference))
            ? m.to.map((to) => ({ to, raw: m.raw }))
            : [],
        );
      // Each order: one mail to the village, one to its buyer — 24, then no more.
      await expect.poll(() => ours().length, { timeout: 15_000 }).toBeGreaterThanOrEqual(24);
      await new Promise((r) => setTimeout(r, 1000));
      const pairs = ours().map(
        (m) => `${references.find((reference) => m.raw.includes(reference))} → ${m.to}`,
      );
      expect(pairs).toHaveLength(24);
      expect(new Set(pairs).size).toBe(24);
      expect(pairs.filter((p) => p.endsWith('@example.vn'))).toHaveLength(12);
    });

    test('kill -9 of an instance during checkouts loses no acknowledged order and leaves no hold without an end', async ({
      request,
    }) => {
      const product = (await products(request, PORTS[1])).find(
        (p) => p.availability === 'in_stock' && (p.stock ?? 0) >= 15,
      )!;
      // A stream of checkouts through the front, one every few milliseconds; one instance is killed
      // once five are acknowledged, with more on their way (nginx then sends new ones to the other).
      const pending: Promise<string | undefined>[] = [];
      let acknowledgedSoFar = 0;
      let stream: NodeJS.Timeout | undefined;
      await new Promise<void>((fifth) => {
        stream = setInterval(() => {
          if (pending.length >= 60) return clearInterval(stream);
          pending.push(
            checkout(request, transfer(product.sku)).then(
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
      await kill(PORTS[0], 'SIGKILL');
      await new Promise((r) => setTimeout(r, 100));
      clearInterval(stream);
      const acknowledged = (await Promise.all(pending)).filter((u): u is string => !!u);

      for (const url of acknowledged) {
        const reference = /CM-\d{4}-\d{6}/.exec(url)![0];
        expect(await row('select status from orders where reference = ?', reference)).toEqual({
          status: 'pending',
        });
      }
      // Every unit held belongs to a pending order whose hold ends.
      const held = await row('select reserved from inventory where sku = ?', product.sku);
      expect(acknowledged.length).toBeGreaterThan(0);
      const holds = (await row(
        `select coalesce(sum(l.quantity), 0) as n, count(o.id) as orders,
       sum(case when o.reserved_until is null then 1 else 0 end) as endless
     from orders o join order_lines l on l.order_id = o.id
     where l.sku = ? and o.status = 'pending'`,
        product.sku,
      )) as { n: number; orders: number; endless: number | null };
      expect(held.reserved).toBe(holds.n);
      const heldUnits = holds.n;
      expect(holds.endless ?? 0).toBe(0);
      expect(holds.orders).toBeGreaterThanOrEqual(acknowledged.length);
      // The shop still sells through the front, on the instance left, counting exactly those holds
      // (read from the database: a page cached before the kill may lag until the next sweep, a
      // checkout never does).
      const left = product.stock! - heldUnits;
      const more = await checkout(request, transfer(product.sku, left + 1));
      expect(more.status()).toBe(409);
      expect(((await more.json()) as { error: { available: number } }).error.available).toBe(left);
    });
  });

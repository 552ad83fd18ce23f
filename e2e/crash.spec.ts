import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import Stripe from 'stripe';
import { stripeSecrets } from '../playwright.config';

const port = 3192;
const base = `http://localhost:${port}`;
const stripePort = Number(process.env.E2E_STRIPE_PORT ?? 12123);
const env = {
  ...process.env,
  SITE_URL: base,
  DATABASE_PATH: path.join(mkdtempSync(path.join(tmpdir(), 'crash-')), 'shop.db'),
  STRIPE_SECRET_KEY: stripeSecrets.key,
  STRIPE_WEBHOOK_SECRET: stripeSecrets.webhook,
  STRIPE_API_URL: `http://127.0.0.1:${stripePort}`,
  // As the main e2e server: the test stands where the front stands (see playwright.config.ts).
  TRUSTED_PROXY_HOPS: '1',
};
const stripe = new Stripe(stripeSecrets.key, {
  host: '127.0.0.1',
  port: stripePort,
  protocol: 'http',
});

async function startServer(): Promise<ChildProcess> {
  const server = spawn('node_modules/.bin/next', ['start', '-p', String(port)], {
    env,
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`${base}/vi`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return server;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not start');
}

function kill9(server: ChildProcess) {
  // The whole process group: `next start` runs the server in a child process.
  process.kill(-(server.pid ?? 0), 'SIGKILL');
}

test('SIGKILL mid-stream: database intact, every acknowledged payment present once, reconcile recovers the rest', async () => {
  test.setTimeout(120_000);
  let server = await startServer();
  const products = (
    (await (await fetch(`${base}/api/products?locale=vi`)).json()) as {
      products: { sku: string; availability: string }[];
    }
  ).products;
  const sku = products.find((p) => p.availability === 'made_to_order')!.sku;

  // 12 card orders, all paid on the emulator.
  const sessions: string[] = [];
  for (let i = 0; i < 12; i++) {
    const res = await fetch(`${base}/api/checkout`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: base,
        'x-forwarded-for': `10.3.0.${i}`,
      },
      body: JSON.stringify({ items: [{ sku, quantity: 1 }], locale: 'en', method: 'card' }),
    });
    expect(res.status).toBe(200);
    const id = new URL(((await res.json()) as { url: string }).url).pathname.split('/').pop()!;
    await fetch(`http://127.0.0.1:${stripePort}/pay/${id}/complete`, {
      method: 'POST',
      redirect: 'manual',
      body: new URLSearchParams(),
    });
    sessions.push(id);
  }

  // Deliver signed completion events (each twice) while killing the server part-way through.
  const acknowledged = new Set<string>();
  const deliveries = sessions
    .flatMap((id, i) => [id, sessions[(i * 7) % sessions.length]!])
    .map(async (id, n) => {
      const session = await stripe.checkout.sessions.retrieve(id);
      const payload = JSON.stringify({
        id: `evt_crash_${id}`,
        object: 'event',
        type: 'checkout.session.completed',
        created: Math.floor(Date.now() / 1000),
        data: { object: session },
      });
      const signature = stripe.webhooks.generateTestHeaderString({
        payload,
        secret: stripeSecrets.webhook,
      });
      await new Promise((r) => setTimeout(r, n * 15));
      const res = await fetch(`${base}/api/stripe/webhook`, {
        method: 'POST',
        headers: { 'stripe-signature': signature, 'content-type': 'application/json' },
        body: payload,
      }).catch(() => undefined);
      if (res?.ok) acknowledged.add(id);
    });
  setTimeout(() => kill9(server), 150);
  await Promise.all(deliveries);

  server = await startServer();
  const db = new Database(env.DATABASE_PATH, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const paidOnce = db.prepare(
      "select count(*) as n from order_events e join orders o on o.id = e.order_id where o.stripe_session_id = ? and e.to_status = 'paid'",
    );
    for (const id of acknowledged) expect((paidOnce.get(id) as { n: number }).n, id).toBe(1);
    expect(db.prepare('select count(*) as n from orders').get()).toEqual({ n: sessions.length });
  } finally {
    db.close();
  }

  // The rest is recovered by reconcile, and running it twice changes nothing more.
  execFileSync('npm', ['run', '-s', 'reconcile'], { env, stdio: 'pipe' });
  execFileSync('npm', ['run', '-s', 'reconcile'], { env, stdio: 'pipe' });
  const after = new Database(env.DATABASE_PATH, { readonly: true });
  try {
    const statuses = after
      .prepare('select status, count(*) as n from orders group by status')
      .all();
    expect(statuses).toEqual([{ status: 'paid', n: sessions.length }]);
    const twice = after
      .prepare(
        "select count(*) as n from (select order_id from order_events where to_status = 'paid' group by order_id having count(*) > 1)",
      )
      .get();
    expect(twice).toEqual({ n: 0 });
    expect(
      after
        .prepare('select count(*) as n from orders where status = ? and reserved_until < ?')
        .get('pending', Date.now()),
    ).toEqual({ n: 0 });
  } finally {
    after.close();
    kill9(server);
  }
});

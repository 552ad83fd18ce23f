/**
 * `npm run bench:soak`: 60 s of mixed traffic at a fixed rate on loopback — product pages, QR
 * redirects, the catalogue API and card checkouts against the Stripe emulator — then reports
 * errors (5xx or failed requests; must be 0), p99 latency per route and the server's memory at
 * start and end. Needs a production build (`npm run build`); starts its own server and emulator.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';

const seconds = Number(process.env.SOAK_SECONDS ?? 60);
const port = 3177;
const stripePort = 12177;
const base = `http://localhost:${port}`;
const env = {
  ...process.env,
  SITE_URL: base,
  DATABASE_PATH: path.join(mkdtempSync(path.join(tmpdir(), 'soak-')), 'shop.db'),
  STRIPE_SECRET_KEY: 'sk_test_soak',
  STRIPE_WEBHOOK_SECRET: 'whsec_soak',
  STRIPE_API_URL: `http://127.0.0.1:${stripePort}`,
  STRIPE_EMULATOR_PORT: String(stripePort),
  STRIPE_EMULATOR_WEBHOOK_URL: `${base}/api/stripe/webhook`,
};

async function waitFor(url: string) {
  for (let i = 0; i < 100; i++) {
    if (await fetch(url).then((r) => r.status < 500, () => false)) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not come up`);
}

/** Resident memory of the process tree's Next server, in MB (Linux /proc). */
function rssMb(child: ChildProcess): number {
  const root = child.pid ?? 0;
  const pids = [root, ...readFileSync(`/proc/${root}/task/${root}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)];
  return pids.reduce((sum: number, pid) => {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return sum + Number(kb ?? 0) / 1024;
  }, 0);
}

const emulator = spawn('npx', ['tsx', 'scripts/stripe-emulator/main.ts'], { env, stdio: 'ignore' });
const server = spawn('node_modules/.bin/next', ['start', '-p', String(port)], { env, stdio: 'ignore' });
try {
  await waitFor(`http://127.0.0.1:${stripePort}/__emulator/state`);
  await waitFor(`${base}/vi`);
  const products = ((await (await fetch(`${base}/api/products?locale=vi`)).json()) as { products: { sku: string; url: string; availability: string }[] }).products;
  const page = new URL(products[0]!.url).pathname;
  const madeToOrder = products.find((p) => p.availability === 'made_to_order')!.sku;
  await fetch(`${base}${page}`); // warm the cache
  const startMb = rssMb(server);
  // Memory every 10 s: a plateau is fine, a steady climb is a leak.
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(rssMb(server)), 10_000);
  let buyer = 1;

  const run = (title: string, opts: autocannon.Options) =>
    autocannon({ duration: seconds, connections: 4, ...opts }).then((r) => ({ title, r }));
  const results = await Promise.all([
    run(`GET ${page}`, { url: `${base}${page}`, overallRate: 40 }),
    run('GET /q/{SKU}', { url: `${base}/q/${products[1]!.sku}`, overallRate: 40, headers: { 'accept-language': 'en' } }),
    run('GET /api/products', { url: `${base}/api/products?locale=en`, overallRate: 10, headers: { 'x-forwarded-for': '10.1.0.1' } }),
    run('POST /api/checkout (card)', {
      url: `${base}/api/checkout`,
      method: 'POST',
      overallRate: 2,
      connections: 1,
      headers: { 'content-type': 'application/json', origin: base, 'x-forwarded-for': '10.2.0.1' },
      body: JSON.stringify({ items: [{ sku: madeToOrder, quantity: 1 }], locale: 'en', method: 'card' }),
      // Each checkout from its own address, so the per-address rate limit measures nothing here.
      requests: [{ setupRequest: (req) => ({ ...req, headers: { ...req.headers, 'x-forwarded-for': `10.2.${(buyer >> 8) & 255}.${buyer++ & 255}` } }) }],
    }),
  ]);
  clearInterval(sampler);
  const endMb = rssMb(server);

  let errors = 0;
  console.log(`Soak: ${seconds} s on ${base} (${new Date().toISOString()})`);
  for (const { title, r } of results) {
    const bad = r.errors + r.timeouts + r['5xx'];
    errors += bad;
    console.log(`  ${title.padEnd(40)} ${String(r.requests.total).padStart(6)} requests, p99 ${r.latency.p99} ms, errors ${bad} (4xx ${r['4xx']})`);
  }
  console.log(`  server memory: ${startMb.toFixed(0)} MB at start, ${endMb.toFixed(0)} MB at end; every 10 s: ${samples.map((m) => m.toFixed(0)).join(' → ')} MB`);
  console.log(errors === 0 ? '  errors: 0 ✓' : `  errors: ${errors} ✗`);
  process.exitCode = errors === 0 ? 0 : 1;
} finally {
  server.kill('SIGTERM');
  emulator.kill('SIGTERM');
}

/**
 * `npm run bench:soak`: 60 s of mixed traffic at a fixed rate on loopback — product pages, QR
 * redirects, the catalogue API and card checkouts against the Stripe emulator — then reports
 * errors (5xx or failed requests; must be 0), p99 latency per route and the server's memory at
 * start and end, with a verdict on whether it levels off; also written to bench/soak-results.md.
 * Needs a production build (`npm run build`); starts its own server and emulator.
 * SOAK_SECONDS=300 for a longer run.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
  // The load generator plays the front (deploy/nginx.conf): the X-Forwarded-For it sends is the
  // client address, so each buyer below gets its own checkout limit.
  TRUSTED_PROXY_HOPS: '1',
};

async function waitFor(url: string) {
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(url).then(
        (r) => r.status < 500,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not come up`);
}

/** Resident memory of the process tree's Next server, in MB (Linux /proc). */
function rssMb(child: ChildProcess): number {
  const root = child.pid ?? 0;
  const pids = [
    root,
    ...readFileSync(`/proc/${root}/task/${root}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number),
  ];
  return pids.reduce((sum: number, pid) => {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return sum + Number(kb ?? 0) / 1024;
  }, 0);
}

const commit = () =>
  execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();

/**
 * Memory may rise while caches fill (pages, images, V8's heap sizing) but must level off. Bounded:
 * the last third of the samples peaks no more than 15 % above the middle third's peak. Needs ≥ 6
 * samples (60 s); a longer run (SOAK_SECONDS=300) gives a firmer answer.
 */
function memoryVerdict(samples: number[]): { ok: boolean; text: string } {
  if (samples.length < 6)
    return { ok: true, text: `too few samples (${samples.length}) to judge; run longer` };
  const third = Math.floor(samples.length / 3);
  const middle = Math.max(...samples.slice(third, 2 * third));
  const last = Math.max(...samples.slice(2 * third));
  const growth = last / middle - 1;
  const ok = growth <= 0.15;
  return {
    ok,
    text: `last third peaks ${(growth * 100).toFixed(1)} % above the middle third (${middle.toFixed(0)} → ${last.toFixed(0)} MB): ${ok ? 'levels off ✓' : 'still climbing ✗'}`,
  };
}

const emulator = spawn('npx', ['tsx', 'scripts/stripe-emulator/main.ts'], { env, stdio: 'ignore' });
const server = spawn('node_modules/.bin/next', ['start', '-p', String(port)], {
  env,
  stdio: 'ignore',
});
try {
  await waitFor(`http://127.0.0.1:${stripePort}/__emulator/state`);
  await waitFor(`${base}/vi`);
  const products = (
    (await (await fetch(`${base}/api/products?locale=vi`)).json()) as {
      products: { sku: string; url: string; availability: string }[];
    }
  ).products;
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
    run('GET /q/{SKU}', {
      url: `${base}/q/${products[1]!.sku}`,
      overallRate: 40,
      headers: { 'accept-language': 'en' },
    }),
    run('GET /api/products', {
      url: `${base}/api/products?locale=en`,
      overallRate: 9, // under the catalogue limit (600/min per address)
      headers: { 'x-forwarded-for': '10.1.0.1' },
    }),
    run('POST /api/checkout (card)', {
      url: `${base}/api/checkout`,
      method: 'POST',
      overallRate: 2,
      connections: 1,
      headers: { 'content-type': 'application/json', origin: base, 'x-forwarded-for': '10.2.0.1' },
      body: JSON.stringify({
        items: [{ sku: madeToOrder, quantity: 1 }],
        locale: 'en',
        method: 'card',
      }),
      // Each checkout from its own address, so the per-address rate limit measures nothing here.
      requests: [
        {
          setupRequest: (req) => ({
            ...req,
            headers: {
              ...req.headers,
              'x-forwarded-for': `10.2.${(buyer >> 8) & 255}.${buyer++ & 255}`,
            },
          }),
        },
      ],
    }),
  ]);
  clearInterval(sampler);
  const endMb = rssMb(server);

  let errors = 0;
  const lines = [`Soak: ${seconds} s on ${base} (${new Date().toISOString()}, commit ${commit()})`];
  for (const { title, r } of results) {
    const bad = r.errors + r.timeouts + r['5xx'];
    errors += bad;
    lines.push(
      `  ${title.padEnd(40)} ${String(r.requests.total).padStart(6)} requests, p99 ${r.latency.p99} ms, errors ${bad} (4xx ${r['4xx']})`,
    );
  }
  lines.push(
    `  server memory: ${startMb.toFixed(0)} MB at start, ${endMb.toFixed(0)} MB at end; every 10 s: ${samples.map((m) => m.toFixed(0)).join(' → ')} MB`,
  );
  const memory = memoryVerdict(samples);
  lines.push(`  memory: ${memory.text}`);
  lines.push(errors === 0 ? '  errors: 0 ✓' : `  errors: ${errors} ✗`);
  const report = lines.join('\n');
  console.log(report);
  writeFileSync(
    path.join('bench', 'soak-results.md'),
    `# \`npm run bench:soak\`\n\n\`\`\`\n${report}\n\`\`\`\n`,
  );
  process.exitCode = errors === 0 && memory.ok ? 0 : 1;
} finally {
  server.kill('SIGTERM');
  emulator.kill('SIGTERM');
}

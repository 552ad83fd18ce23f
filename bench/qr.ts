/**
 * `npm run bench:qr`: redirects per second and p99 latency of /q/{SKU} against the production
 * server on loopback (start it first: `npm run build && TRUSTED_PROXY_HOPS=0 npm run start`, or set
 * BENCH_URL).
 * A script, not a test: it prints figures and asserts nothing.
 */
import autocannon from 'autocannon';

const base = process.env.BENCH_URL ?? 'http://localhost:3000';
const sku = process.env.BENCH_SKU ?? 'PV-0001';
const duration = Number(process.env.BENCH_SECONDS ?? 10);

const probe = await fetch(`${base}/q/${sku}`, { redirect: 'manual' }).catch(() => undefined);
if (probe?.status !== 307) {
  console.error(
    `Expected 307 from ${base}/q/${sku}, got ${probe?.status ?? 'no answer'}. Is the production server running?`,
  );
  process.exit(1);
}

const result = await autocannon({
  url: `${base}/q/${sku}`,
  connections: 20,
  duration,
  // Real scanners send a browser user agent; these scans are counted like real ones.
  headers: { 'accept-language': 'en-US,en;q=0.9', 'user-agent': 'Mozilla/5.0 (bench)' },
});

console.log(`/q/${sku} on ${base}, ${duration} s, 20 connections`);
console.log(
  `  requests/s: ${result.requests.average.toFixed(0)} (min ${result.requests.min}, max ${result.requests.max})`,
);
console.log(
  `  latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
);
console.log(
  `  non-3xx answers: ${result.non2xx - result['3xx']}, errors: ${result.errors}, timeouts: ${result.timeouts}`,
);

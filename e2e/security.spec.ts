import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { stripeSecrets } from '../playwright.config';
import { rendersPerRequest } from '../lib/csp';
import { catalogue } from './helpers';

const REQUIRED = [
  'content-security-policy',
  'strict-transport-security',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
];

test('security headers on every route type', async ({ request }) => {
  const [p] = await catalogue(request, 'vi');
  const paths = [
    '/vi',
    '/en/villages',
    `/vi/products/${p!.slug}`,
    '/vi/products?sort=name',
    '/vi/labels',
    '/vi/cart',
    '/vi/khong-co',
    `/qr/${p!.sku}.svg`,
    `/qr/${p!.sku}.png`,
    '/api/products?locale=en',
    '/api/products?locale=xx',
  ];
  for (const url of paths) {
    const res = await request.get(url, { maxRedirects: 0 });
    const h = res.headers();
    for (const name of REQUIRED) expect(h[name], `${name} on ${url}`).toBeTruthy();
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(h['content-security-policy']).toContain("object-src 'none'");
    expect(h['content-security-policy']).not.toMatch(/script-src[^;]*(\*|https?:)/);
  }
  const post = await request.post('/api/checkout', { data: '{}' });
  expect(post.headers()['content-security-policy']).toBeTruthy();
});

const nonceOf = (policy: string | undefined) => /'nonce-([^']+)'/.exec(policy ?? '')?.[1];

test('pages rendered per request carry a fresh nonce policy; prerendered pages never do', async ({
  request,
}) => {
  // A prerendered page's cached HTML has no nonce: a nonce policy would block its scripts.
  const manifest = JSON.parse(readFileSync('.next/prerender-manifest.json', 'utf8')) as {
    routes: Record<string, unknown>;
  };
  const prerendered = Object.keys(manifest.routes);
  expect(prerendered.length).toBeGreaterThan(50);
  for (const route of prerendered) expect(rendersPerRequest(route), route).toBe(false);

  const perRequest = [
    '/vi/cart',
    '/en/search?q=may',
    '/vi/products?sort=name',
    '/vi/labels',
    '/desk/login',
    '/en/tours/mot-ngay-may-tre-phu-nghia/booked?ref=TB-2026-000001',
  ];
  for (const url of perRequest) {
    const [a, b] = [await request.get(url), await request.get(url)];
    const policy = a.headers()['content-security-policy'];
    const nonce = nonceOf(policy);
    expect(nonce, `${url}: ${policy}`).toMatch(/^[A-Za-z0-9+/]{24}$/);
    expect(
      nonceOf(b.headers()['content-security-policy']),
      `${url}: a new nonce per response`,
    ).not.toBe(nonce);
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'; /);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    const tags = (await a.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length, url).toBeGreaterThan(3);
    for (const tag of tags) expect(tag, url).toContain(`nonce="${nonce}"`);
  }

  const static_ = await request.get('/vi');
  expect(static_.headers()['content-security-policy']).toContain(
    "script-src 'self' 'unsafe-inline'",
  );
  expect(nonceOf(static_.headers()['content-security-policy'])).toBeUndefined();
});

test('under the nonce policy the cart works, and a script injected into the page does not run', async ({
  page,
  request,
}) => {
  const [product] = await catalogue(request, 'en');
  await page.addInitScript((sku) => {
    window.localStorage.setItem('cm-cart-v1', JSON.stringify([{ sku, quantity: 1 }]));
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { violations: string[] }).violations.push(e.effectiveDirective),
    );
  }, product!.sku);
  // Stand-in for an injection bug: the cart's HTML, as served (headers kept), plus an inline script.
  await page.route('**/en/cart', async (route) => {
    const res = await route.fetch();
    const body = (await res.text()).replace(
      '</body>',
      '<script>window.injected = true</script></body>',
    );
    await route.fulfill({ response: res, body });
  });
  await page.goto('/en/cart');
  // The line comes from localStorage: only the hydrated client component can show it.
  await expect(page.getByRole('main').getByRole('link', { name: product!.name })).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { injected?: boolean }).injected),
  ).toBeUndefined();
  expect(
    await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
  ).toEqual(['script-src-elem']);
});

/** Every file under dir, recursively. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

test('no server secret reaches the browser: not in .next/static, not in any prerendered HTML', () => {
  // scripts/test.sh builds with these fake values set (see playwright.config.ts stripeSecrets).
  const secrets = [stripeSecrets.key, stripeSecrets.webhook];
  const shipped = [
    ...files('.next/static'),
    ...files('.next/server/app').filter((f) => /\.(html|rsc|body)$/.test(f)),
  ];
  expect(shipped.length).toBeGreaterThan(50);
  for (const file of shipped) {
    const text = readFileSync(file, 'latin1');
    for (const secret of secrets) expect(text.includes(secret), `${secret} in ${file}`).toBe(false);
  }
});

test('a malformed environment variable stops the production server at startup, naming it', () => {
  const run = spawnSync('npx', ['next', 'start', '-p', '3191'], {
    env: { ...process.env, SITE_URL: 'not a url' },
    encoding: 'utf8',
    timeout: 30_000,
  });
  expect(run.status, run.stderr + run.stdout).toBe(1);
  expect(run.stderr + run.stdout).toContain('SITE_URL: must be an absolute http(s) URL');
});

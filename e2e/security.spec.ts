import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { stripeSecrets } from '../playwright.config';
import { catalogue } from './helpers';

const REQUIRED = ['content-security-policy', 'strict-transport-security', 'x-content-type-options', 'referrer-policy', 'permissions-policy'];

test('security headers on every route type', async ({ request }) => {
  const [p] = await catalogue(request, 'vi');
  const paths = ['/vi', '/en/villages', `/vi/products/${p!.slug}`, '/vi/products?sort=name', '/vi/labels', '/vi/cart', '/vi/khong-co', `/qr/${p!.sku}.svg`, `/qr/${p!.sku}.png`, '/api/products?locale=en', '/api/products?locale=xx'];
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
  const shipped = [...files('.next/static'), ...files('.next/server/app').filter((f) => /\.(html|rsc|body)$/.test(f))];
  expect(shipped.length).toBeGreaterThan(50);
  for (const file of shipped) {
    const text = readFileSync(file, 'latin1');
    for (const secret of secrets) expect(text.includes(secret), `${secret} in ${file}`).toBe(false);
  }
});

test('a malformed environment variable stops the production server at startup, naming it', () => {
  const run = spawnSync('npx', ['next', 'start', '-p', '3191'], { env: { ...process.env, SITE_URL: 'not a url' }, encoding: 'utf8', timeout: 30_000 });
  expect(run.status, run.stderr + run.stdout).toBe(1);
  expect(run.stderr + run.stdout).toContain('SITE_URL: must be an absolute http(s) URL');
});

import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { catalogue, locales, villageSlugs } from './helpers';

/** Pages are built with the build's SITE_URL; the tests compare and fetch paths only. */
const pathOf = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};

async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const res = await request.get('/sitemap.xml');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('xml');
  const xml = await res.text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => pathOf(m[1] ?? ''));
}

async function hreflangs(page: Page): Promise<Record<string, string>> {
  const links = await page
    .locator('head link[rel="alternate"][hreflang]')
    .evaluateAll((els) =>
      els.map((el) => [el.getAttribute('hreflang') ?? '', el.getAttribute('href') ?? ''] as const),
    );
  return Object.fromEntries(links.map(([lang, href]) => [lang, pathOf(href)]));
}

function pngSize(body: Buffer): { width: number; height: number } {
  expect(body.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

test('robots.txt keeps crawlers out of the desk, APIs and buyer pages and names the sitemap', async ({
  request,
}) => {
  const res = await request.get('/robots.txt');
  expect(res.status()).toBe(200);
  const text = await res.text();
  for (const path of ['/desk', '/api/', '/*/cart', '/*/checkout', '/*/orders'])
    expect(text).toContain(`Disallow: ${path}`);
  expect(text).toMatch(/Sitemap: https?:\/\/[^\s]+\/sitemap\.xml/);
});

test('the sitemap lists every page of both locales, and each answers 200', async ({ request }) => {
  const listed = await sitemapPaths(request);
  const villages = await villageSlugs(request);
  for (const locale of locales) {
    const products = await catalogue(request, locale);
    const expected = [
      `/${locale}`,
      `/${locale}/villages`,
      `/${locale}/products`,
      ...villages.map((v) => `/${locale}/villages/${v}`),
      ...products.map((p) => pathOf(p.url)),
    ];
    for (const path of expected) expect(listed, path).toContain(path);
  }
  expect(
    listed.filter((p) => /\/(cart|checkout|orders|labels)(\/|$)|^\/(api|desk)/.test(p)),
  ).toEqual([]);
  for (const path of listed) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(200);
  }
});

test('hreflang pairs are reciprocal and each page is its own canonical', async ({
  page,
  request,
}) => {
  const [product] = await catalogue(request, 'vi');
  const [village] = await villageSlugs(request);
  for (const path of [
    '',
    '/villages',
    `/villages/${village}`,
    '/products',
    `/products/${product?.slug}`,
  ]) {
    const seen: Record<string, Record<string, string>> = {};
    for (const locale of locales) {
      await page.goto(`/${locale}${path}`);
      const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href');
      expect(pathOf(canonical ?? 'http://x/none')).toBe(`/${locale}${path}`);
      seen[locale] = await hreflangs(page);
      expect(seen[locale]).toEqual({
        vi: `/vi${path}`,
        en: `/en${path}`,
        'x-default': `/vi${path}`,
      });
    }
    expect(seen.vi).toEqual(seen.en);
  }
});

for (const locale of locales) {
  test(`product pages carry Product JSON-LD with price, VND and availability in ${locale}`, async ({
    request,
  }) => {
    const products = await catalogue(request, locale);
    for (const p of products) {
      const html = await (await request.get(pathOf(p.url))).text();
      const blocks = [
        ...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g),
      ].map((m) => JSON.parse(m[1] ?? '') as { '@graph'?: Record<string, unknown>[] });
      const nodes = blocks.flatMap((b) => b['@graph'] ?? [b]);
      const product = nodes.find((n) => n['@type'] === 'Product') as
        | {
            name: string;
            sku: string;
            offers: { price: number; priceCurrency: string; availability: string };
          }
        | undefined;
      expect(product, p.slug).toBeDefined();
      expect(product?.sku).toBe(p.sku);
      expect(product?.offers.price).toBe(p.priceVnd);
      expect(product?.offers.priceCurrency).toBe('VND');
      expect(product?.offers.availability).toMatch(
        /^https:\/\/schema\.org\/(InStock|OutOfStock|MadeToOrder)$/,
      );
      if (p.availability === 'made_to_order')
        expect(product?.offers.availability).toBe('https://schema.org/MadeToOrder');
      expect(nodes.some((n) => n['@type'] === 'BreadcrumbList')).toBe(true);
    }
  });
}

test('Open Graph images are 1200×630 PNGs, for a product, a village and the site', async ({
  page,
  request,
}) => {
  const [product] = await catalogue(request, 'vi');
  const [village] = await villageSlugs(request);
  for (const path of [`/vi/products/${product?.slug}`, `/en/villages/${village}`, '/en']) {
    await page.goto(path);
    const og = page.locator('head meta[property="og:image"]').first();
    await expect(og).toHaveAttribute('content', /opengraph-image/);
    const res = await request.get(pathOf((await og.getAttribute('content')) ?? ''));
    expect(res.status(), path).toBe(200);
    expect(res.headers()['content-type']).toBe('image/png');
    expect(pngSize(await res.body())).toEqual({ width: 1200, height: 630 });
  }
});

test('the web app manifest names the site in Vietnamese and has PNG icons', async ({ request }) => {
  const res = await request.get('/manifest.webmanifest');
  expect(res.status()).toBe(200);
  const manifest = (await res.json()) as {
    name: string;
    short_name: string;
    icons: { src: string }[];
  };
  expect(manifest.name).toBe('Làng nghề Chương Mỹ');
  for (const icon of manifest.icons)
    expect((await request.get(icon.src)).headers()['content-type']).toBe('image/png');
});

test('the worker precaches only the icons: a first scan on a weak signal downloads nothing twice', () => {
  const sw = readFileSync('public/sw.js', 'utf8');
  const precached = [...sw.matchAll(/url:\s*"([^"]+)"/g)].map((m) => m[1]);
  expect(precached.length).toBeGreaterThan(0);
  for (const url of precached) expect(url).toMatch(/^\/icons\/[\w-]+\.png$/);
});

test('a product page once opened shows again without signal (also by scanning its label again), and its village is cached after the first scan', async ({
  browser,
  request,
}) => {
  const products = await catalogue(request, 'vi');
  const first = products[0];
  expect(first).toBeDefined();
  const path = pathOf(first?.url ?? '');
  // The worker warms the first products its village page links to; take one of those.
  const villageHtml = await (await request.get(`/vi/villages/${first?.village}`)).text();
  const siblingPath = [...villageHtml.matchAll(/href="(\/vi\/products\/[a-z0-9-]+)"/g)]
    .map((m) => m[1])
    .find((p) => p !== path);
  const sibling = products.find((p) => pathOf(p.url) === siblingPath);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(path);
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      timeout: 30_000,
    })
    .toBe(true);
  const cached = (p: string) =>
    page.evaluate(async (u) => (await caches.match(u, { ignoreVary: true })) !== undefined, p);
  // The first scan loaded the page before the worker existed; it stores the page when it takes over.
  await expect.poll(() => cached(path), { timeout: 30_000 }).toBe(true);
  await expect.poll(() => cached(`/vi/villages/${first?.village}`), { timeout: 30_000 }).toBe(true);
  if (sibling) await expect.poll(() => cached(pathOf(sibling.url)), { timeout: 30_000 }).toBe(true);

  // The cart is kept with the shell so that it opens without signal (the basket itself is in
  // localStorage); buyer pages (checkout, orders) never are.
  await expect.poll(() => cached('/vi/cart'), { timeout: 30_000 }).toBe(true);
  expect(await cached('/vi/checkout/success')).toBe(false);

  await context.setOffline(true);
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first?.name ?? '');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first?.name ?? '');
  // It says it is a saved copy whose stock may have changed, and every photo is there.
  await expect(page.getByRole('status').filter({ hasText: 'Bạn đang ngoại tuyến' })).toHaveText(
    'Bạn đang ngoại tuyến: đây là bản đã lưu của trang, số lượng còn hàng có thể đã thay đổi.',
  );
  const broken = await page.evaluate(() =>
    [...document.querySelectorAll('main img')]
      .filter(
        (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth === 0,
      )
      .map((img) => (img as HTMLImageElement).currentSrc),
  );
  expect(broken).toEqual([]);
  // Not a bare copy: its styles and scripts came from the worker too (the button works offline).
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(
    'rgba(0, 0, 0, 0)',
  );
  if (first?.availability !== 'sold_out') {
    await page.getByRole('button', { name: 'Thêm vào giỏ' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã thêm vào giỏ' })).toBeVisible();
  }
  // Scanning the printed label again without signal opens the stored page.
  await page.goto(`/Q/${first?.sku}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first?.name ?? '');
  if (sibling) {
    await page.goto(pathOf(sibling.url));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(sibling.name);
  }
  await page.goto('/vi/cart');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Giỏ hàng');
  await expect(page.getByRole('status').filter({ hasText: 'Bạn đang ngoại tuyến' })).toContainText(
    'giỏ hàng vẫn được giữ trên điện thoại này',
  );
  // A page never opened: the offline page, listing by name what this phone has kept.
  await page.goto('/vi/news');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không có kết nối');
  const saved = page.getByTestId('saved-pages');
  await expect(saved.getByRole('link', { name: first?.name ?? '' })).toHaveAttribute('href', path);
  await saved.getByRole('link', { name: first?.name ?? '' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first?.name ?? '');
  await context.close();
});

test.describe('accessibility: language and visible focus on every page type', () => {
  for (const locale of locales) {
    test(`<html lang> is ${locale} and keyboard focus is always visible`, async ({
      page,
      request,
    }) => {
      const [product] = await catalogue(request, locale);
      const [village] = await villageSlugs(request);
      const paths = [
        '',
        '/villages',
        `/villages/${village}`,
        '/products',
        `/products/${product?.slug}`,
        '/cart',
        '/khong-co-trang-nay',
      ];
      for (const path of paths) {
        await page.goto(`/${locale}${path}`);
        await expect(page.locator('html'), path).toHaveAttribute('lang', locale);
        // The first stops of a keyboard walk: the skip link, the header, the page's own controls.
        for (let i = 0; i < 8; i++) {
          await page.keyboard.press('Tab');
          const focus = await page.evaluate(() => {
            const el = document.activeElement;
            if (!el || el === document.body) return undefined;
            const s = getComputedStyle(el);
            const r = el.getBoundingClientRect();
            return {
              what: `${el.tagName} ${el.textContent?.trim().slice(0, 30)}`,
              outline: s.outlineStyle,
              width: parseFloat(s.outlineWidth),
              visible: r.width > 1 && r.height > 1,
            };
          });
          if (!focus) continue;
          expect(focus.visible, `${path}: ${focus.what}`).toBe(true);
          expect(focus.outline, `${path}: ${focus.what}`).not.toBe('none');
          expect(focus.width, `${path}: ${focus.what}`).toBeGreaterThanOrEqual(2);
        }
      }
    });
  }
});

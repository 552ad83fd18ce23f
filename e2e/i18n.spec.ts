import { expect, test } from '@playwright/test';
import { catalogue } from './helpers';

test.describe('language', () => {
  for (const [header, locale] of [
    ['vi-VN,vi;q=0.9', 'vi'],
    ['en-US,en;q=0.9', 'en'],
    ['fr-FR,fr;q=0.9', 'en'],
  ] as const) {
    test(`/ with Accept-Language ${header} redirects to /${locale}`, async ({ request }) => {
      const res = await request.get('/', {
        headers: { 'accept-language': header },
        maxRedirects: 0,
      });
      expect(res.status()).toBe(307);
      expect(new URL(res.headers().location ?? '', 'http://x').pathname).toBe(`/${locale}`);
    });
  }

  test('the language switcher keeps the visitor on the same page', async ({ page, request }) => {
    const [product] = await catalogue(request, 'vi');
    await page.goto(`/vi/products/${product?.slug}`);
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(new RegExp(`/en/products/${product?.slug}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('link', { name: 'Tiếng Việt' }).click();
    await expect(page).toHaveURL(new RegExp(`/vi/products/${product?.slug}$`));
  });

  test("a label scan follows the visitor's own choice of language, not a link they followed", async ({
    browser,
    request,
  }) => {
    const [product] = await catalogue(request, 'vi');
    const english = `/en/products/${product!.slug}`;
    // Pages set no cookie, also in the other language than the browser's (next-intl's default did),
    // so a shared cache may keep them as they are.
    for (const [path, language] of [
      [english, 'vi-VN'],
      ['/vi', 'en-US'],
      [`/vi/products/${product!.slug}`, 'en-US'],
    ] as const) {
      const res = await request.get(path, {
        headers: { 'accept-language': language, 'sec-fetch-dest': 'document' },
      });
      expect(res.status(), path).toBe(200);
      expect(res.headers()['set-cookie'], path).toBeUndefined();
    }

    const context = await browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    // A Vietnamese buyer opens an English link someone shared: their next scan is still Vietnamese.
    await page.goto(english);
    await page.goto(`/q/${product!.sku}`);
    await expect(page).toHaveURL(new RegExp(`/vi/products/${product!.slug}$`));
    // They choose English themselves: scans and / follow that choice, until they choose again.
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(new RegExp(`${english}$`));
    await page.goto(`/q/${product!.sku}`);
    await expect(page).toHaveURL(new RegExp(`${english}$`));
    await page.goto('/');
    await expect(page).toHaveURL(/\/en$/);
    await page.getByRole('link', { name: 'Tiếng Việt' }).click();
    await page.goto(`/q/${product!.sku}`);
    await expect(page).toHaveURL(new RegExp(`/vi/products/${product!.slug}$`));
    await context.close();
  });

  test('a product without an English file shows the Vietnamese text with a note, not a 404', async ({
    page,
    request,
  }) => {
    const vi = await catalogue(request, 'vi');
    const en = await catalogue(request, 'en');
    const untranslated = en.find((p) => vi.find((v) => v.sku === p.sku)?.name === p.name);
    expect(untranslated, 'sample content keeps one product untranslated on purpose').toBeDefined();
    const res = await page.goto(`/en/products/${untranslated?.slug}`);
    expect(res?.status()).toBe(200);
    await expect(page.getByRole('note')).toHaveText(/not been translated yet/);
  });
});

test.describe('not found', () => {
  // Without JavaScript: the 404 must be in the HTML itself (a page's own notFound() is an empty
  // document until scripts run, which on a weak signal is a blank screen).
  test.use({ javaScriptEnabled: false });

  for (const [locale, title] of [
    ['vi', 'Không tìm thấy trang'],
    ['en', 'Page not found'],
  ] as const) {
    test(`unknown product, village, news item, tour, artisan and path in ${locale} → localized 404, readable without JavaScript`, async ({
      page,
    }) => {
      const paths = [
        'products/khong-co-san-pham',
        'villages/khong-co',
        'news/khong-co',
        'tours/khong-co',
        'tours/khong-co/booked',
        'artisans/khong-co',
        'abc/def',
        'not-found',
      ];
      for (const path of paths.map((p) => `/${locale}/${p}`)) {
        const res = await page.goto(path);
        expect(res?.status(), path).toBe(404);
        expect(new URL(page.url()).pathname, 'the address stays as typed').toBe(path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
        // One document for every unknown address: no earlier visitor's address inside it, cached briefly.
        expect(await page.content(), path).not.toMatch(/khong-co|abc\/def/);
        expect(res?.headers()['cache-control'], path).toBe('public, max-age=0, s-maxage=300');
      }
    });
  }

  test('an unknown locale is a 404, not a crash', async ({ request }) => {
    const res = await request.get('/de/products', { maxRedirects: 0 });
    expect([307, 404]).toContain(res.status());
  });
});

test.describe('catalogue filters', () => {
  test.use({ javaScriptEnabled: false });

  test('filter and sort work without JavaScript', async ({ page }) => {
    await page.goto('/en/products');
    // Behind one button until a filter is in use (the pieces come first on a phone).
    await expect(page.getByLabel('Sort by')).toBeHidden();
    await page.getByText('Filter and sort', { exact: true }).click();
    await page.getByLabel('Sort by').selectOption('price-asc');
    await page.getByLabel('Price from (₫)').fill('100000');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/sort=price-asc/);
    await expect(page.getByText('Filter and sort · 2 in use')).toBeVisible();
    await expect(page.getByLabel('Sort by')).toHaveValue('price-asc');
    // Each card's price, as the buyer reads it (a <data> element holds the amount).
    const prices = await page.locator('main article data').allTextContents();
    const numbers = prices.map((p) => Number(p.replace(/\D/g, '')));
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(100000);
  });

  test('the catalogue comes in pages of 24, walked without JavaScript, the filter and order kept', async ({
    page,
    request,
  }) => {
    const all = await catalogue(request, 'en');
    expect(all.length, 'the sample catalogue fills more than one page').toBeGreaterThan(24);
    const pages = Math.ceil(all.length / 24);
    await page.goto('/en/products?sort=price-asc');
    const seen: string[] = [];
    const prices: number[] = [];
    for (let n = 1; n <= pages; n++) {
      const nav = page.getByRole('navigation', { name: 'Catalogue pages' });
      await expect(nav.locator('[aria-current="page"]')).toHaveText(`Page ${n} of ${pages}`);
      await expect(page.getByRole('status')).toHaveText(`${all.length} products`);
      const cards = page.locator('main article');
      expect(await cards.count()).toBe(n < pages ? 24 : all.length - 24 * (pages - 1));
      seen.push(
        ...(await cards
          .locator('h2 a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href')!))),
      );
      prices.push(
        ...(await cards.locator('data').allTextContents()).map((p) => Number(p.replace(/\D/g, ''))),
      );
      await expect(nav.getByRole('link', { name: 'Previous page' })).toHaveCount(n > 1 ? 1 : 0);
      if (n < pages) {
        await nav.getByRole('link', { name: 'Next page' }).click();
        await expect(page).toHaveURL(new RegExp(`\\?sort=price-asc&page=${n + 1}$`));
      } else {
        await expect(nav.getByRole('link', { name: 'Next page' })).toHaveCount(0);
      }
    }
    expect(new Set(seen).size, 'each product on exactly one page').toBe(all.length);
    expect(seen.sort()).toEqual(all.map((p) => new URL(p.url).pathname).sort());
    expect(prices, 'a price on every card').toHaveLength(all.length);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    // A page past the end shows the last one; nonsense shows the first.
    await page.goto('/en/products?page=999');
    await expect(page.locator('[aria-current="page"]')).toHaveText(`Page ${pages} of ${pages}`);
    expect((await page.goto('/en/products?page=abc'))?.status()).toBe(200);
    await expect(page.locator('[aria-current="page"]')).toHaveText(`Page 1 of ${pages}`);
  });

  test('nonsense filter values are ignored', async ({ page }) => {
    const res = await page.goto('/vi/products?village=%27%3B--&min=abc&sort=xyz&craft=');
    expect(res?.status()).toBe(200);
    await expect(page.getByRole('status')).toHaveText(/\d+ sản phẩm/);
  });
});

test('catalogue API rejects an unknown locale with a message', async ({ request }) => {
  const res = await request.get('/api/products?locale=fr');
  expect(res.status()).toBe(400);
  expect((await res.json()).error.message).toMatch(/vi or en/);
});

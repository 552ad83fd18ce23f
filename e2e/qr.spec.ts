import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { baseURL } from '../playwright.config';
import { signedInRep, twoVillages } from './desk-helpers';
import { catalogue } from './helpers';

const databasePath = process.env.DATABASE_PATH ?? 'data/shop.db';

function scansOf(sku: string): number {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare('select coalesce(sum(count), 0) as n from scans where sku = ?')
      .get(sku) as { n: number };
    return row.n;
  } finally {
    db.close();
  }
}

test('every printed code opens its product in the scanner’s language', async ({ request }) => {
  test.setTimeout(120_000);
  const products = await catalogue(request, 'en');
  for (const p of products) {
    const png = PNG.sync.read(await (await request.get(`/qr/${p.sku}.png`)).body());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? '';
    expect(decoded).toBe(`${baseURL}/Q/${p.sku}`.toUpperCase());
    for (const [language, locale] of [
      ['en-US,en;q=0.9', 'en'],
      ['vi-VN,vi;q=0.9', 'vi'],
    ] as const) {
      const res = await request.get(decoded, {
        headers: { 'accept-language': language, 'user-agent': 'e2e-bot' },
        maxRedirects: 0,
      });
      expect(res.status(), decoded).toBe(307);
      expect(res.headers().location).toMatch(
        new RegExp(`^(${baseURL})?/${locale}/products/${p.slug}$`),
      );
      // A bare redirect, kept by no cache (the language is the scanner's, and each scan counts).
      expect((await res.body()).length, decoded).toBe(0);
      expect(res.headers()['cache-control']).toMatch(/no-store/);
    }
  }
});

test('a scanned code lands on the product page in Chromium, in the phone’s language', async ({
  browser,
  request,
}) => {
  const [p] = await catalogue(request, 'vi');
  for (const locale of ['vi-VN', 'en-US']) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto(`/q/${p!.sku.toLowerCase()}`);
    await expect(page).toHaveURL(new RegExp(`/${locale.slice(0, 2)}/products/${p!.slug}$`));
    await expect(page.getByText(p!.sku, { exact: true })).toBeVisible();
    await context.close();
  }
});

test('the NEXT_LOCALE cookie wins over Accept-Language', async ({ request }) => {
  const [p] = await catalogue(request, 'vi');
  const res = await request.get(`/Q/${p!.sku}`, {
    headers: { cookie: 'NEXT_LOCALE=en', 'accept-language': 'vi-VN' },
    maxRedirects: 0,
  });
  expect(res.headers().location).toMatch(new RegExp(`/en/products/${p!.slug}$`));
});

test('a renamed product: old URL answers 308 to the new one, the short link follows the current slug', async ({
  request,
}) => {
  const products = await catalogue(request, 'vi');
  // Sample content renames one product: see content/ (redirectFrom: [gio-may-cu]).
  const old = await request.get('/vi/products/gio-may-cu', { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  const target = new URL(old.headers().location ?? '', baseURL).pathname;
  const renamed = products.find((p) => `/vi/products/${p.slug}` === target);
  expect(renamed, `${old.status()} ${old.headers().location} → ${target}`).toBeDefined();
  const short = await request.get(`/q/${renamed!.sku}`, {
    headers: { 'accept-language': 'vi' },
    maxRedirects: 0,
  });
  expect(short.headers().location).toMatch(new RegExp(`/vi/products/${renamed!.slug}$`));
});

test('an unknown code is a localized 404 that offers the catalogue', async ({ page }) => {
  const res = await page.goto('/q/XX-9999');
  expect(res?.status()).toBe(404);
  await expect(
    page.getByRole('link', { name: /Browse the product catalogue|Xem danh mục sản phẩm/ }),
  ).toBeVisible();
});

test.describe('a withdrawn product’s label, scanned on a weak signal', () => {
  // No scripts at all: the 404 and its way on to the catalogue are in the HTML.
  test.use({ javaScriptEnabled: false, locale: 'vi-VN' });

  test('shows the 404 page in the scanner’s language without JavaScript', async ({
    page,
    request,
  }) => {
    // Sample content keeps one product unpublished (content/products/truong-yen/ong-tre-dung-dua.mdx).
    const withdrawn = 'TY-0007';
    expect((await catalogue(request, 'vi')).some((p) => p.sku === withdrawn)).toBe(false);
    const res = await page.goto(`/q/${withdrawn}`);
    expect(res?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
    await page.getByRole('link', { name: 'Xem danh mục sản phẩm' }).click();
    await expect(page).toHaveURL(/\/vi\/products$/);
    expect(scansOf(withdrawn)).toBe(0);
    // HEAD, as some scanner apps check a link first: the same status.
    expect((await request.head(`/Q/${withdrawn.toLowerCase()}`)).status()).toBe(404);
  });
});

const hostile = [
  '//evil.example',
  '/%2F%2Fevil.example',
  '/%2f%2fevil.example',
  '/\\evil.example',
  '/%5C%5Cevil.example',
  '/\\\\evil.example',
  '/..%2F..%2Fevil.example',
  '/../../evil.example',
  '/https://evil.example',
  '/https:%2F%2Fevil.example',
  '/%0d%0aLocation:%20https://evil.example',
  '/PV-0001%0d%0aLocation:%20//evil.example',
  '/%00',
  '/PV-0001%00',
  '/%09//evil.example',
  '/@evil.example',
  '/PV-0001@evil.example',
  '/PV-0001/..%2F..%2F%2Fevil.example',
  '/PV-0001?next=//evil.example',
  '/PV-0001#//evil.example',
  '/%E2%80%AE',
  '/%C0%AE%C0%AE%2F',
  '/PV-0001/%2e%2e/%2e%2e//evil.example',
  '/ /evil.example',
  '/%20//evil.example',
  '/javascript:alert(1)',
  '/data:text/html,x',
  '/evil.example%2F',
  '/;//evil.example',
  '/PV-0001;//evil.example',
  '/%252F%252Fevil.example',
  '/.evil.example',
  '/' + 'A'.repeat(3000),
];

test(`${hostile.length} hostile short links never redirect off-site`, async ({ request }) => {
  expect(hostile.length).toBeGreaterThanOrEqual(30);
  for (const prefix of ['/q', '/Q']) {
    for (const tail of hostile) {
      const res = await request.get(`${baseURL}${prefix}${tail}`, {
        maxRedirects: 0,
        failOnStatusCode: false,
      });
      expect(res.status(), tail).toBeLessThan(500);
      const location = res.headers().location;
      if (location)
        expect(new URL(location, baseURL).origin, `${prefix}${tail} → ${location}`).toBe(baseURL);
    }
  }
});

test('scans are counted: N GETs → N, HEAD and link-preview bots → none', async ({ request }) => {
  const products = await catalogue(request, 'vi');
  const sku = products.at(-1)!.sku;
  const before = scansOf(sku);
  for (let i = 0; i < 5; i++) {
    const res = await request.get(`/q/${sku}`, {
      maxRedirects: 0,
      headers: { 'user-agent': 'Mozilla/5.0 (Linux; Android 14) Mobile' },
    });
    expect(res.status()).toBe(307);
  }
  expect((await request.head(`/q/${sku}`, { maxRedirects: 0 })).status()).toBe(307);
  for (const bot of ['facebookexternalhit/1.1', 'WhatsApp/2.23', 'TelegramBot (like TwitterBot)']) {
    expect(
      (
        await request.get(`/q/${sku}`, { maxRedirects: 0, headers: { 'user-agent': bot } })
      ).status(),
    ).toBe(307);
  }
  await expect.poll(() => scansOf(sku), { timeout: 5_000 }).toBe(before + 5);
  // Give late writes a moment, then confirm the bots and the HEAD really were not counted.
  await new Promise((r) => setTimeout(r, 500));
  expect(scansOf(sku)).toBe(before + 5);
});

test('QR images: SVG and PNG, long-lived cache, bad size → 400', async ({ request }) => {
  const [p] = await catalogue(request, 'vi');
  const svg = await request.get(`/qr/${p!.sku}.svg`);
  expect(svg.headers()['content-type']).toContain('image/svg+xml');
  expect(svg.headers()['cache-control']).toContain('max-age=31536000');
  const png = await request.get(`/qr/${p!.sku.toLowerCase()}.png?size=256`);
  expect(png.headers()['content-type']).toBe('image/png');
  expect(PNG.sync.read(await png.body()).width).toBe(256);
  for (const size of ['12', '5000', 'big']) {
    const bad = await request.get(`/qr/${p!.sku}.png?size=${size}`);
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.message).toMatch(/size must be/);
  }
  expect((await request.get('/qr/XX-0000.svg')).status()).toBe(404);
});

test('label sheet: one label per product of a village, A4, QR ≥ 20 mm, no site chrome in print', async ({
  page,
  request,
}) => {
  const products = await catalogue(request, 'vi');
  const village = products[0]!.village;
  await page.goto(`/vi/labels?village=${village}`);
  const labels = page.locator('.label');
  await expect(labels).toHaveCount(products.filter((p) => p.village === village).length);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('button', { name: 'In tem' })).toBeHidden();
  // 96 CSS px per inch, 25.4 mm per inch.
  const qrWidthMm =
    ((await page.locator('.label-qr').first().boundingBox())?.width ?? 0) * (25.4 / 96);
  expect(qrWidthMm).toBeGreaterThanOrEqual(20);
  const first = labels.first();
  await expect(first).toContainText(products[0]!.sku);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
});

// The product page no longer offers the label (buyers land there; issue 24): the sheet is reached by its address.
test('label sheet for chosen SKUs (repeated ?sku=)', async ({ page, request }) => {
  const [a, b] = await catalogue(request, 'en');
  await page.goto(`/en/labels?sku=${a!.sku}`);
  await expect(page.locator('.label')).toHaveCount(1);
  await page.goto(`/en/labels?sku=${a!.sku}&sku=${b!.sku.toLowerCase()}&sku=NOPE-1`);
  await expect(page.locator('.label')).toHaveCount(2);
  await expect(page.locator('.label').nth(1)).toContainText(b!.name);
  // Each code as a file too, for a label of one's own design.
  await page.getByText('Download each QR code').click();
  await expect(page.getByRole('link', { name: `Download SVG ${a!.sku}` })).toHaveAttribute(
    'href',
    `/qr/${a!.sku}.svg`,
  );
});

test('the price is printed only when the sheet asks for it; the printer offset comes from the shop settings', async ({
  page,
  request,
}) => {
  const [a] = await catalogue(request, 'vi');
  const price = new Intl.NumberFormat('vi-VN').format(a!.priceVnd);
  await page.goto(`/vi/labels?sku=${a!.sku}`);
  await expect(page.locator('.label')).not.toContainText(price);
  await page.getByLabel('In kèm giá').check();
  await page.getByRole('button', { name: 'Xem tem' }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]price=1`));
  await expect(page.locator('.label')).toHaveCount(1);
  await expect(page.locator('.label')).toContainText(price);
  await expect(page.getByLabel('In kèm giá')).toBeChecked();
  // content/settings/shop.yml keeps the sample's printer at 0 × 0 mm: the sheet is not moved.
  await expect(page.locator('.label-sheet')).toHaveAttribute(
    'style',
    '--label-offset-x:0mm;--label-offset-y:0mm',
  );
});

test('a representative reaches their village’s labels from the desk', async ({
  browser,
  request,
}) => {
  const { a } = await twoVillages(request);
  const rep = await signedInRep(browser, a);
  await rep.getByRole('link', { name: 'In tem QR' }).click();
  await expect(rep).toHaveURL(new RegExp(`/vi/labels\\?village=${a}$`));
  const ofVillage = (await catalogue(request, 'vi')).filter((p) => p.village === a);
  await expect(rep.locator('.label')).toHaveCount(ofVillage.length);
});

// 24-up A4 label paper (70 × 37 mm, no margin): every page starts at the top edge, each code in its cell.
test('all labels print on ceil(n / 24) A4 pages, 3 × 8 from the top edge, each code inside its cell', async ({
  page,
  request,
}) => {
  const n = (await catalogue(request, 'vi')).length;
  await page.goto('/vi/labels');
  await expect(page.locator('.label')).toHaveCount(n);
  await expect(page.locator('.label').first()).toContainText('Quét để xem • Scan to see');
  await page.emulateMedia({ media: 'print' });
  const mm = 96 / 25.4;
  const cells = await page.locator('.label').evaluateAll((els) =>
    els.map((el) => {
      const box = el.getBoundingClientRect();
      const qr = el.querySelector('.label-qr')!.getBoundingClientRect();
      return { box: box.toJSON() as DOMRect, qr: qr.toJSON() as DOMRect };
    }),
  );
  const sheetTop = cells[0]!.box.top;
  expect(sheetTop).toBeLessThan(1);
  cells.slice(0, 24).forEach(({ box, qr }, i) => {
    expect(box.left, `label ${i + 1} column`).toBeCloseTo((i % 3) * 70 * mm, 0);
    expect(box.top, `label ${i + 1} row`).toBeCloseTo(Math.floor(i / 3) * 37 * mm, 0);
    expect(qr.left).toBeGreaterThanOrEqual(box.left);
    expect(qr.right).toBeLessThanOrEqual(box.right + 0.5);
    expect(qr.top).toBeGreaterThanOrEqual(box.top);
    expect(qr.bottom).toBeLessThanOrEqual(box.bottom + 0.5);
  });
  const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
  expect(pages).toHaveLength(Math.ceil(n / 24));
});

import { expect, test, type Locator } from '@playwright/test';
import { catalogue, locales, sweepsManyPages, villageSlugs, watchErrors } from './helpers';

for (const locale of locales) {
  test(`every village page renders in ${locale}`, async ({ page, request }) => {
    sweepsManyPages();
    const slugs = await villageSlugs(request);
    expect(slugs.length).toBeGreaterThanOrEqual(6);
    const errors = watchErrors(page);
    for (const slug of slugs) {
      const res = await page.goto(`/${locale}/villages/${slug}`);
      expect(res?.status(), slug).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(
        page.getByRole('link', {
          name:
            locale === 'vi' ? 'Mở vị trí trong ứng dụng bản đồ' : 'Open the location in a map app',
        }),
      ).toHaveAttribute('href', /^geo:/);
    }
    expect(errors).toEqual([]);
  });

  test(`every product page renders in ${locale}`, async ({ page, request }) => {
    sweepsManyPages();
    const products = await catalogue(request, locale);
    expect(products.length).toBeGreaterThanOrEqual(40);
    const errors = watchErrors(page);
    for (const p of products) {
      const res = await page.goto(new URL(p.url).pathname);
      expect(res?.status(), p.slug).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.name);
      await expect(page.getByText(p.sku, { exact: true })).toBeVisible();
      const price =
        locale === 'vi'
          ? new Intl.NumberFormat('vi-VN').format(p.priceVnd)
          : `₫${new Intl.NumberFormat('en-US').format(p.priceVnd)}`;
      // Read out as "Giá: 6.800.000 ₫" (the label is visually hidden).
      await expect(page.getByTestId('price')).toContainText(
        `${locale === 'vi' ? 'Giá' : 'Price'}: `,
      );
      await expect(page.getByTestId('price')).toContainText(price);
      // The first product picture must have loaded (next/image through sharp).
      const img = page.locator('main img').first();
      await expect(img).toHaveJSProperty('complete', true);
      expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
    }
    expect(errors).toEqual([]);
  });
}

// The stylesheet comes inside the page (next.config.mjs, inlineCss): a phone on a weak signal paints
// from the HTML alone, one round trip sooner. Next also keeps a copy in the page data (0.45 kB
// brotli); a root not-found.tsx would add a third (it rides along with each route), which
// app/global-not-found.tsx does not. Nothing is preloaded ahead of the hero photo: not the fonts.
test('a page carries its stylesheet inline, no more than twice, and links none', async ({
  request,
}) => {
  const sheets = new Set<string>();
  for (const path of ['/vi', '/en/villages/phu-vinh', '/vi/products/gio-may-tron-co-nap']) {
    const html = await (await request.get(path)).text();
    expect(html.match(/<link rel="stylesheet"/g), `${path}: a linked stylesheet`).toBeNull();
    expect(
      html.match(/<link rel="preload"[^>]*as="font"/g),
      `${path}: a preloaded font`,
    ).toBeNull();
    const head = html.slice(0, html.indexOf('</head>'));
    const blocks = [...head.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)]
      .map((m) => m[1]!)
      .filter((css) => css.length > 200);
    expect(blocks, `${path}: one stylesheet in <head>`).toHaveLength(1);
    const css = blocks[0]!;
    expect(css).toContain('--font-brand');
    sheets.add(css);
    // In the page data the copy is a JSON string: probe a stretch with no quotes or backslashes
    // that the stylesheet holds once (its two @font-face rules begin alike).
    const probe = [...css.matchAll(/[^"\\]{60}/g)]
      .map((m) => m[0])
      .find((p) => css.split(p).length === 2);
    expect(probe, 'a probe from the stylesheet').toBeTruthy();
    expect(html.split(probe!).length - 1, `${path}: copies of the stylesheet`).toBeLessThanOrEqual(
      2,
    );
  }
  expect(sheets.size, 'every page carries the same stylesheet').toBe(1);
});

// On a phone (the QR landing case): the hero photo is AVIF at the size the screen needs, has its
// dimensions (no layout shift), is not lazy, and the landing pages ask for it ahead of the scripts.
test.describe('hero photos on a phone', () => {
  // The screen too: the project's desktop preset has a 1920 px screen, which a phone never has.
  test.use({
    viewport: { width: 412, height: 823 },
    screen: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
  });

  for (const [path, high] of [
    ['/vi/products/gio-may-tron-co-nap', true],
    ['/en/villages/phu-vinh', true],
    ['/vi', true],
  ] as const) {
    test(`${path}: AVIF at the screen's size, with its dimensions, preloaded`, async ({ page }) => {
      const types = new Map<string, string>();
      page.on('response', (r) => {
        if (r.url().includes('/_next/image')) types.set(r.url(), r.headers()['content-type'] ?? '');
      });
      await page.goto(path);
      const hero = page.locator('main img').first();
      await expect(hero).toHaveJSProperty('complete', true);
      expect(await hero.getAttribute('width')).toMatch(/^\d+$/);
      expect(await hero.getAttribute('height')).toMatch(/^\d+$/);
      expect(await hero.getAttribute('loading')).not.toBe('lazy');
      expect(await hero.getAttribute('fetchpriority')).toBe(high ? 'high' : null);

      // With the screen's width (100vw) for `sizes` it would be a step larger (828 for 720).
      const { current, served } = await expectNextWidthUp(hero, 1.75);
      expect(types.get(current)).toBe('image/avif');
      // Downloaded once, at that size: the preload and the <img> agree.
      const photo = new URL(current).searchParams.get('url');
      const widths = [...types.keys()]
        .map((u) => new URL(u).searchParams)
        .filter((q) => q.get('url') === photo)
        .map((q) => Number(q.get('w')));
      expect(new Set(widths)).toEqual(new Set([served]));

      const preloads = await page
        .locator('head link[rel="preload"][as="image"]')
        .evaluateAll((links) => links.map((l) => l.getAttribute('imagesrcset') ?? ''));
      expect(preloads.some((set) => set.includes(new URL(current).search))).toBe(true);
    });
  }
});

/**
 * The photo was fetched at the next width up its srcset offers from what it shows on this screen:
 * what an accurate `sizes` (lib/images/sizes.ts) gets. Too small would look soft; larger wastes a
 * weak signal's bytes.
 */
async function expectNextWidthUp(img: Locator, dpr: number) {
  await img.scrollIntoViewIfNeeded();
  await expect(img).toHaveJSProperty('complete', true);
  // A hero crops its photo to its frame (object-fit: cover): the photo is drawn wider than the box.
  const { current, cssWidth, srcset } = await img.evaluate((el: HTMLImageElement) => {
    const box = el.getBoundingClientRect();
    const cover = getComputedStyle(el).objectFit === 'cover';
    const drawn = cover
      ? Math.max(box.width, (box.height * el.naturalWidth) / el.naturalHeight)
      : box.width;
    return { current: el.currentSrc, cssWidth: drawn, srcset: el.srcset };
  });
  const served = Number(new URL(current).searchParams.get('w'));
  const offered = [...srcset.matchAll(/ (\d+)w/g)].map((m) => Number(m[1]));
  const nextUp = Math.min(...offered.filter((w) => w >= cssWidth * dpr));
  expect(served, `${current} for ${cssWidth} CSS px × ${dpr} (offered: ${offered})`).toBe(nextUp);
  return { current, served };
}

// Every kind of photo, at a width inside each breakpoint its `sizes` names (sm, md, lg, and the
// 1152 px cap of the content column). A fresh browser per page: a browser may show a larger copy it
// already holds (the village card on home is the village page's cover).
for (const width of [700, 900, 1100, 1280]) {
  test(`photos at ${width} px are fetched at the next width up`, async ({ browser }) => {
    sweepsManyPages();
    // [page, photos, how many of them to check]
    for (const [path, selector, count] of [
      ['/vi/products/gio-may-tron-co-nap', 'main img[srcset]', 2], // main photo, a thumbnail
      ['/en/villages/phu-vinh', 'main img[srcset]', 1], // cover
      ['/en/villages/phu-vinh', 'section[aria-labelledby="gallery"] img', 1],
      ['/vi', 'main ul img[srcset]', 1], // village cards
      ['/vi/products', 'main ul img[srcset]', 1], // product cards
      ['/vi/artisans/nghe-nhan-dan-may-phu-vinh', 'main img[srcset]', 1], // portrait
      ['/en/news/hoi-cho-lang-nghe-cuoi-nam-2026', 'main img[srcset]', 1], // cover
    ] as const) {
      const context = await browser.newContext({
        viewport: { width, height: 900 },
        screen: { width, height: 900 },
        deviceScaleFactor: 1,
      });
      const page = await context.newPage();
      await page.goto(path);
      for (let i = 0; i < count; i++) {
        await test.step(`${path}: ${selector} #${i + 1}`, () =>
          expectNextWidthUp(page.locator(selector).nth(i), 1));
      }
      await context.close();
    }
  });
}

// An artisan's card shows the portrait at a fixed 96 px (`size-24`): a 1× screen gets the 96 px
// width, a 2× screen the next one up (256 px) — not the 256 / 360 px a 160 px intrinsic width asked for.
for (const [dpr, width] of [
  [1, 96],
  [2, 256],
] as const) {
  test(`an artisan's card fetches its portrait at ${width} px on a ${dpr}× screen`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ deviceScaleFactor: dpr });
    const page = await context.newPage();
    await page.goto('/vi/artisans');
    const portrait = page.locator('main article img').first();
    await expect(portrait).toHaveJSProperty('complete', true);
    const { current, cssWidth } = await portrait.evaluate((el: HTMLImageElement) => ({
      current: el.currentSrc,
      cssWidth: el.getBoundingClientRect().width,
    }));
    expect(cssWidth).toBe(96);
    expect(new URL(current).searchParams.get('w')).toBe(String(width));
    await context.close();
  });
}

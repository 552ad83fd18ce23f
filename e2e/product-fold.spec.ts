import { expect, test, type Locator, type Page } from '@playwright/test';
import { baseURL } from '../playwright.config';
import { approxPrice } from '../lib/rates';
import { readRates } from '../lib/settings';
import { catalogue } from './helpers';

// A label scanned on a phone (issue 24): what a buyer needs is on the first screen, under the header.
const SCREEN = { width: 390, height: 844 };
test.use({
  viewport: SCREEN,
  screen: SCREEN,
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
});

// Made to order (no shelf stock another spec could sell out), two photos, from Phú Vinh.
const MADE = 'bo-ban-ghe-may-phong-khach';
// Sold out; Phú Vinh takes commissions (takesCommissions: true), Đông Phương Yên does not.
const SOLD_OUT_COMMISSION = 'long-chim-may';
const SOLD_OUT_NO_COMMISSION = 'quat-nan-giang';

const words = {
  vi: {
    browser: 'vi-VN',
    price: 'Giá',
    madeToOrder: /^Làm theo đơn — khoảng \d+ ngày$/,
    add: 'Thêm vào giỏ',
    enlarge: /^Phóng to ảnh 2: /,
    dialog: 'Ảnh sản phẩm, toàn màn hình',
    share: 'Chia sẻ',
    copied: 'Đã chép đường dẫn.',
    more: 'Thêm từ làng Phú Vinh',
    all: 'Mọi sản phẩm của làng Phú Vinh',
    returns: 'Đổi trả',
    commission: 'Đặt làm theo yêu cầu',
    call: 'Gọi 0900 000 001',
    similar: 'Sản phẩm tương tự',
    contactDpy: 'Liên hệ làng Đông Phương Yên',
  },
  en: {
    browser: 'en-US',
    price: 'Price',
    madeToOrder: /^Made to order — about \d+ days$/,
    add: 'Add to cart',
    enlarge: /^Enlarge photo 2: /,
    dialog: 'Product photos, full screen',
    share: 'Share',
    copied: 'Link copied.',
    more: 'More from Phú Vinh village',
    all: 'All products from Phú Vinh village',
    returns: 'Returns',
    commission: 'Have one made for you',
    call: 'Call 0900 000 001',
    similar: 'Similar pieces',
    contactDpy: 'Contact Đông Phương Yên village',
  },
} as const;

async function bottomOf(locator: Locator): Promise<number> {
  await expect(locator).toBeVisible();
  const box = await locator.boundingBox();
  expect(box, 'a box on the page').not.toBeNull();
  return box!.y + box!.height;
}

async function noHorizontalOverflow(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, 'the page is no wider than the phone').toBeLessThanOrEqual(SCREEN.width);
}

/** Layout shifts of anything inside <main> since the page started, as Chrome scores them (CLS). */
async function shiftsInMain(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          let sum = 0;
          for (const entry of list.getEntries() as unknown as {
            value: number;
            hadRecentInput: boolean;
            sources: { node?: Node | null }[];
          }[]) {
            const inMain = entry.sources.some(
              (s) => s.node && document.querySelector('main')?.contains(s.node),
            );
            if (!entry.hadRecentInput && inMain) sum += entry.value;
          }
          resolve(sum);
        }).observe({ type: 'layout-shift', buffered: true });
        // No shift at all: the observer is never called.
        setTimeout(() => resolve(0), 500);
      }),
  );
}

for (const locale of ['vi', 'en'] as const) {
  const w = words[locale];

  test.describe(`${locale}: product page on a 390 × 844 phone`, () => {
    test.use({ locale: w.browser });

    test('name, price, availability and Add to cart are on the first screen, with no shift and no sideways scroll', async ({
      page,
      request,
    }) => {
      const product = (await catalogue(request, locale)).find((p) => p.slug === MADE);
      expect(product, `${MADE} in the catalogue`).toBeDefined();
      await page.goto(`/${locale}/products/${MADE}`);
      const name = page.getByRole('heading', { level: 1 });
      await expect(name).toHaveText(product!.name);
      const price = page.getByTestId('price');
      await expect(price).toContainText(`${w.price}: `);
      await expect(price).toContainText(
        new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US').format(product!.priceVnd),
      );
      // The page's own comes first; a card further down may say the same of another piece.
      const availability = page.getByText(w.madeToOrder).first();
      const add = page.getByRole('button', { name: w.add });
      for (const [what, locator] of [
        ['name', name],
        ['price', price],
        ['availability', availability],
        ['Add to cart', add],
      ] as const) {
        expect(await bottomOf(locator), `${what} above the fold`).toBeLessThanOrEqual(
          SCREEN.height,
        );
      }
      await page.waitForLoadState('networkidle');
      expect(await shiftsInMain(page)).toBeLessThan(0.01);
      await noHorizontalOverflow(page);
      // Delivery and returns, in two lines.
      await expect(page.getByRole('term').filter({ hasText: w.returns })).toBeVisible();
    });

    test('a thumbnail opens the photos full screen with Enter and Escape closes them; the viewer is fetched only then', async ({
      page,
    }) => {
      // Kept in the order the responses came, read once they are all in.
      const scripts: Promise<string>[] = [];
      page.on('response', (res) => {
        if (res.request().resourceType() === 'script') scripts.push(res.text().catch(() => ''));
      });
      await page.goto(`/${locale}/products/${MADE}`);
      await page.waitForLoadState('networkidle');
      const withPage = await Promise.all(scripts);
      expect(withPage.length).toBeGreaterThan(0);
      expect(
        withPage.filter((s) => s.includes('yarl__')),
        'the lightbox is not in the page’s first scripts',
      ).toEqual([]);

      const thumbnail = page.getByRole('button', { name: w.enlarge });
      const alt = await thumbnail.locator('img').getAttribute('alt');
      expect(alt).toBeTruthy();
      await thumbnail.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: w.dialog });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('img', { name: alt! })).toBeVisible();
      const afterOpen = await Promise.all(scripts.slice(withPage.length));
      expect(afterOpen.some((s) => s.includes('yarl__'))).toBe(true);
      await noHorizontalOverflow(page);

      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
      await expect(thumbnail).toBeFocused();
    });

    test('share copies the page’s link where the phone has no share sheet', async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.addInitScript(() => {
        Object.defineProperty(Navigator.prototype, 'share', {
          value: undefined,
          configurable: true,
        });
      });
      await page.goto(`/${locale}/products/${MADE}`);
      await page.getByRole('button', { name: w.share }).click();
      await expect(page.getByRole('status').filter({ hasText: w.copied })).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        `${baseURL}/${locale}/products/${MADE}`,
      );
    });

    test('more from the same village: cards of its other pieces and a link to all of them', async ({
      page,
    }) => {
      await page.goto(`/${locale}/products/${MADE}`);
      const more = page.getByRole('region', { name: w.more });
      const cards = more.getByRole('article');
      await expect(cards.first()).toBeVisible();
      const count = await cards.count();
      expect(count).toBeGreaterThanOrEqual(1);
      expect(count).toBeLessThanOrEqual(4);
      for (let i = 0; i < count; i++) {
        const href = await cards.nth(i).getByRole('link').first().getAttribute('href');
        expect(href).toMatch(new RegExp(`^/${locale}/products/[a-z0-9-]+$`));
        expect(href).not.toBe(`/${locale}/products/${MADE}`);
      }
      await expect(more.getByRole('link', { name: w.all })).toHaveAttribute(
        'href',
        `/${locale}/products?village=phu-vinh`,
      );
    });

    test('a sold-out piece offers an order-to-make enquiry where the village takes them, and similar pieces', async ({
      page,
    }) => {
      await page.goto(`/${locale}/products/${SOLD_OUT_COMMISSION}`);
      await expect(page.getByRole('button', { name: w.add })).toHaveCount(0);
      await expect(page.getByRole('heading', { name: w.commission })).toBeVisible();
      await expect(page.getByRole('link', { name: w.call })).toHaveAttribute(
        'href',
        'tel:0900000001',
      );
      const similar = page.getByRole('region', { name: w.similar });
      await expect(similar.getByRole('article').first()).toBeVisible();
      await noHorizontalOverflow(page);

      await page.goto(`/${locale}/products/${SOLD_OUT_NO_COMMISSION}`);
      await expect(page.getByRole('heading', { name: w.contactDpy })).toBeVisible();
      await expect(page.getByRole('heading', { name: w.commission })).toHaveCount(0);
    });
  });
}

test.describe('approximate price in the visitor’s currency', () => {
  const rates = readRates();

  test('English shows it with the rates’ date, and the visitor can change the currency', async ({
    browser,
    request,
  }) => {
    expect(rates, 'content/settings/rates.yml').toBeDefined();
    const product = (await catalogue(request, 'en')).find((p) => p.slug === MADE)!;
    const context = await browser.newContext({
      viewport: SCREEN,
      screen: SCREEN,
      isMobile: true,
      locale: 'en-US',
    });
    const page = await context.newPage();
    await page.goto(`/en/products/${MADE}`);
    const approx = page.getByTestId('approx-price');
    await expect(approx).toHaveText(approxPrice(product.priceVnd, 'USD', rates!)!);
    await expect(
      page.getByText(/^approximate, (sample )?rates of \d{1,2} [A-Z][a-z]+ \d{4}/),
    ).toBeVisible();
    expect(await bottomOf(approx)).toBeLessThanOrEqual(SCREEN.height);

    await page.getByLabel('Currency').selectOption('EUR');
    await expect(approx).toHaveText(approxPrice(product.priceVnd, 'EUR', rates!)!);
    await page.reload();
    await expect(approx).toHaveText(approxPrice(product.priceVnd, 'EUR', rates!)!);
    await context.close();
  });

  test('Vietnamese shows only đồng', async ({ page }) => {
    await page.goto(`/vi/products/${MADE}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByTestId('approx-price')).toHaveCount(0);
    await expect(page.getByRole('main')).not.toContainText('≈');
  });
});

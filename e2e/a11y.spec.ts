import { test } from '@playwright/test';
import type { APIRequestContext } from '@playwright/test';
import { baseURL } from '../playwright.config';
import { catalogue, expectAxeClean, locales, sweepsManyPages, villageSlugs } from './helpers';

/** A bank-transfer order's private page (VietQR, copy buttons, history). */
async function orderPage(request: APIRequestContext, locale: string, sku: string) {
  const res = await request.post('/api/checkout', {
    headers: {
      'content-type': 'application/json',
      origin: baseURL,
      'x-forwarded-for': `10.4.0.${locale.length}`,
    },
    data: Buffer.from(
      JSON.stringify({
        items: [{ sku, quantity: 1 }],
        locale,
        method: 'bank_transfer',
        customer: {
          name: 'A11y',
          phone: '0912345678',
          address: { line: 'x', commune: 'y', province: 'z' },
        },
      }),
    ),
  });
  return ((await res.json()) as { url: string }).url;
}

for (const locale of locales) {
  test(`every page type passes axe in ${locale}`, async ({ page, request }) => {
    sweepsManyPages();
    const product = (await catalogue(request, locale)).find((p) => p.availability !== 'sold_out');
    const [village] = await villageSlugs(request);
    const pages = [
      `/${locale}`,
      `/${locale}/villages`,
      `/${locale}/villages/${village}`,
      `/${locale}/products`,
      `/${locale}/products?craft=mo-go&sort=price-asc`,
      `/${locale}/products/${product?.slug}`,
      `/${locale}/khong-co-trang-nay`,
      `/${locale}/cart`,
      `/${locale}/labels?village=${village}`,
      await orderPage(
        request,
        locale,
        (await catalogue(request, locale)).find((p) => p.availability === 'made_to_order')!.sku,
      ),
    ];
    for (const path of pages) {
      await page.goto(path);
      await expectAxeClean(page, path);
    }
  });
}

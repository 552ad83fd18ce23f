import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { baseURL, stripeURL } from '../playwright.config';
import { placeOrder, signedInRep, twoVillages } from './desk-helpers';
import { catalogue, type CatalogueEntry } from './helpers';

// Issue 23: every change of availability shows on every page that shows the product on the very
// next request, and a basket from two villages is two parts, each run by its own village.
// Specs run in parallel: this one alone buys Đông Phương Yên's stock (e2e/shop.spec.ts and
// e2e/order-methods.spec.ts keep to other villages).
const VILLAGE = 'dong-phuong-yen';

test.describe.configure({ mode: 'serial' });

async function stocked(request: APIRequestContext, nth: number): Promise<CatalogueEntry> {
  const products = (await catalogue(request, 'vi')).filter(
    (p) => p.village === VILLAGE && p.availability === 'in_stock' && (p.stock ?? 0) >= 3,
  );
  expect(products.length, `${VILLAGE} has in-stock products`).toBeGreaterThan(nth);
  return products[nth]!;
}

/**
 * What each page that shows the product says about its availability, read from the first response
 * after the change (no reload, no polling): product pages in both languages, its village's page
 * and the catalogue filtered to its village, in both languages.
 */
async function expectEverywhere(browser: Browser, product: CatalogueEntry, left: number) {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  const vi = left > 0 ? `Còn hàng: ${left} chiếc` : 'Hết hàng';
  const en = left > 0 ? `In stock: ${left} available` : 'Sold out';
  const productPath = new URL(product.url).pathname;
  const own = (p: Page) => p.getByTestId('stock').first();
  await page.goto(productPath);
  await expect(own(page), `${productPath}`).toHaveText(vi);
  await page.goto(productPath.replace(/^\/vi\//, '/en/'));
  await expect(own(page), 'English product page').toHaveText(en);
  const card = (p: Page) =>
    // A product card: the innermost article (a village page is an article too).
    p
      .locator('article:not(:has(article))')
      .filter({ has: p.getByRole('link', { name: product.name, exact: true }) })
      .getByTestId('stock');
  await page.goto(`/vi/villages/${VILLAGE}`);
  await expect(card(page), 'village page').toHaveText(vi);
  await page.goto(`/vi/products?village=${VILLAGE}`);
  await expect(card(page), 'catalogue').toHaveText(vi);
  const english = (await catalogue(page.request, 'en')).find((p) => p.sku === product.sku)!;
  await page.goto(`/en/products?village=${VILLAGE}`);
  await expect(
    page
      .locator('article:not(:has(article))')
      .filter({ has: page.getByRole('link', { name: english.name, exact: true }) })
      .getByTestId('stock'),
    'English catalogue',
  ).toHaveText(en);
  await page.context().close();
}

/** The buyer's view of the village's part that holds `productName`, on their order page. */
function buyerPart(buyer: Page, productName: string) {
  return buyer.getByTestId('order-parts').getByRole('listitem').filter({ hasText: productName });
}

test('a basket from two villages: stock shows everywhere at once; each village sees, ships and cancels only its own part', async ({
  browser,
  request,
}) => {
  test.slow();
  const ours = await stocked(request, 0);
  const { a, b, skuOf } = await twoVillages(request);
  const other = a === VILLAGE ? b : a;
  const made = (await catalogue(request, 'vi')).find((p) => p.sku === skuOf(other))!;
  const before = ours.stock!;

  // Placed: two of ours held, on every page.
  const { reference, url } = await placeOrder(request, [
    { sku: ours.sku, quantity: 2 },
    { sku: made.sku, quantity: 1 },
  ]);
  await expectEverywhere(browser, ours, before - 2);

  // Each representative sees their part: its lines and the buyer, never the other's lines.
  const repUs = await signedInRep(browser, VILLAGE);
  const repThem = await signedInRep(browser, other);
  await repUs.goto(`/desk/orders/${reference}`);
  await expect(repUs.getByRole('main')).toContainText(ours.name);
  await expect(repUs.getByRole('main')).not.toContainText(made.name);
  await expect(repUs.getByRole('main')).toContainText('Khách Thử');
  await repThem.goto(`/desk/orders/${reference}`);
  await expect(repThem.getByRole('main')).toContainText(made.name);
  await expect(repThem.getByRole('main')).not.toContainText(ours.name);

  // The other village forges a shipment of our part (the form's hidden village changed): refused,
  // nothing changes.
  await repThem.getByLabel('Đơn vị vận chuyển').fill('Giả mạo');
  await repThem.getByLabel('Mã vận đơn').fill('FORGED1');
  await repThem.locator('input[type=hidden][name=village]').evaluateAll((inputs, v) => {
    for (const input of inputs) (input as HTMLInputElement).value = v;
  }, VILLAGE);
  await repThem.getByRole('button', { name: 'Đánh dấu đã gửi hàng' }).click();
  await expect(repThem.getByRole('main').getByRole('alert')).toHaveText(
    'Không tìm thấy đơn hàng, hoặc đơn không thuộc làng của bạn. Không có gì thay đổi.',
  );
  await repThem.goto(`/desk/orders/${reference}`);
  await expect(repThem.getByRole('main')).not.toContainText('FORGED1');
  await repUs.reload();
  await expect(repUs.getByRole('main')).not.toContainText('FORGED1');
  await expect(repUs.getByRole('button', { name: 'Đánh dấu đã gửi hàng' })).toBeVisible();

  // We ship our part; the other part is still to be shipped by its village.
  await repUs.getByLabel('Đơn vị vận chuyển').fill('Viettel Post');
  await repUs.getByLabel('Mã vận đơn').fill('VT-DPY-1');
  await repUs.getByRole('button', { name: 'Đánh dấu đã gửi hàng' }).click();
  await expect(
    repUs.getByRole('status').filter({ hasText: 'Đã ghi nhận gửi hàng.' }),
  ).toBeVisible();
  await expectEverywhere(browser, ours, before - 2);
  const buyer = await browser.newPage();
  await buyer.goto(url);
  await expect(buyer.getByTestId('order-parts').getByRole('listitem')).toHaveCount(2);
  await expect(buyerPart(buyer, ours.name).getByTestId('part-status')).toHaveText('Đã gửi hàng');
  await expect(buyerPart(buyer, ours.name).getByTestId('tracking')).toHaveText('VT-DPY-1');
  await expect(buyerPart(buyer, made.name).getByTestId('part-status')).toHaveText('Chờ xác nhận');
  await expect(buyerPart(buyer, made.name).getByTestId('tracking')).toHaveCount(0);
  await repThem.reload();
  await expect(repThem.getByRole('main')).not.toContainText('VT-DPY-1');
  await expect(repThem.getByRole('button', { name: 'Đánh dấu đã gửi hàng' })).toBeVisible();

  // The parcel comes back: cancelling our shipped part returns its two units, on every page.
  await repUs.getByLabel('Lý do huỷ').fill('Khách từ chối nhận hàng');
  await repUs.getByRole('button', { name: 'Huỷ đơn' }).click();
  await expect(repUs.getByRole('status').filter({ hasText: 'Đã huỷ đơn.' })).toBeVisible();
  await expectEverywhere(browser, ours, before);
  await buyer.reload();
  await expect(buyerPart(buyer, ours.name).getByTestId('part-status')).toHaveText('Đã huỷ');
  await expect(buyerPart(buyer, made.name).getByTestId('part-status')).toHaveText('Chờ xác nhận');

  // The other village still ships its own part.
  await repThem.getByLabel('Đơn vị vận chuyển').fill('VNPost');
  await repThem.getByLabel('Mã vận đơn').fill('EE000000001VN');
  await repThem.getByRole('button', { name: 'Đánh dấu đã gửi hàng' }).click();
  await expect(
    repThem.getByRole('status').filter({ hasText: 'Đã ghi nhận gửi hàng.' }),
  ).toBeVisible();
  await buyer.reload();
  await expect(buyerPart(buyer, made.name).getByTestId('tracking')).toHaveText('EE000000001VN');
});

test('a card checkout holds stock on every page; leaving the payment page releases it everywhere', async ({
  browser,
  request,
}) => {
  const ours = await stocked(request, 1);
  const res = await request.post('/api/checkout', {
    headers: {
      'content-type': 'application/json',
      origin: baseURL,
      'x-forwarded-for': '10.23.0.1',
    },
    data: { items: [{ sku: ours.sku, quantity: 3 }], locale: 'en', method: 'card' },
  });
  expect(res.status()).toBe(200);
  const payUrl = ((await res.json()) as { url: string }).url;
  expect(payUrl.startsWith(`${stripeURL}/pay/`)).toBe(true);
  await expectEverywhere(browser, ours, ours.stock! - 3);

  const page = await browser.newPage();
  await page.goto(payUrl);
  await page.getByRole('button', { name: /^Cancel|^Huỷ|^Hủy/ }).click();
  await expect(page).toHaveURL(/\/en\/cart\?cancelled=1$/);
  await expectEverywhere(browser, ours, ours.stock!);
});

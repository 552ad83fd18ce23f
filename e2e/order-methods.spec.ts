import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { parseVietQr } from '../lib/payments/vietqr';
import { baseURL } from '../playwright.config';
import { catalogue, freshPhone } from './helpers';

/** content/settings/shop.yml: the fee for "Giao hàng trong Việt Nam", which orderWith chooses. */
const DELIVERY_IN_VIETNAM = 35_000;

const customer = {
  name: 'Nguyễn Thị Mẫu',
  // +84 and spaces, as a buyer types it; a number of its own (one phone, few open COD orders).
  phone: `+84 ${freshPhone().slice(1)}`,
  line: 'Thôn Phú Vinh',
  commune: 'Xã Phú Nghĩa',
  province: 'Hà Nội',
};

async function orderWith(page: Page, method: RegExp, sku: string) {
  const products = await catalogue(page.request, 'vi');
  const p = products.find((x) => x.sku === sku)!;
  await page.goto(new URL(p.url).pathname);
  await page.getByRole('button', { name: 'Thêm vào giỏ' }).click();
  await page.goto('/vi/cart');
  await expect(page).toHaveTitle('Giỏ hàng · Làng nghề Chương Mỹ');
  await page.getByRole('radio', { name: method }).check();
  await page.getByRole('radio', { name: /^Giao hàng trong Việt Nam/ }).check();
  await page.getByLabel('Họ và tên').fill(customer.name);
  await page.getByLabel('Số điện thoại di động').fill(customer.phone);
  await page.getByLabel('Số nhà, đường, thôn/xóm').fill(customer.line);
  await page.getByLabel('Xã/Phường').fill(customer.commune);
  await page.getByLabel('Tỉnh/Thành phố').fill(customer.province);
  await page.getByRole('button', { name: 'Đặt hàng' }).click();
  await expect(page).toHaveURL(/\/vi\/orders\/CM-\d{4}-\d{6}\?token=[\w-]{43}$/);
  await expect(page).toHaveTitle(/^Đơn hàng CM-\d{4}-\d{6} · Làng nghề Chương Mỹ$/);
  // The order is placed: the basket in the browser is empty (the header's count with it).
  expect(await page.evaluate(() => localStorage.getItem('cm-cart-v1'))).toBe('[]');
  await expect(page.getByRole('link', { name: 'Giỏ hàng', exact: true })).toBeVisible();
  return p;
}

// Specs run in parallel: this one buys only from Trường Yên, which the others leave alone.
// Tests in this file run in parallel too, so each takes its own product (`nth`).
async function pickInStock(page: Page, nth: number) {
  const products = await catalogue(page.request, 'vi');
  return products.filter(
    (x) => x.village === 'truong-yen' && x.availability === 'in_stock' && (x.stock ?? 0) >= 3,
  )[nth]!.sku;
}

test('bank transfer: order page with a VietQR code that scans back to the right payment, held stock, private URL', async ({
  page,
}) => {
  const sku = await pickInStock(page, 0);
  const before = (await catalogue(page.request, 'vi')).find((x) => x.sku === sku)!;
  await orderWith(page, /Chuyển khoản/, sku);
  const url = new URL(page.url());
  const reference = url.pathname.split('/').pop()!;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Đơn hàng ${reference}`);
  await expect(page.getByRole('status').first()).toContainText(`ghi nội dung ${reference}`);

  const qr = page.getByRole('img', { name: 'Mã VietQR để chuyển khoản' });
  const payload = (await qr.getAttribute('data-vietqr'))!;
  const parsed = parseVietQr(payload);
  expect(parsed).toMatchObject({
    bin: '970436',
    accountNumber: '0000000000',
    amountVnd: before.priceVnd + DELIVERY_IN_VIETNAM,
    purpose: reference,
    crcValid: true,
  });
  // Decode the rendered picture, as a banking app would.
  const png = PNG.sync.read(await qr.screenshot());
  expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(payload);
  await expect(
    page
      .getByRole('region', { name: 'Chuyển khoản bằng VietQR' })
      .getByText(reference, { exact: true }),
  ).toBeVisible();

  await expect
    .poll(async () => (await catalogue(page.request, 'vi')).find((x) => x.sku === sku)?.stock)
    .toBe(before.stock! - 1);

  // Nobody else can reach it: a wrong token, no token, or the next reference are all 404 — the
  // localized 404 page as sent, readable before any script (a truncated link on a weak signal).
  const next = reference.replace(/\d{6}$/, (n) => String(Number(n) + 1).padStart(6, '0'));
  for (const path of [
    `${url.pathname}?token=${'A'.repeat(43)}`,
    url.pathname,
    `/vi/orders/${next}${url.search}`,
  ]) {
    const res = await page.request.get(path);
    expect(res.status(), path).toBe(404);
    const html = await res.text();
    expect(html, path).toMatch(/<h1[^>]*>Không tìm thấy trang<\/h1>/);
    expect(html, path).not.toContain(reference);
  }
});

test('cash on delivery: the village will call; order pending', async ({ page }) => {
  const sku = await pickInStock(page, 1);
  await orderWith(page, /Trả tiền mặt/, sku);
  await expect(page.getByRole('status').first()).toContainText(
    customer.phone.replace('+84 ', '0').replace(/ /g, ''),
  );
  await expect(page.getByTestId('order-status')).toHaveText('Chờ thanh toán');
});

test('bank transfer and COD need valid buyer details: clear 400s naming the field, nothing held', async ({
  request,
}) => {
  const p = (await catalogue(request, 'vi')).filter(
    (x) => x.village === 'truong-yen' && x.availability === 'in_stock',
  )[2];
  const post = (body: object, locale = 'vi') =>
    request.post('/api/checkout', {
      headers: {
        'content-type': 'application/json',
        origin: baseURL,
        'x-forwarded-for': '10.5.0.1',
      },
      data: Buffer.from(JSON.stringify({ items: [{ sku: p!.sku, quantity: 1 }], locale, ...body })),
    });
  const address = { line: 'x', commune: 'y', province: 'z' };
  const cases: [object, string, string][] = [
    [{ method: 'cod' }, 'customer', 'cần thông tin người mua'],
    [
      { method: 'cod', customer: { name: 'A', phone: '12345', address } },
      'customer.phone',
      'số điện thoại',
    ],
    [
      { method: 'bank_transfer', customer: { name: '', phone: '0912345678', address } },
      'customer.name',
      'họ tên',
    ],
    [
      {
        method: 'bank_transfer',
        customer: { name: 'A', phone: '0912345678', address: { line: 'x' } },
      },
      'customer.address.commune',
      'xã/phường',
    ],
    [
      { method: 'cod', customer: { name: 'A', phone: '0912345678', email: 'no', address } },
      'customer.email',
      'email',
    ],
  ];
  for (const [body, field, text] of cases) {
    const res = await post(body);
    expect(res.status(), field).toBe(400);
    const { error } = await res.json();
    expect(error.field).toBe(field);
    expect(error.message.toLowerCase()).toContain(text);
  }
  const en = await post({ method: 'cod', customer: { name: 'A', phone: '1', address } }, 'en');
  expect((await en.json()).error.message).toContain('not a mobile number in Vietnam');
  expect((await catalogue(request, 'vi')).find((x) => x.sku === p!.sku)?.stock).toBe(p!.stock);
});

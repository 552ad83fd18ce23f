import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { parseVietQr } from '../lib/payments/vietqr';
import { baseURL } from '../playwright.config';
import {
  addStaff,
  codOrder,
  PASSWORD,
  run,
  signedIn,
  signedInRep,
  twoVillages,
} from './desk-helpers';
import { expectAxeClean, sweepsManyPages } from './helpers';

// The desk in Vietnamese (its default).

const SUBREQUEST = [
  'proxy',
  'middleware',
  'src/middleware',
  'pages/_middleware',
  'proxy:proxy:proxy:proxy:proxy',
  'middleware:middleware:middleware:middleware:middleware',
];

test('logged out: every desk page and the CSV export go to the login page', async ({
  page,
  request,
}) => {
  for (const path of ['/desk', '/desk/orders/CM-2026-000001', '/desk/export.csv']) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(307);
    expect(res.headers().location, path).toMatch(/\/desk\/login$/);
  }
  await page.goto('/desk');
  await expect(page).toHaveURL(/\/desk\/login$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Đăng nhập bàn đơn hàng' }),
  ).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});

test('a forged session cookie is no session', async ({ browser }) => {
  const context = await browser.newContext();
  await context.addCookies([
    { name: 'desk_session', value: randomBytes(32).toString('base64url'), url: `${baseURL}/desk` },
  ]);
  const page = await context.newPage();
  await page.goto('/desk');
  await expect(page).toHaveURL(/\/desk\/login$/);
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible();
});

test('login: a wrong password is refused, the right one opens the desk, logout ends it', async ({
  browser,
  page,
  request,
}) => {
  const username = `e2e-${run}-login`;
  await (await signedInRep(browser, (await twoVillages(request)).a, { username })).close();
  await page.goto('/desk/login');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill('not the password');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Tên đăng nhập' })).toHaveText(
    'Tên đăng nhập hoặc mật khẩu không đúng.',
  );
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/desk$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Đơn hàng' })).toBeVisible();
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByRole('status')).toHaveText('Bạn đã đăng xuất.');
  await page.goto('/desk');
  await expect(page).toHaveURL(/\/desk\/login$/);
});

test("a representative of village A gets 404 for village B's order; B's representative sees it", async ({
  browser,
  request,
}) => {
  const { a, b, skuOf } = await twoVillages(request);
  const ofB = await codOrder(request, skuOf(b));
  const ofA = await codOrder(request, skuOf(a));
  const repA = await signedInRep(browser, a);
  const denied = await repA.goto(`/desk/orders/${ofB}`);
  expect(denied?.status()).toBe(404);
  await expect(repA.getByRole('heading', { level: 1, name: 'Không tìm thấy' })).toBeVisible();
  await expect(repA.getByText(ofB)).toHaveCount(0);

  await repA.goto(`/desk?q=${ofB}`);
  await expect(repA.getByText('Không có đơn nào khớp với bộ lọc.')).toBeVisible();
  const csv = await repA.request.get(`/desk/export.csv?q=${ofB}`);
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect(await csv.text()).not.toContain(ofB);

  const own = await repA.goto(`/desk/orders/${ofA}`);
  expect(own?.status()).toBe(200);
  await expect(repA.getByRole('heading', { level: 1, name: `Đơn ${ofA}` })).toBeVisible();

  const repB = await signedInRep(browser, b);
  expect((await repB.goto(`/desk/orders/${ofB}`))?.status()).toBe(200);
  await expect(repB.getByTestId('order-status')).toHaveText('Chờ thanh toán');
});

test('without JavaScript the desk still works: first-time setup, log out, log in, ship an order', async ({
  browser,
  request,
}) => {
  const { b, skuOf } = await twoVillages(request);
  const reference = await codOrder(request, skuOf(b));
  const username = `e2e-${run}-nojs`;
  const setup = addStaff([
    '--username',
    username,
    '--name',
    'Không JS',
    '--role',
    'village',
    '--village',
    b,
  ]);
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto(setup);
  await page.getByLabel('Mật khẩu mới (ít nhất 10 ký tự)').fill(PASSWORD);
  await page.getByLabel('Nhập lại mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đặt mật khẩu và đăng nhập' }).click();
  await expect(page).toHaveURL(/\/desk$/);
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/desk\/login\?loggedOut=1$/);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/desk$/);
  await page.goto(`/desk/orders/${reference}`);
  await page.getByLabel('Đơn vị vận chuyển').fill('VNPost');
  await page.getByLabel('Mã vận đơn').fill('NOJS1');
  await page.getByRole('button', { name: 'Đánh dấu đã gửi hàng' }).click();
  await expect(page.getByTestId('order-status')).toHaveText('Đã gửi hàng');
  await page.context().close();
});

test('an x-middleware-subrequest header unlocks nothing', async ({ browser, request }) => {
  const { a, b, skuOf } = await twoVillages(request);
  for (const value of SUBREQUEST) {
    for (const path of ['/desk', '/desk/export.csv']) {
      const res = await request.get(path, {
        headers: { 'x-middleware-subrequest': value },
        maxRedirects: 0,
      });
      expect(res.status(), `${path} with ${value}`).toBe(307);
      expect(res.headers().location).toMatch(/\/desk\/login$/);
    }
  }
  const ofB = await codOrder(request, skuOf(b));
  const repA = await signedInRep(browser, a);
  for (const value of SUBREQUEST) {
    const res = await repA.request.get(`/desk/orders/${ofB}`, {
      headers: { 'x-middleware-subrequest': value },
    });
    expect(res.status(), value).toBe(404);
  }
});

test('bank transfer end to end: order page with VietQR → the village confirms the money → the buyer sees paid, then shipped', async ({
  browser,
  request,
  page,
}) => {
  const { a, skuOf } = await twoVillages(request);
  const res = await request.post('/api/checkout', {
    headers: {
      'content-type': 'application/json',
      origin: baseURL,
      'x-forwarded-for': '10.31.0.1',
    },
    data: {
      items: [{ sku: skuOf(a), quantity: 1 }],
      locale: 'en',
      method: 'bank_transfer',
      customer: {
        name: 'Tourist',
        phone: '0912345678',
        email: 'tourist@example.com',
        address: { line: '1 Street', commune: 'Xã Phú Nghĩa', province: 'Hà Nội' },
      },
    },
  });
  const buyerUrl = ((await res.json()) as { url: string }).url;
  const reference = /\/orders\/(CM-\d{4}-\d{6})\?/.exec(buyerUrl)![1]!;
  await page.goto(buyerUrl);
  await expect(page.getByRole('img', { name: 'VietQR code for the transfer' })).toBeVisible();
  await expect(page.getByTestId('order-status')).toHaveText('Awaiting payment');
  const total = parseVietQr(
    (await page
      .getByRole('img', { name: 'VietQR code for the transfer' })
      .getAttribute('data-vietqr'))!,
  ).amountVnd!;

  const rep = await signedInRep(browser, a);
  await rep.goto(`/desk/orders/${reference}`);
  await rep.getByLabel('Số tiền đã nhận (₫)').fill(String(total - 1000));
  await rep.getByRole('button', { name: 'Xác nhận đã nhận tiền' }).click();
  // Wait for the refusal itself: the status reads the same before and after, so it proves nothing alone.
  await expect(
    rep.getByRole('alert').filter({ hasText: 'Số tiền không khớp với tổng đơn' }),
  ).toBeVisible();
  await expect(rep.getByTestId('order-status')).toHaveText('Chờ thanh toán');
  await rep.getByLabel('Số tiền đã nhận (₫)').fill(String(total));
  await rep.getByRole('button', { name: 'Xác nhận đã nhận tiền' }).click();
  await expect(rep.getByTestId('order-status')).toHaveText('Đã thanh toán');

  await page.reload();
  await expect(page.getByTestId('order-status')).toHaveText('Paid');
  await expect(page.getByRole('img', { name: 'VietQR code for the transfer' })).toHaveCount(0);

  await rep.getByLabel('Đơn vị vận chuyển').fill('VNPost');
  await rep.getByLabel('Mã vận đơn').fill('EE123456789VN');
  await rep.getByRole('button', { name: 'Đánh dấu đã gửi hàng' }).click();
  await expect(rep.getByTestId('order-status')).toHaveText('Đã gửi hàng');
  await page.reload();
  await expect(page.getByTestId('order-status')).toHaveText('Shipped');

  // Every event was queued for the village and the buyer (no SMTP in tests: the desk shows them).
  await rep.goto('/desk/messages');
  await expect(rep.getByText(`Đơn hàng ${reference} đã được thanh toán`).first()).toBeVisible();
  await expect(rep.getByText(`Đơn hàng ${reference} đã được gửi đi`).first()).toBeVisible();
});

test('cash on delivery end to end: the village ships, then records the cash collected', async ({
  browser,
  request,
  page,
}) => {
  const { b, skuOf } = await twoVillages(request);
  const reference = await codOrder(request, skuOf(b));
  const rep = await signedInRep(browser, b);
  await rep.goto(`/desk/orders/${reference}`);
  await rep.getByLabel('Đơn vị vận chuyển').fill('Viettel Post');
  await rep.getByLabel('Mã vận đơn').fill('VT0001');
  await rep.getByRole('button', { name: 'Đánh dấu đã gửi hàng' }).click();
  await expect(rep.getByTestId('order-status')).toHaveText('Đã gửi hàng');
  await rep.getByRole('button', { name: 'Đã giao và đã thu tiền COD' }).click();
  await expect(rep.getByTestId('order-status')).toHaveText('Đã giao');
  void page;
});

test('every desk page passes axe: login, first-time setup, orders, an order, bookings, messages, as a representative and as admin', async ({
  browser,
  page,
  request,
}) => {
  sweepsManyPages();
  await page.goto('/desk/login');
  await expectAxeClean(page, '/desk/login');
  const setup = addStaff([
    '--username',
    `e2e-${run}-axe`,
    '--name',
    'Đại diện thử',
    '--role',
    'village',
    '--village',
    'phu-vinh',
  ]);
  await page.goto(setup);
  await expectAxeClean(page, '/desk/setup');

  const { a, skuOf } = await twoVillages(request);
  const reference = await codOrder(request, skuOf(a));
  const rep = await signedInRep(browser, a);
  // The district's admin sees every village, with a village filter the representatives do not have.
  const admin = await signedIn(browser, [
    '--username',
    `e2e-${run}-axe-admin`,
    '--name',
    'Quản trị thử',
    '--role',
    'admin',
  ]);
  for (const [who, page] of [
    ['representative', rep],
    ['admin', admin],
  ] as const) {
    for (const path of ['/desk', `/desk/orders/${reference}`, '/desk/bookings', '/desk/messages']) {
      const res = await page.goto(path);
      expect(res?.status(), `${who} ${path}`).toBe(200);
      await expectAxeClean(page, `${who} ${path}`);
    }
  }
});

import { expect, test, type Page } from '@playwright/test';
import { parseVietQr } from '../lib/payments/vietqr';
import { placeOrder, signedInRep, twoVillages } from './desk-helpers';

// Issue 25: a village representative runs the day's orders from a phone, in Vietnamese.
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

async function expectNoSidewaysScroll(page: Page, where: string) {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  expect(scroll, `${where}: nothing scrolls sideways`).toBeLessThanOrEqual(width);
}

test('on a phone: log in, find the order, confirm the transfer, ship it with tracking, export the day', async ({
  browser,
  request,
}) => {
  const { a, skuOf } = await twoVillages(request);
  const { reference, url } = await placeOrder(request, skuOf(a), 'bank_transfer');
  const rep = await signedInRep(browser, a, { context: phone });
  await expectNoSidewaysScroll(rep, 'order list');

  // Find it: by reference in the one search box; the result is a card with the next thing to do.
  await rep.getByLabel('Mã đơn hoặc số điện thoại').fill(reference);
  await rep.getByRole('button', { name: 'Tìm', exact: true }).click();
  const card = rep.getByTestId('order-cards').getByRole('listitem').filter({ hasText: reference });
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('Chờ thanh toán');
  await expect(card).toContainText('Chuyển khoản');
  await expect(card).toContainText('Xem sao kê, xác nhận chuyển khoản');
  await expectNoSidewaysScroll(rep, 'search result');
  await card
    .getByRole('link', { name: new RegExp(reference) })
    .first()
    .click();
  await expect(rep.getByRole('heading', { level: 1 })).toHaveText(`Đơn ${reference}`);
  await expectNoSidewaysScroll(rep, 'order page');
  // The buyer's number is tap-to-call and Zalo.
  await expect(rep.getByRole('link', { name: /^Gọi cho khách số/ })).toHaveAttribute(
    'href',
    /^tel:\+84\d{9}$/,
  );
  await expect(rep.getByRole('link', { name: /^Nhắn Zalo cho khách số/ })).toHaveAttribute(
    'href',
    /^https:\/\/zalo\.me\/0\d{9}$/,
  );

  // The transfer arrived: the exact amount, from the buyer's own VietQR code.
  const buyer = await browser.newPage();
  await buyer.goto(url);
  const amount = parseVietQr(
    (await buyer
      .getByRole('img', { name: 'Mã VietQR để chuyển khoản' })
      .getAttribute('data-vietqr'))!,
  ).amountVnd!;
  await rep.getByLabel('Số tiền đã nhận (₫)').fill(new Intl.NumberFormat('vi-VN').format(amount));
  const confirm = rep.getByRole('button', { name: 'Xác nhận đã nhận tiền' });
  // Within a thumb's reach: a full-width button at least 44 px tall.
  const box = (await confirm.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(44);
  expect(box.width).toBeGreaterThan(300);
  await confirm.click();
  await expect(rep.getByTestId('order-status')).toHaveText('Đã thanh toán');

  await rep.getByLabel('Đơn vị vận chuyển').fill('Viettel Post');
  await rep.getByLabel('Mã vận đơn').fill('VTP-390-844');
  await rep.getByRole('button', { name: 'Đánh dấu đã gửi hàng' }).click();
  await expect(rep.getByTestId('order-status')).toHaveText('Đã gửi hàng');
  // The history speaks Vietnamese: who did what, in words, not system codes.
  const history = rep.getByRole('region', { name: 'Lịch sử trạng thái' });
  await expect(history).toContainText('Khách đặt hàng');
  await expect(history).toContainText(
    `Đã nhận chuyển khoản ${new Intl.NumberFormat('vi-VN').format(amount)}`,
  );
  await expect(history).not.toContainText('bank_transfer');
  await expect(history).not.toContainText('desk:');
  await expectNoSidewaysScroll(rep, 'order page after shipping');
  await buyer.reload();
  await expect(buyer.getByTestId('tracking')).toHaveText('VTP-390-844');

  // The day's orders for a spreadsheet: Vietnamese headers and words, amounts as plain numbers.
  await rep.goto(`/desk?q=${reference}`);
  const csv = await rep.request.get(
    (await rep.getByRole('link', { name: 'Tải CSV các đơn này' }).getAttribute('href'))!,
  );
  expect(csv.headers()['content-type']).toContain('text/csv');
  const text = await csv.text();
  const [header, row] = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  expect(header).toMatch(/^Mã đơn,/);
  expect(row).toContain(reference);
  expect(row).toContain('Đã gửi hàng');
  expect(row).toContain('Chuyển khoản');
  expect(row).toContain(String(amount));
  expect(row).not.toMatch(/shipped|bank_transfer/);
});

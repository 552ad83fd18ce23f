import { expect, test, type Page } from '@playwright/test';
import { stripeURL } from '../playwright.config';
import { catalogue, freshPhone, type CatalogueEntry } from './helpers';

// Whole journeys on a phone, as each person meets them (issue 24). Made-to-order pieces only:
// other specs count the stock of in-stock ones.
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

async function madeToOrder(page: Page, locale: 'vi' | 'en', nth = 0): Promise<CatalogueEntry> {
  const made = (await catalogue(page.request, locale)).filter(
    (p) => p.availability === 'made_to_order' && p.village !== 'dong-phuong-yen',
  );
  expect(made.length).toBeGreaterThan(nth);
  return made[nth]!;
}

/** The header's cart link: "Giỏ hàng" / "Cart", with a count when the basket is not empty. */
const cartCount = (page: Page) =>
  page.getByRole('banner').getByRole('link', { name: /^(Giỏ hàng|Cart)/ });

test.describe('a Korean-speaking tourist', () => {
  test.use({ ...phone, locale: 'ko-KR' });

  test('scans a label, reads the piece in English with a price in won, pays by card, and is thanked', async ({
    page,
  }) => {
    const product = await madeToOrder(page, 'en');
    await page.goto(`/q/${product.sku}`);
    await expect(page).toHaveURL(new URL(product.url).pathname.replace(/^\/vi\//, '/en/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(product.name);
    await expect(page.getByTestId('price')).toContainText('₫');
    await expect(page.getByTestId('approx-price')).toHaveText(/^≈ ₩[\d,]+$/);
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Added to your cart.' })).toBeVisible();
    await page.getByRole('link', { name: 'View cart' }).click();
    await expect(page).toHaveTitle(/^Cart · /);
    // A tourist pays by card by default; the charge is in đồng and the card's bank converts it.
    await expect(page.getByRole('radio', { name: /^Card/ })).toBeChecked();
    await expect(page.getByTestId('card-currency')).toContainText('Vietnamese đồng (VND)');
    await page.getByRole('button', { name: 'Pay by card' }).click();
    await expect(page).toHaveURL(new RegExp(`^${stripeURL}/pay/cs_test_`));
    // The emulator's page stands in for Stripe's and is not laid out for phones: press, not tap.
    await page.getByRole('button', { name: /^Pay/ }).press('Enter');
    await expect(page).toHaveURL(/\/en\/checkout\/success\?session_id=cs_test_\w+&order=CM-/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Thank you! Your order is paid.',
    );
    await expect(page.getByTestId('order-status')).toHaveText('Paid');
    await expect(cartCount(page)).toHaveAccessibleName('Cart');
  });
});

test.describe('buyers in Vietnam', () => {
  test.use({ ...phone, locale: 'vi-VN' });

  test('a Vietnamese buyer pays by bank transfer for a delivery: the order page shows the VietQR code and the amount with shipping', async ({
    page,
  }) => {
    const product = await madeToOrder(page, 'vi', 1);
    await page.goto(new URL(product.url).pathname);
    await page.getByRole('button', { name: 'Thêm vào giỏ' }).click();
    await page.getByRole('link', { name: 'Xem giỏ hàng' }).click();
    await page.getByRole('radio', { name: /^Giao hàng trong Việt Nam/ }).check();
    await page.getByRole('radio', { name: /^Chuyển khoản/ }).check();
    await page.getByLabel('Họ và tên').fill('Phạm Thị Chuyển');
    await page
      .getByLabel('Số điện thoại di động')
      .fill(freshPhone().replace(/(\d{4})(\d{3})/, '$1 $2 '));
    await page.getByLabel('Số nhà, đường, thôn/xóm').fill('Số 5, ngõ 12 phố Huế');
    await page.getByLabel('Xã/Phường').fill('Phường Hai Bà Trưng');
    await page.getByLabel('Tỉnh/Thành phố').fill('Hà Nội');
    await page.getByRole('button', { name: 'Đặt hàng' }).click();
    await expect(page).toHaveURL(/\/vi\/orders\/CM-\d{4}-\d{6}\?token=/);
    await expect(page.getByRole('img', { name: 'Mã VietQR để chuyển khoản' })).toBeVisible();
    const total = new Intl.NumberFormat('vi-VN').format(product.priceVnd + 35_000);
    await expect(page.getByRole('region', { name: 'Chuyển khoản bằng VietQR' })).toContainText(
      total,
    );
    await expect(page.getByTestId('order-status')).toHaveText('Chờ thanh toán');
    await expect(cartCount(page)).toHaveAccessibleName('Giỏ hàng');
  });

  test('an English-speaking resident pays cash on delivery: the village will call them', async ({
    page,
  }) => {
    const product = await madeToOrder(page, 'en', 2);
    await page.goto(new URL(product.url).pathname.replace(/^\/vi\//, '/en/'));
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.goto('/en/cart');
    await page.getByRole('radio', { name: /^Delivery within Vietnam/ }).check();
    await page.getByRole('radio', { name: /^Cash on delivery/ }).check();
    await page.getByLabel('Full name').fill('Sam Resident');
    const number = freshPhone();
    await page.getByLabel('Mobile phone').fill(number);
    await page.getByLabel('House number, street, hamlet').fill('18 Tràng Tiền');
    await page.getByLabel('Commune/Ward').fill('Hoàn Kiếm Ward');
    await page.getByLabel('Province/City').fill('Hà Nội');
    await page.getByRole('button', { name: 'Place order' }).click();
    await expect(page).toHaveURL(/\/en\/orders\/CM-\d{4}-\d{6}\?token=/);
    await expect(page.getByRole('status').first()).toContainText(
      `The village will call you on ${number}`,
    );
    await expect(page.getByTestId('order-status')).toHaveText('Awaiting payment');
  });
});

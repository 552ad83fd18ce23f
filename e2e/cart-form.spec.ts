import { expect, test, type Page } from '@playwright/test';
import { catalogue, expectAxeClean, freshPhone, type CatalogueEntry } from './helpers';

// The cart's checkout form on a phone, as buyers who make mistakes meet it (issue 24): errors
// beside their fields, what was typed kept, the country deciding the fields and the payments.
test.use({ viewport: { width: 390, height: 844 } });

async function cartWith(
  page: Page,
  locale: 'vi' | 'en',
  choose: (products: CatalogueEntry[]) => CatalogueEntry | undefined,
) {
  const product = choose(await catalogue(page.request, locale))!;
  expect(product).toBeDefined();
  await page.goto(new URL(product.url).pathname);
  await page
    .getByRole('button', { name: locale === 'vi' ? 'Thêm vào giỏ' : 'Add to cart' })
    .click();
  await page.goto(`/${locale}/cart`);
  return product;
}

test('a tourist from Korea: international delivery, a wrong phone shown beside its field, kept values, then the order', async ({
  page,
}) => {
  // Made to order, outside Trường Yên and Đông Phương Yên (other specs count their stock).
  await cartWith(page, 'en', (all) =>
    all.find((p) => p.availability === 'made_to_order' && p.village === 'phu-yen'),
  );
  await page.getByRole('radio', { name: /^International delivery/ }).check();
  await page.getByRole('radio', { name: /^Bank transfer/ }).check();
  await page.getByLabel('Country or region').selectOption('KR');
  // Cash on delivery is for addresses in Vietnam.
  await expect(page.getByRole('radio', { name: /^Cash on delivery/ })).toBeDisabled();
  await expect(page.getByText('Cash on delivery is only for addresses in Vietnam.')).toBeVisible();
  // Address fields as Korea writes them; the hint shows a Korean number.
  await expect(page.getByLabel('Commune/Ward')).toHaveCount(0);
  await expect(page.getByText(/^e\.g\. 010-\d{4}-\d{4}\./)).toBeVisible();
  await page.getByLabel('Full name').fill('Kim Minji');
  await page.getByLabel('Mobile phone').fill('12345');
  await page.getByLabel('Address line 1', { exact: true }).fill('12 Sejong-daero, Jongno-gu');
  await page.getByLabel('City').fill('Seoul');
  await page.getByLabel('Postal code').fill('03172');
  await page.getByRole('button', { name: 'Place order' }).click();

  const phone = page.getByLabel('Mobile phone');
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await expect(phone).toBeFocused();
  const describedBy = (await phone.getAttribute('aria-describedby'))!.split(' ');
  await expect(page.locator(`#${describedBy[0]}`)).toHaveText(
    /^Mobile phone: not a mobile number in South Korea \(e\.g\. 010-\d{4}-\d{4}\)/,
  );
  await expect(page.getByRole('main').getByRole('alert')).toContainText(
    'Please correct the marked fields above.',
  );
  await expect(page.getByLabel('Full name')).toHaveValue('Kim Minji');
  await expect(page.getByLabel('City')).toHaveValue('Seoul');
  await expectAxeClean(page, 'cart form with a field error');

  // What was typed survives a reload on a weak signal.
  await page.reload();
  await expect(page.getByLabel('Full name')).toHaveValue('Kim Minji');
  await expect(page.getByLabel('Country or region')).toHaveValue('KR');

  await page.getByLabel('Mobile phone').fill('010-2345-6789');
  await expect(page.getByLabel('Mobile phone')).not.toHaveAttribute('aria-invalid');
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(/\/en\/orders\/CM-\d{4}-\d{6}\?token=/);
  await expect(page.getByTestId('order-status')).toHaveText('Awaiting payment');
  // International delivery was charged; the basket is empty and so is the saved form.
  await expect(page.getByRole('main')).toContainText('Shipping₫650,000');
  expect(await page.evaluate(() => sessionStorage.getItem('cm-checkout-v1'))).toBeNull();
});

test('pick-up at the village asks only for a name and a phone', async ({ page }) => {
  await cartWith(page, 'vi', (all) =>
    all.find((p) => p.availability === 'made_to_order' && p.village === 'phu-yen'),
  );
  await expect(page.getByRole('radio', { name: /^Nhận tại làng/ })).toBeChecked();
  await expect(page.getByText('Nhận tại làng: chỉ cần họ tên và số điện thoại')).toBeVisible();
  await expect(page.getByLabel('Số nhà, đường, thôn/xóm')).toHaveCount(0);
  await expect(page.getByLabel('Xã/Phường')).toHaveCount(0);
  await page.getByLabel('Họ và tên').fill('Trần Văn Nhận');
  await page.getByLabel('Số điện thoại di động').fill(freshPhone());
  await page.getByLabel('Email (không bắt buộc)').fill('nhan.hang@example.com');
  await page.getByRole('button', { name: 'Đặt hàng' }).click();
  await expect(page).toHaveURL(/\/vi\/orders\/CM-\d{4}-\d{6}\?token=/);

  // The order page says where and when to collect it, with a way there and a way to keep the link.
  const pickup = page.getByTestId('pickup');
  await expect(pickup).toContainText('Nhận hàng tại');
  await expect(pickup).toContainText('Làng Phù Yên, xã Phú Nghĩa, Hà Nội');
  await expect(pickup).toContainText('Giờ mở cửa');
  await expect(pickup.getByRole('link', { name: 'Mở trong ứng dụng bản đồ' })).toHaveAttribute(
    'href',
    /^geo:\d+\.\d+,\d+\.\d+/,
  );
  await expect(pickup.getByRole('link', { name: /^Gọi làng/ })).toHaveAttribute('href', /^tel:/);
  const keep = page.getByRole('region', { name: 'Giữ đường link này' });
  await expect(keep).toContainText('Chúng tôi cũng đã gửi đường link tới nhan.hang@example.com.');
  await expect(keep.getByRole('button', { name: 'Sao chép đường link' })).toBeVisible();
  await expectAxeClean(page, 'order page for pick-up');
});

test('more than are left: said beside the quantity, and the server names the piece and how many are left', async ({
  page,
}) => {
  const product = await cartWith(
    page,
    'vi',
    // The last of Trường Yên's: e2e/order-methods.spec.ts buys the first ones.
    (all) =>
      all
        .filter(
          (p) =>
            p.village === 'truong-yen' &&
            p.availability === 'in_stock' &&
            (p.stock ?? 0) >= 3 &&
            (p.stock ?? 0) < 20,
        )
        .at(-1),
  );
  const quantity = page.getByRole('spinbutton', { name: new RegExp(product.name) });
  await quantity.fill('20');
  await expect(quantity).toHaveValue('20'); // not silently lowered
  await expect(quantity).toHaveAttribute('aria-invalid', 'true');
  await expect(
    page.getByText(`Chỉ còn ${product.stock} chiếc; vui lòng giảm số lượng.`),
  ).toBeVisible();
  await page.getByLabel('Họ và tên').fill('Lê Thị Nhiều');
  await page.getByLabel('Số điện thoại di động').fill(freshPhone());
  await page.getByRole('button', { name: 'Đặt hàng' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    `«${product.name}» chỉ còn ${product.stock}; vui lòng giảm số lượng.`,
  );
  expect((await catalogue(page.request, 'vi')).find((x) => x.sku === product.sku)?.stock).toBe(
    product.stock,
  );
});

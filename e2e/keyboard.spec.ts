import { expect, test, type Locator, type Page } from '@playwright/test';
import { catalogue, freshPhone } from './helpers';

// Keyboard only: no clicks, no fill(). Every stop on the way must show where the focus is
// (WCAG 2.4.7 / 2.4.11): a visible outline, inside the viewport.

/** Presses Tab (at most `max` times) until `target` has the focus; checks each stop shows its focus. */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const inView =
        rect.bottom > 0 &&
        rect.top < window.innerHeight &&
        rect.right > 0 &&
        rect.left < window.innerWidth;
      return {
        outlined,
        inView,
        what: `${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}”`,
      };
    });
    if (stop) {
      expect(stop.outlined, `focus outline on ${stop.what}`).toBe(true);
      expect(stop.inView, `${stop.what} scrolled into view`).toBe(true);
    }
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

// Made-to-order pieces: no shelf stock for this spec to take from the others running beside it.
async function madeToOrder(page: Page, locale: 'vi' | 'en') {
  const product = (await catalogue(page.request, locale)).find(
    (p) => p.availability === 'made_to_order',
  )!;
  return { ...product, path: new URL(product.url).pathname.replace(/^\/vi/, `/${locale}`) };
}

test('keyboard only, Vietnamese buyer: product page → cart → cash on delivery → order page', async ({
  page,
}) => {
  const product = await madeToOrder(page, 'vi');
  await page.goto(product.path);

  await tabTo(page, page.getByRole('button', { name: 'Thêm vào giỏ' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Đã thêm vào giỏ' })).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: 'Xem giỏ hàng' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Giỏ hàng' })).toBeVisible();

  // Two pieces, with the arrow key on the quantity field.
  const quantity = page.getByRole('spinbutton', { name: new RegExp(product.name) });
  await tabTo(page, quantity);
  await page.keyboard.press('ArrowUp');
  await expect(quantity).toHaveValue('2');

  // Delivery within Vietnam instead of pick-up: the address fields appear.
  await tabTo(page, page.getByRole('radio', { name: /^Nhận tại làng/ }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /^Giao hàng trong Việt Nam/ })).toBeChecked();

  // Cash on delivery is the Vietnamese default; arrows move within the radio group.
  const cod = page.getByRole('radio', { name: /^Trả tiền mặt/ });
  await expect(cod).toBeChecked();
  await tabTo(page, cod);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /^Chuyển khoản/ })).toBeChecked();
  await page.keyboard.press('ArrowUp');
  await expect(cod).toBeChecked();

  await typeInto(page, page.getByLabel('Họ và tên'), 'Nguyễn Thị Bàn Phím');
  const phone = freshPhone();
  await typeInto(
    page,
    page.getByLabel('Số điện thoại di động'),
    `${phone.slice(0, 4)} ${phone.slice(4, 7)} ${phone.slice(7)}`,
  );
  await typeInto(page, page.getByLabel('Số nhà, đường, thôn/xóm'), 'Thôn Phú Vinh');
  await typeInto(page, page.getByLabel('Xã/Phường'), 'Xã Phú Nghĩa');
  await typeInto(page, page.getByLabel('Tỉnh/Thành phố'), 'Hà Nội');
  await tabTo(page, page.getByRole('button', { name: 'Đặt hàng' }));
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/vi\/orders\/CM-\d{4}-\d{6}\?token=/);
  await expect(page.getByRole('main')).toContainText(`${product.name} × 2`);
  await expect(page.getByRole('main')).toContainText(phone); // the number typed, normalised
});

test('keyboard only, tourist: a mistake is announced and reachable, then card payment opens', async ({
  page,
}) => {
  const product = await madeToOrder(page, 'en');
  await page.goto(product.path);
  await tabTo(page, page.getByRole('button', { name: 'Add to cart' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('link', { name: 'View cart' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Cart' })).toBeVisible();

  // Switch to bank transfer and send the form empty: the browser stops on the first required field.
  await tabTo(page, page.getByRole('radio', { name: /^Card/ }));
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('radio', { name: /^Bank transfer/ })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Place order' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Full name')).toBeFocused();
  await expect(page).toHaveURL(/\/en\/cart/);

  // Back to card: the button now says so, and Enter takes the tourist to the payment page.
  await tabTo(page, page.getByRole('radio', { name: /^Bank transfer/ }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /^Card/ })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Pay by card' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/pay\/cs_/);
});

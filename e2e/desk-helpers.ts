import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  expect,
  type APIRequestContext,
  type Browser,
  type BrowserContextOptions,
  type Page,
} from '@playwright/test';
import { baseURL } from '../playwright.config';
import { catalogue, freshPhone } from './helpers';

// Desk sessions and orders for e2e specs, in Vietnamese (the desk's default). Accounts are made
// with the real CLI, which reads the same DATABASE_PATH as the server under test (scripts/test.sh
// exports it).

export const PASSWORD = 'mật khẩu thử nghiệm 2026';
/** One run's account names: the e2e database outlives a run. */
export const run = Date.now().toString(36);

export function addStaff(args: string[]): string {
  const out = execFileSync('npm', ['run', '-s', 'staff', '--', 'add', ...args], {
    env: process.env,
    encoding: 'utf8',
  });
  const token = /\/desk\/setup\?token=([A-Za-z0-9_-]{43})/.exec(out)?.[1];
  expect(token, out).toBeDefined();
  return `/desk/setup?token=${token}`;
}

/** A browser page signed in as a new representative of `village`, through the setup link. */
export async function signedInRep(
  browser: Browser,
  village: string,
  {
    username = `e2e-${run}-${randomBytes(3).toString('hex')}`,
    context = {},
  }: { username?: string; context?: BrowserContextOptions } = {},
): Promise<Page> {
  return signedIn(
    browser,
    [
      '--username',
      username,
      '--name',
      `Đại diện ${village}`,
      '--role',
      'village',
      '--village',
      village,
    ],
    context,
  );
}

/** A browser page signed in as a new staff account (`npm run staff -- add` arguments), through the setup link. */
export async function signedIn(
  browser: Browser,
  staff: string[],
  context: BrowserContextOptions = {},
): Promise<Page> {
  const setup = addStaff(staff);
  const page = await (await browser.newContext(context)).newPage();
  await page.goto(setup);
  await page.getByLabel('Mật khẩu mới (ít nhất 10 ký tự)').fill(PASSWORD);
  await page.getByLabel('Nhập lại mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đặt mật khẩu và đăng nhập' }).click();
  await expect(page).toHaveURL(/\/desk$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Đơn hàng' })).toBeVisible();
  return page;
}

/**
 * A cash-on-delivery order, placed as a buyer's browser would; its reference. A bare SKU is one unit
 * of it (callers pass made-to-order products, which hold no stock other tests count).
 */
export async function codOrder(
  request: APIRequestContext,
  items: string | { sku: string; quantity: number }[],
  method = 'cod',
): Promise<string> {
  return (await placeOrder(request, items, method)).reference;
}

/** An order placed through the checkout API: its reference and the buyer's private link. */
export async function placeOrder(
  request: APIRequestContext,
  items: string | { sku: string; quantity: number }[],
  method = 'cod',
): Promise<{ reference: string; url: string }> {
  const res = await request.post('/api/checkout', {
    headers: {
      'content-type': 'application/json',
      origin: baseURL,
      'x-forwarded-for': `10.30.${randomBytes(1)[0]}.${randomBytes(1)[0]}`,
    },
    data: {
      items: typeof items === 'string' ? [{ sku: items, quantity: 1 }] : items,
      locale: 'vi',
      method,
      customer: {
        name: 'Khách Thử',
        phone: freshPhone(),
        address: { line: '1 Đường Làng', commune: 'Xã Phú Nghĩa', province: 'Hà Nội' },
      },
    },
  });
  expect(res.status(), await res.text()).toBe(200);
  const url = ((await res.json()) as { url: string }).url;
  const reference = /\/orders\/(CM-\d{4}-\d{6})\?/.exec(url)?.[1];
  expect(reference).toBeDefined();
  return { reference: reference!, url };
}

export async function twoVillages(request: APIRequestContext) {
  const made = (await catalogue(request, 'vi')).filter((p) => p.availability === 'made_to_order');
  const villages = [...new Set(made.map((p) => p.village))];
  expect(villages.length).toBeGreaterThanOrEqual(2);
  const [a, b] = villages as [string, string];
  return { a, b, skuOf: (v: string) => made.find((p) => p.village === v)!.sku };
}

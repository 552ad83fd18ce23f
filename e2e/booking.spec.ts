import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { baseURL } from '../playwright.config';

const count = (where = '1 = 1') => {
  const db = new Database(process.env.DATABASE_PATH ?? 'data/shop.db', { readonly: true });
  try {
    return (db.prepare(`select count(*) as n from bookings where ${where}`).get() as { n: number })
      .n;
  } finally {
    db.close();
  }
};
const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

async function firstTour(page: import('@playwright/test').Page, locale: string) {
  await page.goto(`/${locale}/tours`);
  const href = await page
    .getByRole('main')
    .locator('a[href*="/tours/"]')
    .first()
    .getAttribute('href');
  return href!;
}

test.describe('tour booking request', () => {
  test.use({ javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': '10.10.0.1' } });

  test('a valid request is stored and acknowledged with a reference — no JavaScript needed', async ({
    page,
  }) => {
    const tour = await firstTour(page, 'en');
    await page.goto(tour);
    const form = page.locator('#booking form');
    await form.getByLabel('Full name').fill('Jane Visitor');
    await form.getByLabel(/^Phone/).fill('+44 7700 900123');
    await form.getByLabel(/^Date/).fill(tomorrow);
    await form.getByLabel(/^People/).fill('4');
    await form.getByRole('button', { name: 'Send booking request' }).click();
    await expect(page).toHaveURL(/\/booked\?ref=TB-\d{4}-\d{6}$/);
    const ref = new URL(page.url()).searchParams.get('ref')!;
    await expect(page.getByTestId('booking-reference')).toContainText(ref);
    expect(count(`reference = '${ref}' and phone = '+447700900123' and group_size = 4`)).toBe(1);
  });

  test('invalid fields answer 400 with each field named, and nothing is stored', async ({
    page,
  }) => {
    const tour = await firstTour(page, 'vi');
    await page.goto(tour);
    // Only rows this request could have written: the other tests book in parallel (fullyParallel).
    const mine = "date = '2020-01-01'";
    const before = count(mine);
    const res = await page.request.post('/api/bookings', {
      headers: { origin: baseURL, 'x-forwarded-for': '10.10.0.2' },
      form: {
        tour: tour.split('/').pop()!,
        locale: 'vi',
        name: '',
        phone: '123',
        date: '2020-01-01',
        groupSize: '0',
        language: 'xx',
      },
    });
    expect(res.status()).toBe(400);
    const html = await res.text();
    for (const field of ['Họ và tên', 'Số điện thoại', 'Ngày đi', 'Số người', 'Ngôn ngữ hướng dẫn'])
      expect(html).toContain(field);
    expect(count(mine)).toBe(before);
  });

  test('a filled honeypot is silently dropped', async ({ page }) => {
    const tour = await firstTour(page, 'en');
    const mine = "name = 'Bot'"; // as above: not the bookings other tests make meanwhile
    const before = count(mine);
    const res = await page.request.post('/api/bookings', {
      headers: { origin: baseURL, 'x-forwarded-for': '10.10.0.3' },
      form: {
        tour: tour.split('/').pop()!,
        locale: 'en',
        name: 'Bot',
        phone: '0912345678',
        date: tomorrow,
        groupSize: '2',
        language: 'vi',
        website: 'http://spam.example',
      },
      maxRedirects: 0,
    });
    expect(res.status()).toBe(303);
    expect(res.headers().location).not.toContain('ref=');
    expect(count(mine)).toBe(before);
  });

  test('too many requests from one address → 429 with Retry-After', async ({ page }) => {
    const tour = (await firstTour(page, 'en')).split('/').pop()!;
    let limited;
    for (let i = 0; i < 8 && !limited; i++) {
      const res = await page.request.post('/api/bookings', {
        headers: { origin: baseURL, 'x-forwarded-for': '10.10.0.4' },
        form: { tour, locale: 'en', name: '' },
        maxRedirects: 0,
      });
      if (res.status() === 429) limited = res;
    }
    expect(limited).toBeDefined();
    expect(Number(limited!.headers()['retry-after'])).toBeGreaterThan(0);
  });

  test('cross-site posts are refused', async ({ page }) => {
    const res = await page.request.post('/api/bookings', {
      headers: { origin: 'https://evil.example', 'x-forwarded-for': '10.10.0.5' },
      form: { tour: 'x', locale: 'en' },
    });
    expect(res.status()).toBe(403);
  });
});

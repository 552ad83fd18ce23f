import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectAxeClean, locales, sweepsManyPages, villageSlugs, watchErrors } from './helpers';

/** Detail-page slugs linked from a list page, e.g. /vi/tours → ['mot-ngay-…', …]. */
async function linked(
  request: APIRequestContext,
  list: string,
  section: string,
): Promise<string[]> {
  const html = await (await request.get(list)).text();
  const re = new RegExp(`href="/[a-z]{2}/${section}/([a-z0-9-]+)"`, 'g');
  return [...new Set([...html.matchAll(re)].map((m) => m[1] ?? ''))].filter(Boolean);
}

async function explorePages(request: APIRequestContext, locale: string): Promise<string[]> {
  const [tour] = await linked(request, `/${locale}/tours`, 'tours');
  const [artisan] = await linked(request, `/${locale}/artisans`, 'artisans');
  const [news] = await linked(request, `/${locale}/news`, 'news');
  const [programme] = await linked(request, `/${locale}/programmes`, 'programmes');
  for (const slug of [tour, artisan, news, programme]) expect(slug).toBeTruthy();
  return [
    `/${locale}/tours`,
    `/${locale}/tours/${tour}`,
    `/${locale}/artisans`,
    `/${locale}/artisans/${artisan}`,
    `/${locale}/marks`,
    `/${locale}/news`,
    `/${locale}/news/${news}`,
    `/${locale}/programmes`,
    `/${locale}/programmes/${programme}`,
    `/${locale}/programmes/day-nghe-lao-dong-nong-thon`,
    `/${locale}/map`,
    `/${locale}/search`,
    `/${locale}/search?q=may+tre+dan`,
  ];
}

for (const locale of locales) {
  test(`every explore page type renders in ${locale}`, async ({ page, request }) => {
    const errors = watchErrors(page);
    for (const path of await explorePages(request, locale)) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(200);
      await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
    }
    expect(errors).toEqual([]);
  });

  test(`every explore page type passes axe in ${locale}`, async ({ page, request }) => {
    sweepsManyPages();
    for (const path of await explorePages(request, locale)) {
      await page.goto(path);
      await expectAxeClean(page, path);
    }
  });

  test(`calendar files are text/calendar and well formed in ${locale}`, async ({ request }) => {
    const [news] = await linked(request, `/${locale}/news`, 'news');
    for (const path of [`/${locale}/news/${news}/event.ics`, `/${locale}/news/upcoming.ics`]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      expect(res.headers()['content-type'], path).toMatch(/^text\/calendar/);
      const body = await res.text();
      expect(body.startsWith('BEGIN:VCALENDAR\r\n'), path).toBe(true);
      expect(body.endsWith('END:VCALENDAR\r\n'), path).toBe(true);
      expect(body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      for (const line of body.split('\r\n'))
        expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
    const single = await (await request.get(`/${locale}/news/${news}/event.ics`)).text();
    for (const prop of ['UID:', 'DTSTAMP:', 'DTSTART;VALUE=DATE:', 'SUMMARY:'])
      expect(single).toContain(`\r\n${prop}`);
  });
}

test('search works without JavaScript, folding diacritics', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/vi/search');
  await page
    .getByRole('searchbox', { name: 'Tìm sản phẩm, làng, nghệ nhân, tour' })
    .fill('may tre dan');
  await page.getByRole('button', { name: 'Tìm', exact: true }).click();
  await expect(page).toHaveURL(/\/vi\/search\?q=may\+tre\+dan$/);
  await expect(page.getByRole('status')).toContainText('kết quả cho “may tre dan”');
  await expect(page.getByRole('link', { name: /mây tre đan/i }).first()).toBeVisible();
  await page.goto('/en/search?q=RATTAN');
  await expect(page.getByRole('link', { name: /rattan/i }).first()).toBeVisible();
  await context.close();
});

test('search shows results while typing when JavaScript is on', async ({ page }) => {
  await page.goto('/vi/search');
  await page
    .getByRole('searchbox', { name: 'Tìm sản phẩm, làng, nghệ nhân, tour' })
    .pressSequentially('gio may');
  await expect(page.getByRole('link', { name: 'Giỏ mây tròn có nắp' })).toBeVisible();
  await expect(page).toHaveURL(/\/vi\/search$/);
});

test('the search index is a file of its own, in each language', async ({ request }) => {
  for (const locale of locales) {
    const response = await request.get(`/api/search/${locale}`);
    expect(response.status()).toBe(200);
    const index = (await response.json()) as { kind: string; url: string }[];
    const products = index.filter((e) => e.kind === 'product');
    expect(products.length).toBeGreaterThan(10);
    for (const kind of ['village', 'artisan', 'tour'])
      expect(index.some((e) => e.kind === kind)).toBe(true);
    for (const e of index) expect(e.url.startsWith(`/${locale}/`)).toBe(true);
  }
  const other = await request.get('/api/search/fr');
  expect(other.status()).toBe(404);
  expect((await other.json()).error.message).toContain('/api/search/vi');
  expect((await request.post('/api/search/vi')).status()).toBe(405);
});

test('a search page carries its own results, not the whole index', async ({ request }) => {
  const index = (await (await request.get('/api/search/vi')).json()) as {
    kind: string;
    url: string;
  }[];
  const html = await (await request.get('/vi/search?q=gio+may')).text();
  const products = index.filter((e) => e.kind === 'product').map((e) => e.url);
  const onPage = products.filter((url) => html.includes(`${url}"`));
  expect(onPage).toContain('/vi/products/gio-may-tron-co-nap');
  // Only the few baskets that match, not the ~40 other products of the catalogue.
  expect(onPage.length).toBeLessThan(products.length / 2);
  expect(html).not.toContain('/vi/products/hop-go-cham-hoa-sen');
  // What the results show, without the folded tokens only the ranking needs.
  expect(html).not.toMatch(/\\?"(ft|fb)\\?":/);
});

test('typing fetches the index once, only when the box is used', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/search/')) fetched.push(r.url());
  });
  await page.goto('/en/search?q=rattan');
  await expect(page.getByRole('status')).toContainText('“rattan”');
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);
  const box = page.getByRole('searchbox');
  await box.fill('');
  await box.pressSequentially('lotus');
  await expect(page.getByRole('status')).toContainText('“lotus”');
  await expect(page.getByRole('link', { name: /lotus/i }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: /rattan/i })).toHaveCount(0);
  expect(fetched.map((u) => new URL(u).pathname)).toEqual(['/api/search/en']);
  await expect(page).toHaveURL(/\/en\/search\?q=rattan$/);
});

test('a broad search counts every match and says when it lists only the best', async ({ page }) => {
  await page.goto('/en/search?q=rattan');
  const status = page.getByRole('status');
  const total = Number((await status.textContent())?.match(/^(\d+) results/)?.[1]);
  expect(total).toBeGreaterThan(30);
  await expect(status).toContainText('Showing the best 30. Add a word to narrow the search.');
  await expect(page.getByTestId('search-results').locator('li')).toHaveCount(30);
  await page.getByRole('searchbox').fill('rattan lotus');
  await expect(status).toHaveText('No results for “rattan lotus”.');
  await page.getByRole('searchbox').fill('lotus');
  await expect(status).not.toContainText('Showing the best');
});

test('tours link villages and products, and keep the booking slot', async ({ page }) => {
  await page.goto('/vi/tours/mot-ngay-may-tre-phu-nghia');
  await expect(page.getByRole('link', { name: 'Phú Vinh', exact: true }).first()).toHaveAttribute(
    'href',
    '/vi/villages/phu-vinh',
  );
  await expect(page.getByRole('heading', { name: 'Sản phẩm của Phú Vinh' })).toBeVisible();
  await expect(page.locator('section#booking')).toContainText('0900 000 101');
});

test('an artisan without consent has no page; a consenting maker is shown as "made by"', async ({
  page,
  request,
}) => {
  expect((await request.get('/vi/artisans/tho-dan-giang-dong-phuong-yen')).status()).toBe(404);
  expect(await (await request.get('/vi/artisans')).text()).not.toContain(
    'tho-dan-giang-dong-phuong-yen',
  );
  await page.goto('/vi/products/gio-may-tron-co-nap');
  await expect(
    page.getByRole('link', { name: 'Nghệ nhân đan mây Phú Vinh (hồ sơ mẫu)' }),
  ).toHaveAttribute('href', '/vi/artisans/nghe-nhan-dan-may-phu-vinh');
  // This product names the artisan without consent: no link, no name.
  await page.goto('/vi/products/lan-giang-quai-xach');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('main a[href^="/vi/artisans/"]')).toHaveCount(0);
});

test('a village page lists its products as the catalogue does, and a large village links to the rest', async ({
  page,
  request,
}) => {
  const hrefs = (scope: ReturnType<typeof page.locator>) =>
    scope
      .locator('article :is(h2, h3) a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const village of await villageSlugs(request)) {
    await page.goto(`/en/products?village=${village}`);
    const inCatalogue = await hrefs(page.locator('main'));
    expect(inCatalogue.length, village).toBeGreaterThan(0);
    await page.goto(`/en/villages/${village}`);
    const section = page.getByRole('region', { name: 'Made in this village' });
    expect(await hrefs(section), village).toEqual(inCatalogue.slice(0, 12));
    const more = section.getByRole('link', { name: /^See all \d+ products from / });
    if (inCatalogue.length > 12) {
      await expect(more).toHaveAttribute('href', `/en/products?village=${village}`);
      await expect(more).toContainText(`See all ${inCatalogue.length} products`);
    } else {
      await expect(more, village).toHaveCount(0);
    }
  }
});

test('marks badges lead to the explanation', async ({ page }) => {
  await page.goto('/en/villages/phu-vinh');
  await page.getByRole('link', { name: /Collective trademark/ }).click();
  await expect(page).toHaveURL(/\/en\/marks#collective-trademark$/);
  await expect(page.getByRole('heading', { name: 'Collective trademark', level: 2 })).toBeVisible();
});

test('news lists upcoming events before past ones', async ({ page }) => {
  await page.goto('/vi/news');
  const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
  expect(headings.indexOf('Sắp diễn ra')).toBeGreaterThanOrEqual(0);
  expect(headings.indexOf('Sắp diễn ra')).toBeLessThan(headings.indexOf('Đã diễn ra'));
});

test('the map has a pin linking to every village', async ({ page }) => {
  await page.goto('/en/map');
  const map = page.getByRole('group', { name: 'Map of the craft villages of Chương Mỹ' });
  await expect(map).toBeVisible();
  const villages = await page
    .getByRole('region', { name: 'List of villages' })
    .locator('a[href^="/en/villages/"]')
    .count();
  expect(villages).toBeGreaterThanOrEqual(6);
  await expect(map.getByRole('link')).toHaveCount(villages);
  await expect(map.getByRole('link', { name: 'Phú Vinh' })).toHaveAttribute(
    'href',
    '/en/villages/phu-vinh',
  );
});

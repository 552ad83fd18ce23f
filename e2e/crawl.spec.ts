import { expect, test } from '@playwright/test';

// Follows every internal link from both home pages; none may be broken.
test('no internal link is broken', async ({ request }) => {
  test.setTimeout(180_000);
  const queue = ['/vi', '/en'];
  const seen = new Set(queue);
  const broken: string[] = [];
  while (queue.length > 0) {
    const path = queue.shift() ?? '';
    const res = await request.get(path);
    if (res.status() !== 200) {
      broken.push(`${res.status()} ${path}`);
      continue;
    }
    if (!(res.headers()['content-type'] ?? '').includes('text/html')) continue;
    const html = await res.text();
    for (const [, href = ''] of html.matchAll(/<a[^>]+href="([^"#]*)[^"]*"/g)) {
      const url = href.replace(/&amp;/g, '&');
      if (!url.startsWith('/') || url.startsWith('//') || seen.has(url)) continue;
      seen.add(url);
      queue.push(url);
    }
  }
  expect(broken).toEqual([]);
  expect(seen.size).toBeGreaterThan(100);
});

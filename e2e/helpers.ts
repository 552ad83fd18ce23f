import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type APIRequestContext } from '@playwright/test';

export const locales = ['vi', 'en'] as const;

/**
 * For a test that walks through many pages (axe on each, or each photo optimized on its first
 * request): ~40 s on a quiet two-core CI machine, so the 60 s default left too little room when the
 * cores were busy (three such tests timed out in one CI run). Triples the test's timeout; every step
 * keeps its own.
 */
export function sweepsManyPages(): void {
  test.slow();
}

export interface CatalogueEntry {
  sku: string;
  slug: string;
  village: string;
  name: string;
  priceVnd: number;
  availability: string;
  stock: number | null;
  url: string;
}

export async function catalogue(
  request: APIRequestContext,
  locale: string,
): Promise<CatalogueEntry[]> {
  const res = await request.get(`/api/products?locale=${locale}`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { products: CatalogueEntry[] }).products;
}

export async function villageSlugs(request: APIRequestContext): Promise<string[]> {
  const html = await (await request.get('/vi/villages')).text();
  return [
    ...new Set([...html.matchAll(/href="\/vi\/villages\/([a-z0-9-]+)"/g)].map((m) => m[1] ?? '')),
  ].filter(Boolean);
}

/** Collects console errors and failed same-origin requests while a test drives the page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('response', (res) => {
    if (
      res.status() >= 400 &&
      res.url().startsWith(new URL(page.url() || 'http://localhost').origin)
    ) {
      errors.push(`${res.status()} ${res.url()}`);
    }
  });
  return errors;
}

/** WCAG 2.2 A/AA as axe-core checks it: no violation of any impact on the page as it is now. */
export async function expectAxeClean(page: Page, label: string = page.url()): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = violations.map(
    (v) =>
      `${v.impact} ${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
  expect(summary, label).toEqual([]);
}

/**
 * A Vietnamese mobile number of its own for each order a test places: one phone may hold only
 * COD_MAX_OPEN_ORDERS (2) unconfirmed cash-on-delivery orders, and tests run in parallel.
 */
export function freshPhone(): string {
  return `09${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
}

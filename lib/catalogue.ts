import type { Locale } from '@/i18n/routing';
import { CRAFTS, type Craft, type Product } from '@/lib/content';
import { paths } from '@/lib/paths';

export const SORTS = ['featured', 'price-asc', 'price-desc', 'name'] as const;
export type Sort = (typeof SORTS)[number];

export interface CatalogueFilter {
  village?: string;
  craft?: Craft;
  minPrice?: number;
  maxPrice?: number;
  sort: Sort;
}

type Params = Record<string, string | string[] | undefined>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function price(v: string | string[] | undefined): number | undefined {
  const raw = one(v)?.replace(/[.,\s₫đ]/g, '');
  if (!raw || !/^\d{1,10}$/.test(raw)) return undefined;
  return Number(raw);
}

/** Reads filters from a query string. Nonsense values are ignored, never errors. */
export function parseFilter(params: Params, villageSlugs: string[]): CatalogueFilter {
  const village = one(params.village);
  const craft = one(params.craft);
  const sort = one(params.sort);
  return {
    village: village && villageSlugs.includes(village) ? village : undefined,
    craft: (CRAFTS as readonly string[]).includes(craft ?? '') ? (craft as Craft) : undefined,
    minPrice: price(params.min),
    maxPrice: price(params.max),
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as Sort) : 'featured',
  };
}

/** Products per catalogue page: a page stays light however large the catalogue grows. */
export const CATALOGUE_PAGE_SIZE = 24;

/** The requested catalogue page (1 for anything but a whole number ≥ 1), kept within the pages there are. */
export function parsePage(params: Params, total: number): { page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(total / CATALOGUE_PAGE_SIZE));
  const raw = one(params.page);
  const asked = raw && /^\d{1,6}$/.test(raw) ? Number(raw) : 1;
  return { page: Math.min(Math.max(asked, 1), pages), pages };
}

/** One page of a filtered list. */
export function pageOf<T>(items: T[], page: number): T[] {
  return items.slice((page - 1) * CATALOGUE_PAGE_SIZE, page * CATALOGUE_PAGE_SIZE);
}

/** The catalogue's address for a filter and page, as the filter form would send it (defaults left out). */
export function catalogueQuery(f: CatalogueFilter, page = 1): string {
  const q = new URLSearchParams();
  if (f.village) q.set('village', f.village);
  if (f.craft) q.set('craft', f.craft);
  if (f.minPrice !== undefined) q.set('min', String(f.minPrice));
  if (f.maxPrice !== undefined) q.set('max', String(f.maxPrice));
  if (f.sort !== 'featured') q.set('sort', f.sort);
  if (page > 1) q.set('page', String(page));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The catalogue page for a filter and page: where the page links and the village pages' "see all" lead. */
export function catalogueHref(locale: Locale, f: CatalogueFilter, page = 1): string {
  return `${paths.products(locale)}${catalogueQuery(f, page)}`;
}

/**
 * How many products a village page lists. A village with more keeps its page light (it is the page a
 * visitor's phone fetches and keeps after a scan there) and links to the rest in the catalogue.
 */
export const VILLAGE_PAGE_PRODUCTS = 12;

/** A village page's products: the first of the catalogue's own order for that village, and how many there are. */
export function villageShowcase(
  products: Product[],
  village: string,
  locale: string,
): { shown: Product[]; total: number } {
  const all = filterProducts(products, { village, sort: 'featured' }, locale);
  return { shown: all.slice(0, VILLAGE_PAGE_PRODUCTS), total: all.length };
}

export function filterProducts(products: Product[], f: CatalogueFilter, locale: string): Product[] {
  const collator = new Intl.Collator(locale);
  const matches = products.filter(
    (p) =>
      (!f.village || p.village === f.village) &&
      (!f.craft || p.craft === f.craft) &&
      (f.minPrice === undefined || p.priceVnd >= f.minPrice) &&
      (f.maxPrice === undefined || p.priceVnd <= f.maxPrice),
  );
  const order: Record<Sort, (a: Product, b: Product) => number> = {
    featured: (a, b) =>
      Number(Boolean(b.featured)) - Number(Boolean(a.featured)) || a.sku.localeCompare(b.sku),
    'price-asc': (a, b) => a.priceVnd - b.priceVnd,
    'price-desc': (a, b) => b.priceVnd - a.priceVnd,
    name: (a, b) => collator.compare(a.name, b.name),
  };
  return matches.sort(order[f.sort]);
}

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CATALOGUE_PAGE_SIZE,
  catalogueQuery,
  filterProducts,
  pageOf,
  parseFilter,
  parsePage,
  SORTS,
  VILLAGE_PAGE_PRODUCTS,
  villageShowcase,
} from '@/lib/catalogue';
import { CRAFTS } from '@/lib/content';
import type { Product } from '@/lib/content';

const villages = ['phu-vinh', 'truong-yen'];

describe('parseFilter', () => {
  it('reads valid filters', () => {
    expect(
      parseFilter(
        { village: 'phu-vinh', craft: 'mo-go', min: '100000', max: '2.000.000', sort: 'price-asc' },
        villages,
      ),
    ).toEqual({
      village: 'phu-vinh',
      craft: 'mo-go',
      minPrice: 100000,
      maxPrice: 2000000,
      sort: 'price-asc',
    });
  });

  it('ignores nonsense values instead of failing', () => {
    expect(
      parseFilter(
        { village: '../etc', craft: 'x', min: 'abc', max: '-5', sort: 'drop table' },
        villages,
      ),
    ).toEqual({
      village: undefined,
      craft: undefined,
      minPrice: undefined,
      maxPrice: undefined,
      sort: 'featured',
    });
  });

  it('takes the first of repeated parameters', () => {
    expect(parseFilter({ village: ['truong-yen', 'phu-vinh'] }, villages).village).toBe(
      'truong-yen',
    );
  });
});

describe('filterProducts', () => {
  const product = (
    sku: string,
    priceVnd: number,
    village: string,
    name: string,
    featured = false,
  ) => ({ sku, priceVnd, village, name, featured, craft: 'may-tre-dan' }) as Product;
  const all = [
    product('A', 300, 'phu-vinh', 'Đèn'),
    product('B', 100, 'truong-yen', 'Ấm', true),
    product('C', 200, 'phu-vinh', 'Bàn'),
  ];

  it('filters by village and price range, inclusive', () => {
    const out = filterProducts(
      all,
      { village: 'phu-vinh', minPrice: 200, maxPrice: 300, sort: 'price-asc' },
      'vi',
    );
    expect(out.map((p) => p.sku)).toEqual(['C', 'A']);
  });

  it('sorts by price descending, and featured first by default', () => {
    expect(filterProducts(all, { sort: 'price-desc' }, 'vi').map((p) => p.sku)).toEqual([
      'A',
      'C',
      'B',
    ]);
    expect(filterProducts(all, { sort: 'featured' }, 'vi')[0]?.sku).toBe('B');
  });

  it('sorts names with Vietnamese collation', () => {
    expect(filterProducts(all, { sort: 'name' }, 'vi').map((p) => p.name)).toEqual([
      'Ấm',
      'Bàn',
      'Đèn',
    ]);
  });
});

describe('villageShowcase', () => {
  const product = (sku: string, village: string, featured = false) =>
    ({ sku, priceVnd: 100, village, name: sku, featured, craft: 'may-tre-dan' }) as Product;

  it('lists every product of a village that fits on its page, in the catalogue’s order', () => {
    const all = [
      product('PV-0003', 'phu-vinh'),
      product('TY-0001', 'truong-yen'),
      product('PV-0001', 'phu-vinh'),
      product('PV-0002', 'phu-vinh', true),
    ];
    const out = villageShowcase(all, 'phu-vinh', 'vi');
    expect(out.total).toBe(3);
    expect(out.shown.map((p) => p.sku)).toEqual(['PV-0002', 'PV-0001', 'PV-0003']);
    expect(out.shown).toEqual(filterProducts(all, { village: 'phu-vinh', sort: 'featured' }, 'vi'));
  });

  it('keeps a large village’s page to the first products and counts the rest', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      product(
        `PV-${String(i + 1).padStart(4, '0')}`,
        i % 4 === 3 ? 'truong-yen' : 'phu-vinh',
        i === 20,
      ),
    );
    const out = villageShowcase(many, 'phu-vinh', 'vi');
    expect(out.total).toBe(30);
    expect(out.shown).toHaveLength(VILLAGE_PAGE_PRODUCTS);
    expect(out.shown[0]?.sku).toBe('PV-0021'); // featured first, as the catalogue link continues it
    expect(out.shown.every((p) => p.village === 'phu-vinh')).toBe(true);
  });

  it('has nothing for a village without products', () => {
    expect(villageShowcase([product('TY-0001', 'truong-yen')], 'phu-vinh', 'vi')).toEqual({
      shown: [],
      total: 0,
    });
  });
});

describe('catalogue pages', () => {
  it('splits a list into pages of CATALOGUE_PAGE_SIZE, the last one shorter', () => {
    const items = Array.from({ length: 2 * CATALOGUE_PAGE_SIZE + 5 }, (_, i) => i);
    expect(parsePage({}, items.length)).toEqual({ page: 1, pages: 3 });
    expect(pageOf(items, 1)).toEqual(items.slice(0, CATALOGUE_PAGE_SIZE));
    expect(pageOf(items, 3)).toEqual(items.slice(2 * CATALOGUE_PAGE_SIZE));
    expect([1, 2, 3].flatMap((p) => pageOf(items, p))).toEqual(items);
  });

  it('reads a nonsense or out-of-range page as the nearest page there is, never an error', () => {
    expect(parsePage({ page: '2' }, 30).page).toBe(2);
    expect(parsePage({ page: '9' }, 30)).toEqual({ page: 2, pages: 2 });
    for (const page of ['0', '-1', 'abc', '1.5', '', '1e3', '9999999999', ' 2'])
      expect(parsePage({ page }, 30).page, page).toBe(1);
    expect(parsePage({ page: ['2', '1'] }, 30).page).toBe(2);
    expect(parsePage({ page: '3' }, 0)).toEqual({ page: 1, pages: 1 });
  });

  it('writes the filter and page into an address the catalogue reads back the same', () => {
    const villages = ['phu-vinh', 'truong-yen'];
    const filter = fc.record({
      village: fc.option(fc.constantFrom(...villages), { nil: undefined }),
      craft: fc.option(fc.constantFrom(...CRAFTS), { nil: undefined }),
      minPrice: fc.option(fc.integer({ min: 0, max: 9_999_999_999 }), { nil: undefined }),
      maxPrice: fc.option(fc.integer({ min: 0, max: 9_999_999_999 }), { nil: undefined }),
      sort: fc.constantFrom(...SORTS),
    });
    fc.assert(
      fc.property(filter, fc.integer({ min: 1, max: 500 }), (f, page) => {
        const params = Object.fromEntries(new URLSearchParams(catalogueQuery(f, page)));
        expect(parseFilter(params, villages)).toEqual(f);
        expect(parsePage(params, 500 * CATALOGUE_PAGE_SIZE).page).toBe(page);
      }),
    );
    expect(catalogueQuery({ sort: 'featured' })).toBe('');
    expect(catalogueQuery({ village: 'phu-vinh', sort: 'price-asc' }, 2)).toBe(
      '?village=phu-vinh&sort=price-asc&page=2',
    );
  });
});

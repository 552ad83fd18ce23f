import { describe, expect, it } from 'vitest';
import { filterProducts, parseFilter, VILLAGE_PAGE_PRODUCTS, villageShowcase } from '@/lib/catalogue';
import type { Product } from '@/lib/content';

const villages = ['phu-vinh', 'truong-yen'];

describe('parseFilter', () => {
  it('reads valid filters', () => {
    expect(parseFilter({ village: 'phu-vinh', craft: 'mo-go', min: '100000', max: '2.000.000', sort: 'price-asc' }, villages)).toEqual({
      village: 'phu-vinh',
      craft: 'mo-go',
      minPrice: 100000,
      maxPrice: 2000000,
      sort: 'price-asc',
    });
  });

  it('ignores nonsense values instead of failing', () => {
    expect(parseFilter({ village: '../etc', craft: 'x', min: 'abc', max: '-5', sort: 'drop table' }, villages)).toEqual({
      village: undefined,
      craft: undefined,
      minPrice: undefined,
      maxPrice: undefined,
      sort: 'featured',
    });
  });

  it('takes the first of repeated parameters', () => {
    expect(parseFilter({ village: ['truong-yen', 'phu-vinh'] }, villages).village).toBe('truong-yen');
  });
});

describe('filterProducts', () => {
  const product = (sku: string, priceVnd: number, village: string, name: string, featured = false) =>
    ({ sku, priceVnd, village, name, featured, craft: 'may-tre-dan' }) as Product;
  const all = [product('A', 300, 'phu-vinh', 'Đèn'), product('B', 100, 'truong-yen', 'Ấm', true), product('C', 200, 'phu-vinh', 'Bàn')];

  it('filters by village and price range, inclusive', () => {
    const out = filterProducts(all, { village: 'phu-vinh', minPrice: 200, maxPrice: 300, sort: 'price-asc' }, 'vi');
    expect(out.map((p) => p.sku)).toEqual(['C', 'A']);
  });

  it('sorts by price descending, and featured first by default', () => {
    expect(filterProducts(all, { sort: 'price-desc' }, 'vi').map((p) => p.sku)).toEqual(['A', 'C', 'B']);
    expect(filterProducts(all, { sort: 'featured' }, 'vi')[0]?.sku).toBe('B');
  });

  it('sorts names with Vietnamese collation', () => {
    expect(filterProducts(all, { sort: 'name' }, 'vi').map((p) => p.name)).toEqual(['Ấm', 'Bàn', 'Đèn']);
  });
});

describe('villageShowcase', () => {
  const product = (sku: string, village: string, featured = false) =>
    ({ sku, priceVnd: 100, village, name: sku, featured, craft: 'may-tre-dan' }) as Product;

  it('lists every product of a village that fits on its page, in the catalogue’s order', () => {
    const all = [product('PV-0003', 'phu-vinh'), product('TY-0001', 'truong-yen'), product('PV-0001', 'phu-vinh'), product('PV-0002', 'phu-vinh', true)];
    const out = villageShowcase(all, 'phu-vinh', 'vi');
    expect(out.total).toBe(3);
    expect(out.shown.map((p) => p.sku)).toEqual(['PV-0002', 'PV-0001', 'PV-0003']);
    expect(out.shown).toEqual(filterProducts(all, { village: 'phu-vinh', sort: 'featured' }, 'vi'));
  });

  it('keeps a large village’s page to the first products and counts the rest', () => {
    const many = Array.from({ length: 40 }, (_, i) => product(`PV-${String(i + 1).padStart(4, '0')}`, i % 4 === 3 ? 'truong-yen' : 'phu-vinh', i === 20));
    const out = villageShowcase(many, 'phu-vinh', 'vi');
    expect(out.total).toBe(30);
    expect(out.shown).toHaveLength(VILLAGE_PAGE_PRODUCTS);
    expect(out.shown[0]?.sku).toBe('PV-0021'); // featured first, as the catalogue link continues it
    expect(out.shown.every((p) => p.village === 'phu-vinh')).toBe(true);
  });

  it('has nothing for a village without products', () => {
    expect(villageShowcase([product('TY-0001', 'truong-yen')], 'phu-vinh', 'vi')).toEqual({ shown: [], total: 0 });
  });
});

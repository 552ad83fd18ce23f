import { describe, expect, it } from 'vitest';
import { filterProducts, parseFilter } from '@/lib/catalogue';
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

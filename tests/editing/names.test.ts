import { describe, expect, it } from 'vitest';
import {
  freeSlug,
  nextSku,
  parseWholeNumber,
  slugify,
  suggestSkuPrefix,
} from '@/tools/scaffold/names';

describe('next SKU', () => {
  it('is one past the highest number with the prefix, never filling gaps', () => {
    expect(nextSku('PV', ['PV-0001', 'PV-0003', 'DPY-0009'])).toBe('PV-0004');
    expect(nextSku('QB', [])).toBe('QB-0001');
    expect(nextSku('PV', ['PV-0999', 'PVX-2000'])).toBe('PV-1000');
  });
});

describe('names', () => {
  it('slugifies Vietnamese names', () => {
    expect(slugify('Giỏ mây đựng đồ')).toBe('gio-may-dung-do');
    expect(slugify('  Đèn bàn — chao nhỏ! ')).toBe('den-ban-chao-nho');
  });
  it('finds a free slug', () => {
    expect(freeSlug('gio', new Set(['gio', 'gio-2']))).toBe('gio-3');
  });
  it('suggests an unused SKU prefix from the initials', () => {
    expect(suggestSkuPrefix('Phú Vinh', new Set())).toBe('PV');
    expect(suggestSkuPrefix('Đông Phương Yên', new Set())).toBe('DPY');
    expect(suggestSkuPrefix('Phú Vinh', new Set(['PV']))).toBe('PH');
  });
  it('reads prices as people type them', () => {
    expect(parseWholeNumber('250.000 đ')).toBe(250000);
    expect(parseWholeNumber('1,250,000₫')).toBe(1250000);
    expect(parseWholeNumber('hai trăm')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { approxPrice, convertVnd, currencyForLanguages, formatApprox } from '@/lib/rates';

const rates = {
  date: '2026-12-01',
  sample: true,
  rates: { USD: 25400, EUR: 29500, JPY: 170, KRW: 18, AUD: 16800 },
};

describe('approximate prices from the shop’s rates', () => {
  it('divides đồng by the đồng one unit costs', () => {
    expect(convertVnd(320_000, 'USD', rates)).toBeCloseTo(12.598, 3);
    expect(convertVnd(320_000, 'GBP', rates)).toBeUndefined();
  });

  it('writes the amount with a symbol that names its currency, in the currency’s own digits', () => {
    expect(approxPrice(320_000, 'USD', rates)).toBe('≈ US$12.60');
    expect(approxPrice(320_000, 'EUR', rates)).toBe('≈ €10.85');
    expect(approxPrice(320_000, 'AUD', rates)).toBe('≈ A$19.05');
    // Yen and won have no minor unit: no decimals.
    expect(approxPrice(320_000, 'JPY', rates)).toBe('≈ JP¥1,882');
    expect(approxPrice(1_250_000, 'KRW', rates)).toBe('≈ ₩69,444');
    expect(formatApprox(1234.5, 'USD')).toBe('≈ US$1,234.50');
  });

  it('says nothing for a currency the shop keeps no rate for', () => {
    expect(approxPrice(320_000, 'CHF', rates)).toBeUndefined();
  });
});

describe('the visitor’s currency from the browser’s languages', () => {
  const available = Object.keys(rates.rates);

  it('takes the region of the first language that has a kept rate', () => {
    expect(currencyForLanguages(['ko-KR', 'ko', 'en-US'], available)).toBe('KRW');
    expect(currencyForLanguages(['de-DE', 'en'], available)).toBe('EUR');
    expect(currencyForLanguages(['en-AU'], available)).toBe('AUD');
  });

  it('reads a bare language as its likely region', () => {
    expect(currencyForLanguages(['ja'], available)).toBe('JPY');
    expect(currencyForLanguages(['fr'], available)).toBe('EUR');
  });

  it('skips regions without a kept rate and malformed tags', () => {
    expect(currencyForLanguages(['en-GB', 'not a tag', 'en-US'], available)).toBe('USD');
    expect(currencyForLanguages(['vi-VN', 'th-TH'], available)).toBeUndefined();
    expect(currencyForLanguages([], available)).toBeUndefined();
  });
});

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content/errors';
import { readRates, shopSettings, shopSettingsSchema } from '@/lib/settings';

function contentWith(rates?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rates-'));
  mkdirSync(path.join(dir, 'settings'));
  if (rates !== undefined) writeFileSync(path.join(dir, 'settings', 'rates.yml'), rates);
  return dir;
}

describe('content/settings/rates.yml as the site reads it', () => {
  it('reads the shop’s own file', () => {
    const rates = readRates();
    expect(rates?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(rates?.rates.USD).toBeGreaterThan(0);
    expect(rates?.rates).not.toHaveProperty('VND');
  });

  it('takes an unquoted YAML date as the same day', () => {
    const rates = readRates(contentWith('date: 2026-12-01\nsample: false\nrates:\n  USD: 25400\n'));
    expect(rates).toEqual({ date: '2026-12-01', sample: false, rates: { USD: 25400 } });
  });

  it('is absent, not an error, when the shop keeps no rates', () => {
    expect(readRates(contentWith())).toBeUndefined();
  });

  it.each([
    [
      'a rate written with a thousands dot',
      'date: "2026-12-01"\nsample: true\nrates:\n  USD: "25.400"\n',
      'rates.USD',
    ],
    ['a zero rate', 'date: "2026-12-01"\nsample: true\nrates:\n  USD: 0\n', 'rates.USD'],
    ['đồng itself', 'date: "2026-12-01"\nsample: true\nrates:\n  VND: 1\n', 'rates.VND'],
    ['a made-up code', 'date: "2026-12-01"\nsample: true\nrates:\n  usd: 25400\n', 'rates.usd'],
    [
      'a day that does not exist',
      'date: "2026-02-30"\nsample: true\nrates:\n  USD: 25400\n',
      'date',
    ],
    ['no rates', 'date: "2026-12-01"\nsample: true\nrates: {}\n', 'rates'],
    ['no sample flag', 'date: "2026-12-01"\nrates:\n  USD: 25400\n', 'sample'],
  ])('refuses %s with a ContentError naming the file and field', (_, yaml, field) => {
    const dir = contentWith(yaml);
    expect(() => readRates(dir)).toThrow(ContentError);
    expect(() => readRates(dir)).toThrow(
      new RegExp(`^content/settings/rates\\.yml: .*${field.replace('.', '\\.')}:`),
    );
  });
});

describe('the label printer offset in content/settings/shop.yml', () => {
  const shipping = [{ id: 'pickup', name: { vi: 'Nhận tại làng', en: 'Pick up' }, priceVnd: 0 }];
  it('is 0 × 0 mm in the sample, and a few millimetres either way are taken', () => {
    expect(shopSettings().labels).toEqual({ offsetXmm: 0, offsetYmm: 0 });
    expect(
      shopSettingsSchema.parse({ shipping, labels: { offsetXmm: -1.5, offsetYmm: 2 } }).labels,
    ).toEqual({ offsetXmm: -1.5, offsetYmm: 2 });
    expect(shopSettingsSchema.parse({ shipping, labels: { offsetYmm: 1 } }).labels).toEqual({
      offsetXmm: 0,
      offsetYmm: 1,
    });
  });

  it('refuses a shift larger than a label margin, or written as text', () => {
    for (const labels of [{ offsetXmm: 25 }, { offsetYmm: -11 }, { offsetXmm: '2mm' }])
      expect(
        shopSettingsSchema.safeParse({ shipping, labels }).success,
        JSON.stringify(labels),
      ).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import en from '@/messages/desk/en.json';
import vi from '@/messages/desk/vi.json';
import { dayRange, filtersQuery, parseFilters } from '@/lib/desk/filters';
import { confirmForm, setupForm, shipForm } from '@/lib/desk/forms';

const reference = 'CM-2026-000001';

describe('action forms', () => {
  it('reads amounts the way people type them off a bank statement', () => {
    for (const amount of [
      '1250000',
      '1.250.000',
      '1,250,000',
      '1 250 000 ₫',
      '1.250.000đ',
      '1250000 VND',
    ])
      expect(confirmForm.safeParse({ reference, amount }).data?.amount).toBe(1_250_000);
    for (const amount of ['', '12a', '-5', '1e6'])
      expect(confirmForm.safeParse({ reference, amount }).success).toBe(false);
  });

  it('needs a carrier and a tracking number, trimmed and NFC', () => {
    expect(shipForm.safeParse({ reference, carrier: '  ', trackingNumber: 'X' }).success).toBe(
      false,
    );
    expect(
      shipForm.safeParse({
        reference,
        carrier: 'Bưu điện'.normalize('NFD'),
        trackingNumber: ' EE1 ',
      }).data,
    ).toEqual({ reference, carrier: 'Bưu điện', trackingNumber: 'EE1' });
    expect(
      shipForm.safeParse({ reference: 'CM-1', carrier: 'A', trackingNumber: 'B' }).success,
    ).toBe(false);
  });

  it('a password of at least 10 characters, typed twice the same', () => {
    const token = 'a'.repeat(43);
    expect(setupForm.safeParse({ token, password: 'short', confirm: 'short' }).success).toBe(false);
    expect(
      setupForm.safeParse({ token, password: 'long enough 1', confirm: 'long enough 2' }).success,
    ).toBe(false);
    expect(
      setupForm.safeParse({ token, password: 'long enough 1', confirm: 'long enough 1' }).success,
    ).toBe(true);
  });
});

describe('list filters', () => {
  it('keeps valid values, drops the rest, and round-trips through the query string', () => {
    const f = parseFilters({
      status: 'paid',
      method: 'wire',
      village: 'phu-vinh',
      from: '2026-02-30',
      to: '2026-03-31',
      q: ['  0912 ', 'x'],
    });
    expect(f).toEqual({ status: 'paid', village: 'phu-vinh', to: '2026-03-31', q: '0912' });
    expect(parseFilters(new URLSearchParams(filtersQuery(f).slice(1)))).toEqual(f);
    expect(filtersQuery({})).toBe('');
  });

  it("date bounds are Vietnam's midnights, the end day included", () => {
    expect(dayRange(parseFilters({ from: '2026-03-01', to: '2026-03-01' }))).toEqual({
      since: Date.parse('2026-02-28T17:00:00Z'),
      until: Date.parse('2026-03-01T17:00:00Z'),
    });
  });
});

describe('desk messages', () => {
  const keys = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) =>
      typeof v === 'object' && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
    );
  it('Vietnamese and English have the same keys, all NFC', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
    const text = JSON.stringify(vi) + JSON.stringify(en);
    expect(text).toBe(text.normalize('NFC'));
  });
});

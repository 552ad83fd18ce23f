import { describe, expect, it } from 'vitest';
import { displayPhone, normalizeVietnamesePhone } from '@/lib/phone';

describe('normalizeVietnamesePhone', () => {
  it.each([
    ['0912345678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['84912345678', '0912345678'],
    ['0912.345.678', '0912345678'],
    ['(+84) 38-123-4567', '0381234567'],
    ['+84912345678', '0912345678'],
  ])('%s → %s', (input, expected) => expect(normalizeVietnamesePhone(input)).toBe(expected));

  it.each([
    '',
    '12345',
    '0212345678',
    '091234567',
    '09123456789',
    '+1 202 555 0100',
    'abc',
    '+84 0912 345 678',
  ])('%j is not a Vietnamese mobile number', (input) => {
    expect(normalizeVietnamesePhone(input)).toBeUndefined();
  });
});

describe('displayPhone', () => {
  it('shows a Vietnamese mobile as typed at home and any other number in international form', () => {
    expect(displayPhone('+84912345678')).toBe('0912345678');
    expect(displayPhone('+821012345678')).toBe('+82 10 1234 5678');
    expect(displayPhone('not a number')).toBe('not a number');
  });
});

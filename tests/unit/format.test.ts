import { describe, expect, it } from 'vitest';
import { formatVnd } from '@/lib/format';

// Intl puts a no-break space before ₫ in Vietnamese; compare with ordinary spaces.
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('formatVnd', () => {
  it('formats Vietnamese style: dots for thousands, ₫ after', () => {
    expect(plain(formatVnd(1_250_000, 'vi'))).toBe('1.250.000 ₫');
  });
  it('formats English style: ₫ first, commas for thousands', () => {
    expect(formatVnd(1_250_000, 'en')).toBe('₫1,250,000');
  });
  it('never shows decimals (VND has no minor unit)', () => {
    expect(formatVnd(120_000, 'en')).toBe('₫120,000');
  });
});

import { describe, expect, it } from 'vitest';
import { switchLocalePath } from '@/lib/paths';

describe('switchLocalePath', () => {
  it.each([
    ['/vi/products/gio-may', 'en', '/en/products/gio-may'],
    ['/en', 'vi', '/vi'],
    ['/en/villages/', 'vi', '/vi/villages'],
  ] as const)('%s → %s', (from, to, expected) => {
    expect(switchLocalePath(from, to)).toBe(expected);
  });
});

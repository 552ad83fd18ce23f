import { describe, expect, it } from 'vitest';
import { pickLocale } from '@/lib/locale';

describe('pickLocale', () => {
  it.each([
    ['vi-VN,vi;q=0.9,en;q=0.8', 'vi'],
    ['vi', 'vi'],
    ['en-US,en;q=0.9', 'en'],
    ['fr-FR,fr;q=0.9', 'en'],
    ['ko-KR', 'en'],
    ['en;q=0.5,vi;q=0.9', 'vi'],
    ['en-US,vi;q=0.8', 'en'],
    ['vit', 'en'],
    ['*', 'en'],
    ['vi;q=0', 'vi'],
  ])('Accept-Language %s → %s', (header, expected) => {
    expect(pickLocale(undefined, header)).toBe(expected);
  });

  it('uses the NEXT_LOCALE cookie before Accept-Language', () => {
    expect(pickLocale('en', 'vi-VN')).toBe('en');
    expect(pickLocale('vi', 'en-US')).toBe('vi');
  });

  it('ignores a cookie that names no locale, and defaults to vi without any header', () => {
    expect(pickLocale('xx', 'en-US')).toBe('en');
    expect(pickLocale(undefined, null)).toBe('vi');
  });
});

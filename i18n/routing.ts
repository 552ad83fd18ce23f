import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['vi', 'en'],
  defaultLocale: 'vi',
  localePrefix: 'always',
  // next-intl would set NEXT_LOCALE on any page whose language differs from the browser's: a
  // Vietnamese buyer who opens an English link shared on Facebook would then get English labels
  // when scanning in a shop, and the cookie rode on prerendered pages a shared cache may keep.
  // Only the visitor's own choice sets it (components/layout/language-switcher.tsx); the proxy
  // reads it for / and /q (lib/locale.ts).
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (routing.locales as readonly string[]).includes(value);
}

import { routing, type Locale } from '@/i18n/routing';

export const LOCALE_COOKIE = 'NEXT_LOCALE';

/** The cookie the language switcher sets: for this browser session, as next-intl's own was. */
export function localeCookie(locale: Locale): string {
  return `${LOCALE_COOKIE}=${locale}; Path=/; SameSite=Lax`;
}

/**
 * The visitor's language: the NEXT_LOCALE cookie when it names a locale, else the most preferred
 * Accept-Language tag — Vietnamese for `vi…`, English for anything else (a tourist's phone).
 */
export function pickLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
  if (cookie && (routing.locales as readonly string[]).includes(cookie)) return cookie as Locale;
  const preferred = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number.parseFloat(q.slice(2)) : 1;
      return { tag: tag.toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((l) => l.tag && l.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)[0];
  if (!preferred) return routing.defaultLocale;
  return preferred.tag === 'vi' || preferred.tag.startsWith('vi-') ? 'vi' : 'en';
}

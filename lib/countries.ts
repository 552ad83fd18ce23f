import { getCountries, type CountryCode } from 'libphonenumber-js/max';

export type { CountryCode };

/**
 * Vietnam first, then where most of the shop's visitors come from (the tourism office's arrivals
 * by market), then every other country in alphabetical order of the page's language.
 */
export const FIRST_COUNTRIES: readonly CountryCode[] = [
  'VN',
  'KR',
  'JP',
  'CN',
  'US',
  'FR',
  'AU',
  'DE',
  'GB',
  'TW',
  'TH',
  'SG',
  'MY',
  'IN',
  'CA',
];

const ALL = new Set<string>(getCountries());

export function isCountryCode(code: unknown): code is CountryCode {
  return typeof code === 'string' && ALL.has(code);
}

export interface CountryOption {
  code: CountryCode;
  name: string;
}

/** Every country a phone number can be from, named in `locale`. */
export function countryOptions(locale: string): CountryOption[] {
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  const named = (code: CountryCode) => ({ code, name: names.of(code) ?? code });
  const collator = new Intl.Collator(locale);
  const rest = getCountries()
    .filter((c) => !FIRST_COUNTRIES.includes(c))
    .map(named)
    .sort((a, b) => collator.compare(a.name, b.name));
  return [...FIRST_COUNTRIES.map(named), ...rest];
}

export function countryName(code: string, locale: string): string {
  return (
    (isCountryCode(code) && new Intl.DisplayNames([locale], { type: 'region' }).of(code)) || code
  );
}

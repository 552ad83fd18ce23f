/**
 * Approximate prices for visitors from abroad, from the rates the shop keeps in
 * content/settings/rates.yml (validated in lib/settings.ts). Pure and free of zod and node:fs, so the
 * currency picker on the product page can use it in the browser. The charge itself stays in đồng.
 */
export interface ExchangeRates {
  /** The day the rates were taken, YYYY-MM-DD. */
  date: string;
  /** True while the figures are the sample ones, not the shop's own. */
  sample: boolean;
  /** Đồng for one unit of each currency, keyed by ISO 4217 code (USD: 25400). */
  rates: Record<string, number>;
}

export const DEFAULT_CURRENCY = 'USD';

export function convertVnd(
  vnd: number,
  currency: string,
  rates: ExchangeRates,
): number | undefined {
  const perUnit = rates.rates[currency];
  return perUnit ? vnd / perUnit : undefined;
}

// en-GB's symbols say which dollar or yen they mean (US$, A$, CA$, JP¥); en-US writes a bare "$".
const formats = new Map<string, Intl.NumberFormat>();
export function formatApprox(amount: number, currency: string): string {
  let format = formats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', { style: 'currency', currency });
    formats.set(currency, format);
  }
  return `≈ ${format.format(amount)}`;
}

/** "≈ US$12.60" for a price in đồng, or undefined when the shop keeps no rate for the currency. */
export function approxPrice(
  vnd: number,
  currency: string,
  rates: ExchangeRates,
): string | undefined {
  const amount = convertVnd(vnd, currency, rates);
  return amount === undefined ? undefined : formatApprox(amount, currency);
}

// The currency of each region likely to buy here; a region not listed falls back to the default.
const EURO = ['AT', 'BE', 'DE', 'ES', 'FI', 'FR', 'GR', 'IE', 'IT', 'LU', 'NL', 'PT', 'SK', 'SI'];
const REGION_CURRENCY: Record<string, string> = {
  ...Object.fromEntries(EURO.map((r) => [r, 'EUR'])),
  US: 'USD',
  GB: 'GBP',
  JP: 'JPY',
  KR: 'KRW',
  CN: 'CNY',
  TW: 'TWD',
  HK: 'HKD',
  SG: 'SGD',
  TH: 'THB',
  MY: 'MYR',
  AU: 'AUD',
  NZ: 'NZD',
  CA: 'CAD',
  CH: 'CHF',
};

/**
 * The first of the browser's languages whose region has a currency the shop keeps a rate for:
 * "ko-KR" → KRW; a bare "ja" counts as Japan (Intl.Locale's likely region).
 */
export function currencyForLanguages(
  languages: readonly string[],
  available: readonly string[],
): string | undefined {
  for (const tag of languages) {
    let region: string | undefined;
    try {
      region = new Intl.Locale(tag).maximize().region;
    } catch {
      continue;
    }
    const currency = region ? REGION_CURRENCY[region] : undefined;
    if (currency && available.includes(currency)) return currency;
  }
  return undefined;
}

'use client';

import { useId, useSyncExternalStore } from 'react';
import {
  DEFAULT_CURRENCY,
  approxPrice,
  currencyForLanguages,
  type ExchangeRates,
} from '@/lib/rates';
import { control } from '@/components/ui/field';

const KEY = 'currency';
const listeners = new Set<() => void>();
// The choice of this visit, for a browser that keeps no storage (private browsing on some phones).
let chosen: string | null = null;
function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
function stored(): string | null {
  try {
    return chosen ?? localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/**
 * "≈ US$12.60" under the price on English pages, in a currency the visitor can change. The page is the
 * same for everyone (static, ISR), so the server writes the default and the browser picks the
 * visitor's own from their languages' region, or their earlier choice, once it runs.
 */
export function ApproxPrice({
  priceVnd,
  rates,
  labels,
}: {
  priceVnd: number;
  rates: ExchangeRates;
  labels: { currency: string; note: string };
}) {
  const id = useId();
  const codes = Object.keys(rates.rates);
  const fallback = codes.includes(DEFAULT_CURRENCY) ? DEFAULT_CURRENCY : (codes[0] ?? '');
  const currency = useSyncExternalStore(
    subscribe,
    () => {
      const choice = stored();
      if (choice && codes.includes(choice)) return choice;
      return currencyForLanguages(navigator.languages, codes) ?? fallback;
    },
    () => fallback,
  );
  const choose = (code: string) => {
    chosen = code;
    try {
      localStorage.setItem(KEY, code);
    } catch {
      // No storage: `chosen` keeps it for this visit.
    }
    listeners.forEach((l) => l());
  };
  return (
    <div className="text-bamboo-800 mt-1 text-sm">
      {/* The picker first: when the browser's own currency replaces the default, only text changes. */}
      <p className="flex items-center gap-2">
        <label htmlFor={id} className="sr-only">
          {labels.currency}
        </label>
        <select
          id={id}
          value={currency}
          onChange={(e) => choose(e.target.value)}
          className={control({ size: 'sm', width: 'auto' })}
        >
          {codes.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
        <span className="text-bamboo-900 text-base font-semibold" data-testid="approx-price">
          {approxPrice(priceVnd, currency, rates)}
        </span>
      </p>
      <p>{labels.note}</p>
    </div>
  );
}

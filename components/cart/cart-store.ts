'use client';

import { useSyncExternalStore } from 'react';

/** The cart lives in the browser (localStorage) until checkout; the server prices it then. */
export interface CartItem {
  sku: string;
  quantity: number;
}

const KEY = 'cm-cart-v1';
const EVENT = 'cm-cart-change';
const EMPTY: CartItem[] = [];
let cache: { raw: string | null; items: CartItem[] } = { raw: null, items: EMPTY };

function read(): CartItem[] {
  const raw = window.localStorage.getItem(KEY);
  if (raw === cache.raw) return cache.items;
  let items: CartItem[] = EMPTY;
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    if (Array.isArray(parsed)) {
      items = parsed
        .filter(
          (i): i is CartItem =>
            typeof i?.sku === 'string' && Number.isInteger(i?.quantity) && i.quantity > 0,
        )
        .slice(0, 30);
    }
  } catch {
    items = EMPTY;
  }
  cache = { raw, items };
  return items;
}

function write(items: CartItem[]) {
  window.localStorage.setItem(KEY, JSON.stringify(items));
  window.dispatchEvent(new Event(EVENT));
}

function subscribe(onChange: () => void) {
  window.addEventListener('storage', onChange);
  window.addEventListener(EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(EVENT, onChange);
  };
}

export function useCart(): CartItem[] {
  return useSyncExternalStore(subscribe, read, () => EMPTY);
}

export const MAX_PER_LINE = 20;

export function addToCart(sku: string, quantity: number, max = MAX_PER_LINE) {
  const items = read();
  const existing = items.find((i) => i.sku === sku);
  const next = existing
    ? items.map((i) =>
        i.sku === sku ? { ...i, quantity: Math.min(max, i.quantity + quantity) } : i,
      )
    : [...items, { sku, quantity: Math.min(max, quantity) }];
  write(next);
}

export function setQuantity(sku: string, quantity: number) {
  write(
    quantity <= 0
      ? read().filter((i) => i.sku !== sku)
      : read().map((i) => (i.sku === sku ? { ...i, quantity } : i)),
  );
}

export function clearCart() {
  write([]);
}

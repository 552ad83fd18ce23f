'use client';

import { useEffect } from 'react';
import { clearCart } from './cart-store';

/** Rendered on a confirmed order: the cart has been bought. */
export function ClearCart() {
  useEffect(() => clearCart(), []);
  return null;
}

'use client';

import { useId, useState } from 'react';
import { addToCart, MAX_PER_LINE } from './cart-store';
import { buttonVariants } from '@/components/ui/button-variants';
import { control } from '@/components/ui/field';

interface Props {
  sku: string;
  /** Units that can be bought now; null for made-to-order. */
  stock: number | null;
  labels: { quantity: string; add: string; soldOut: string; added: string; viewCart: string };
  cartHref: string;
}

export function AddToCart({ sku, stock, labels, cartHref }: Props) {
  const id = useId();
  const max = Math.min(MAX_PER_LINE, stock ?? MAX_PER_LINE);
  const [quantity, setQuantity] = useState(1);
  const [added, setAdded] = useState(false);
  if (max < 1) {
    return <p className="font-semibold text-red-800">{labels.soldOut}</p>;
  }
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        addToCart(sku, Math.max(1, Math.min(max, quantity)), max);
        setAdded(true);
      }}
    >
      <label htmlFor={id} className="flex flex-col text-sm font-semibold">
        {labels.quantity}
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={1}
          max={max}
          value={quantity}
          onChange={(e) => setQuantity(Number(e.target.value) || 1)}
          className={control({ width: 'auto', className: 'mt-1 w-20' })}
        />
      </label>
      <button type="submit" className={buttonVariants({ size: 'lg' })}>
        {labels.add}
      </button>
      <p role="status" className="w-full text-sm">
        {added && (
          <>
            {labels.added}{' '}
            <a href={cartHref} className="link">
              {labels.viewCart}
            </a>
          </>
        )}
      </p>
    </form>
  );
}

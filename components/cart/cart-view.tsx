'use client';

import type { Locale } from '@/i18n/routing';
import { setQuantity, useCart } from './cart-store';
import { CheckoutForm, type CheckoutLabels, type ShippingChoice } from './checkout-form';
import type { CountryChoice } from './customer-fields';
import { Price } from '@/components/ui/price';
import { control } from '@/components/ui/field';

export interface CartProduct {
  sku: string;
  name: string;
  href: string;
  priceVnd: number;
  priceLabel: string;
  /** Units available now; null for made-to-order. */
  stock: number | null;
  leadTime?: string;
  /** The first photo, sized by the server (next/image's srcset). */
  thumb?: CartThumb;
}

export interface CartThumb {
  src: string;
  srcSet?: string;
  sizes?: string;
  width: number;
  height: number;
  alt: string;
}

export interface CartLabels extends CheckoutLabels {
  empty: string;
  product: string;
  quantity: string;
  remove: string;
  unavailable: string;
  /** With {count}: more are asked for than are left. */
  onlyLeft: string;
  cancelled: string;
}

interface Props {
  products: Record<string, CartProduct>;
  shipping: ShippingChoice[];
  countries: CountryChoice[];
  locale: Locale;
  labels: CartLabels;
  cancelled: boolean;
}

/** At most this many of one piece (lib/checkout/schema.ts MAX_PER_LINE). */
const MAX_PER_LINE = 20;

/** The cart: edits quantities in the browser, then asks the server to price and reserve it. */
export function CartView({ products, shipping, countries, locale, labels, cancelled }: Props) {
  const cart = useCart();
  const lines = cart.flatMap((item) => {
    const product = products[item.sku];
    return product ? [{ ...item, product }] : [];
  });
  if (lines.length === 0) {
    return <p role="status">{cancelled ? `${labels.cancelled} ${labels.empty}` : labels.empty}</p>;
  }
  const subtotal = lines.reduce((sum, l) => sum + l.product.priceVnd * l.quantity, 0);

  return (
    <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
      <div>
        {cancelled && (
          <p role="status" className="border-bamboo-600 mb-4 rounded border bg-white p-3">
            {labels.cancelled}
          </p>
        )}
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{labels.product}</caption>
          <thead>
            <tr className="border-bamboo-200 border-b text-sm">
              <th scope="col" className="py-2">
                {labels.product}
              </th>
              <th scope="col" className="py-2">
                {labels.quantity}
              </th>
              <th scope="col" className="py-2 text-right">
                {labels.total}
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => {
              const left = l.product.stock ?? MAX_PER_LINE;
              const tooMany = left > 0 && l.quantity > left;
              return (
                <tr key={l.sku} className="border-bamboo-200 border-b align-top">
                  <td className="py-3 pr-2">
                    <div className="flex gap-3">
                      {l.product.thumb && (
                        // eslint-disable-next-line @next/next/no-img-element -- sized by the page with getImageProps
                        <img
                          {...l.product.thumb}
                          alt=""
                          loading="lazy"
                          className="size-16 flex-none rounded object-cover"
                        />
                      )}
                      <div className="min-w-0">
                        <a href={l.product.href} className="link">
                          {l.product.name}
                        </a>
                        <div className="text-sm">
                          {l.product.priceLabel} · {l.sku}
                        </div>
                        {l.product.leadTime && (
                          <div className="text-bamboo-800 text-sm">{l.product.leadTime}</div>
                        )}
                        {left < 1 && (
                          <div className="text-sm font-semibold text-red-800">
                            {labels.unavailable}
                          </div>
                        )}
                      </div>
                    </div>
                  </td>
                  <td className="py-3 pr-2">
                    <label
                      className="sr-only"
                      htmlFor={`q-${l.sku}`}
                    >{`${labels.quantity}: ${l.product.name}`}</label>
                    <input
                      id={`q-${l.sku}`}
                      type="number"
                      inputMode="numeric"
                      min={1}
                      max={Math.min(MAX_PER_LINE, Math.max(1, left))}
                      value={l.quantity}
                      onChange={(e) =>
                        setQuantity(
                          l.sku,
                          Math.min(
                            MAX_PER_LINE,
                            Math.max(1, Math.trunc(Number(e.target.value)) || 1),
                          ),
                        )
                      }
                      aria-invalid={tooMany ? true : undefined}
                      aria-describedby={tooMany ? `q-${l.sku}-left` : undefined}
                      className={control({ width: 'auto', className: 'w-16' })}
                    />
                    {tooMany && (
                      <p id={`q-${l.sku}-left`} className="text-sm font-semibold text-red-800">
                        {labels.onlyLeft.replace('{count}', String(left))}
                      </p>
                    )}
                    <button
                      type="button"
                      onClick={() => setQuantity(l.sku, 0)}
                      className="ml-2 text-sm text-red-800 underline"
                    >
                      {labels.remove}
                      <span className="sr-only"> {l.product.name}</span>
                    </button>
                  </td>
                  <td className="py-3 text-right">
                    <Price vnd={l.product.priceVnd * l.quantity} locale={locale} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <CheckoutForm
        items={lines.map((l) => ({ sku: l.sku, quantity: l.quantity }))}
        subtotal={subtotal}
        shipping={shipping}
        countries={countries}
        locale={locale}
        labels={labels}
      />
    </div>
  );
}

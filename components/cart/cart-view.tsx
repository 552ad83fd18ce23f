'use client';

import { useState } from 'react';
import { clearCart, setQuantity, useCart } from './cart-store';
import { CustomerFields, type CustomerLabels } from './customer-fields';

export interface CartProduct {
  sku: string;
  name: string;
  href: string;
  priceVnd: number;
  priceLabel: string;
  /** Units available now; null for made-to-order. */
  stock: number | null;
  leadTime?: string;
}

export interface CartLabels {
  empty: string;
  product: string;
  quantity: string;
  remove: string;
  subtotal: string;
  shipping: string;
  total: string;
  payCard: string;
  /** Shown when paying by card: the charge is in VND and a foreign card's bank converts it. */
  cardCurrency: string;
  placeOrder: string;
  method: string;
  methods: { card: string; bank_transfer: string; cod: string };
  customer: CustomerLabels;
  paying: string;
  unavailable: string;
  cancelled: string;
  error: string;
}

interface Props {
  products: Record<string, CartProduct>;
  shipping: { id: string; label: string; priceVnd: number; priceLabel: string }[];
  locale: 'vi' | 'en';
  labels: CartLabels;
  cancelled: boolean;
}

const vnd = (locale: string, amount: number) =>
  new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US', {
    style: 'currency',
    currency: 'VND',
    maximumFractionDigits: 0,
  }).format(amount);

type Method = 'card' | 'bank_transfer' | 'cod';
const METHODS: Method[] = ['cod', 'bank_transfer', 'card'];

/** The cart: edits quantities in the browser, then asks the server to price and reserve it. */
export function CartView({ products, shipping, locale, labels, cancelled }: Props) {
  const cart = useCart();
  const [shippingId, setShippingId] = useState(shipping[0]?.id ?? '');
  // Tourists (English) mostly pay by card; Vietnamese buyers mostly pay cash on delivery.
  const [method, setMethod] = useState<Method>(locale === 'en' ? 'card' : 'cod');
  const [status, setStatus] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const lines = cart.flatMap((item) => {
    const product = products[item.sku];
    return product ? [{ ...item, product }] : [];
  });
  if (lines.length === 0) {
    return <p role="status">{cancelled ? `${labels.cancelled} ${labels.empty}` : labels.empty}</p>;
  }
  const subtotal = lines.reduce((sum, l) => sum + l.product.priceVnd * l.quantity, 0);
  const ship = shipping.find((s) => s.id === shippingId) ?? shipping[0];
  const total = subtotal + (ship?.priceVnd ?? 0);

  // A client fetch, not a form action: the cart lives in this browser, and /api/checkout is the
  // same JSON contract partners and tests use.
  async function checkout(form: HTMLFormElement) {
    setStatus({ busy: true });
    const data = new FormData(form);
    const text = (k: string) => String(data.get(k) ?? '').trim();
    const customer =
      method === 'card'
        ? undefined
        : {
            name: text('name'),
            phone: text('phone'),
            ...(text('email') && { email: text('email') }),
            address: { line: text('line'), commune: text('commune'), province: text('province') },
            ...(text('note') && { note: text('note') }),
          };
    try {
      const res = await fetch('/api/checkout', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          items: lines.map((l) => ({ sku: l.sku, quantity: l.quantity })),
          locale,
          method,
          shipping: ship?.id,
          customer,
        }),
      });
      const body = (await res.json()) as { url?: string; error?: { message?: string } };
      if (res.ok && body.url) {
        // A transfer or cash order is placed now; a card basket stays until Stripe says it is paid
        // (the success page clears it), so cancelling on Stripe's page brings the buyer back to it.
        if (method !== 'card') clearCart();
        window.location.assign(body.url);
        return;
      }
      setStatus({ busy: false, error: body.error?.message ?? labels.error });
    } catch {
      setStatus({ busy: false, error: labels.error });
    }
  }

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
              const max = Math.min(20, l.product.stock ?? 20);
              return (
                <tr key={l.sku} className="border-bamboo-200 border-b align-top">
                  <td className="py-3 pr-2">
                    <a href={l.product.href} className="text-leaf-800 font-semibold underline">
                      {l.product.name}
                    </a>
                    <div className="text-sm">
                      {l.product.priceLabel} · {l.sku}
                    </div>
                    {l.product.leadTime && (
                      <div className="text-bamboo-800 text-sm">{l.product.leadTime}</div>
                    )}
                    {max < 1 && (
                      <div className="text-sm font-semibold text-red-800">{labels.unavailable}</div>
                    )}
                  </td>
                  <td className="py-3 pr-2">
                    <label
                      className="sr-only"
                      htmlFor={`q-${l.sku}`}
                    >{`${labels.quantity}: ${l.product.name}`}</label>
                    <input
                      id={`q-${l.sku}`}
                      type="number"
                      min={1}
                      max={Math.max(1, max)}
                      value={l.quantity}
                      onChange={(e) =>
                        setQuantity(l.sku, Math.min(Math.max(1, max), Number(e.target.value) || 1))
                      }
                      className="border-bamboo-600 w-16 rounded border bg-white px-2 py-1"
                    />
                    <button
                      type="button"
                      onClick={() => setQuantity(l.sku, 0)}
                      className="ml-2 text-sm text-red-800 underline"
                    >
                      {labels.remove}
                      <span className="sr-only"> {l.product.name}</span>
                    </button>
                  </td>
                  <td className="py-3 text-right font-semibold">
                    {vnd(locale, l.product.priceVnd * l.quantity)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <form
        className="border-bamboo-200 h-fit rounded-lg border bg-white p-4"
        onSubmit={(e) => {
          e.preventDefault();
          void checkout(e.currentTarget);
        }}
      >
        <fieldset className="mb-4">
          <legend className="mb-2 font-semibold">{labels.shipping}</legend>
          {shipping.map((s) => (
            <label key={s.id} className="mb-1 flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="shipping"
                value={s.id}
                checked={s.id === ship?.id}
                onChange={() => setShippingId(s.id)}
              />
              {s.label} — {s.priceLabel}
            </label>
          ))}
        </fieldset>
        <dl className="mb-4 grid grid-cols-[1fr_auto] gap-1 text-sm">
          <dt>{labels.subtotal}</dt>
          <dd className="text-right">{vnd(locale, subtotal)}</dd>
          <dt>{labels.shipping}</dt>
          <dd className="text-right">{vnd(locale, ship?.priceVnd ?? 0)}</dd>
          <dt className="text-base font-bold">{labels.total}</dt>
          <dd className="text-right text-base font-bold" data-testid="cart-total">
            {vnd(locale, total)}
          </dd>
        </dl>
        <fieldset className="mb-4">
          <legend className="mb-2 font-semibold">{labels.method}</legend>
          {METHODS.map((m) => (
            <label key={m} className="mb-1 flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="method"
                value={m}
                checked={m === method}
                onChange={() => setMethod(m)}
              />
              {labels.methods[m]}
            </label>
          ))}
        </fieldset>
        {method === 'card' ? (
          <p className="mb-4 text-sm" data-testid="card-currency">
            {labels.cardCurrency}
          </p>
        ) : (
          <CustomerFields labels={labels.customer} />
        )}
        <button
          type="submit"
          disabled={status.busy}
          className="bg-leaf-700 hover:bg-leaf-800 w-full rounded px-4 py-2 font-semibold text-white disabled:opacity-60"
        >
          {status.busy ? labels.paying : method === 'card' ? labels.payCard : labels.placeOrder}
        </button>
        <p role="alert" className="mt-3 text-sm text-red-800">
          {status.error}
        </p>
      </form>
    </div>
  );
}

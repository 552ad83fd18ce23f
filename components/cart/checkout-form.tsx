'use client';

import { useEffect, useRef, useState } from 'react';
import type { Locale } from '@/i18n/routing';
import { fieldKey } from '@/lib/checkout/field-key';
import { clearCart, type CartItem } from './cart-store';
import {
  addressFrom,
  CustomerFields,
  FieldError,
  type CountryChoice,
  type CustomerLabels,
} from './customer-fields';
import { buttonVariants } from '@/components/ui/button-variants';
import { card } from '@/components/ui/card';
import { Price } from '@/components/ui/price';

type Method = 'card' | 'bank_transfer' | 'cod';
const METHODS: Method[] = ['cod', 'bank_transfer', 'card'];

export interface ShippingChoice {
  id: string;
  label: string;
  priceVnd: number;
  priceLabel: string;
  /** Where the option delivers; none for pick-up at the village. */
  countries?: string[];
}

export interface CheckoutLabels {
  shipping: string;
  subtotal: string;
  total: string;
  payCard: string;
  /** Shown when paying by card: the charge is in VND and a foreign card's bank converts it. */
  cardCurrency: string;
  cardAddress: string;
  placeOrder: string;
  method: string;
  methods: Record<Method, string>;
  customer: CustomerLabels;
  paying: string;
  error: string;
  fixErrors: string;
  pickupNote: string;
  codVietnamOnly: string;
  noDelivery: string;
}

interface Props {
  items: CartItem[];
  subtotal: number;
  shipping: ShippingChoice[];
  countries: CountryChoice[];
  locale: Locale;
  labels: CheckoutLabels;
}

// What the buyer typed survives a reload, a slip back to the product page or a failed send on a
// weak signal; sessionStorage ends with the tab.
const SAVED = 'cm-checkout-v1';
function saved(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(window.sessionStorage.getItem(SAVED) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

interface ApiError {
  message?: string;
  fields?: { field: string; message: string }[];
}

/** Where to pay and ship, and who to: the server prices, checks and holds; its errors come back beside their fields. */
export function CheckoutForm({ items, subtotal, shipping, countries, locale, labels }: Props) {
  const [values, setValues] = useState<Record<string, string>>(saved);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const form = useRef<HTMLFormElement>(null);
  const focusError = useRef(false);

  const ship = shipping.find((s) => s.id === values.shipping) ?? shipping[0];
  const country = values.country || 'VN';
  const delivers = Boolean(ship?.countries);
  const codAllowed = !delivers || country === 'VN';
  // Tourists (English) mostly pay by card; Vietnamese buyers mostly pay cash on delivery.
  const wanted = (values.method as Method | undefined) ?? (locale === 'en' ? 'card' : 'cod');
  const method: Method = wanted === 'cod' && !codAllowed ? 'bank_transfer' : wanted;
  const total = subtotal + (ship?.priceVnd ?? 0);

  useEffect(() => {
    window.sessionStorage.setItem(SAVED, JSON.stringify(values));
  }, [values]);
  useEffect(() => {
    if (!focusError.current) return;
    focusError.current = false;
    form.current
      ?.querySelector<HTMLElement>('[aria-invalid="true"], [aria-describedby$="-error"]:checked')
      ?.focus();
  }, [errors]);

  function change(name: string, value: string) {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== name)));
  }

  function customer() {
    const text = (k: string) => (values[k] ?? '').trim();
    return {
      name: text('name'),
      phone: text('phone'),
      country,
      ...(text('email') && { email: text('email') }),
      ...(delivers && { address: addressFrom({ ...values, country }) }),
      ...(text('note') && { note: text('note') }),
    };
  }

  // A client fetch, not a form action: the cart lives in this browser, and /api/checkout is the
  // same JSON contract partners and tests use.
  async function checkout() {
    setStatus({ busy: true });
    try {
      const res = await fetch('/api/checkout', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          items,
          locale,
          method,
          shipping: ship?.id,
          customer: method === 'card' ? undefined : customer(),
        }),
      });
      const body = (await res.json()) as { url?: string; error?: ApiError };
      if (res.ok && body.url) {
        // A transfer or cash order is placed now; a card basket stays until Stripe says it is paid
        // (the success page clears it), so cancelling on Stripe's page brings the buyer back to it.
        if (method !== 'card') clearCart();
        window.sessionStorage.removeItem(SAVED);
        window.location.assign(body.url);
        return;
      }
      showErrors(body.error);
    } catch {
      setStatus({ busy: false, error: labels.error });
    }
  }

  function showErrors(error: ApiError | undefined) {
    const onForm = new Set(
      [...(form.current?.querySelectorAll<HTMLElement>('[name]') ?? [])].map((e) =>
        e.getAttribute('name'),
      ),
    );
    const beside: Record<string, string> = {};
    const elsewhere: string[] = [];
    for (const f of error?.fields ?? []) {
      const key = fieldKey(f.field);
      if (onForm.has(key) && !beside[key]) beside[key] = f.message;
      else elsewhere.push(f.message);
    }
    focusError.current = Object.keys(beside).length > 0;
    setErrors(beside);
    const summary = elsewhere.length > 0 ? elsewhere : [error?.message ?? labels.error];
    setStatus({
      busy: false,
      error:
        Object.keys(beside).length > 0
          ? [labels.fixErrors, ...elsewhere].join(' ')
          : summary.join(' '),
    });
  }

  const radio = (name: string, value: string, checked: boolean, disabled = false) => (
    <input
      type="radio"
      name={name}
      value={value}
      checked={checked}
      disabled={disabled}
      onChange={() => change(name, value)}
      aria-describedby={errors[name] ? `${name}-error` : undefined}
    />
  );

  return (
    <form
      ref={form}
      className={card({ padding: 'md', className: 'h-fit' })}
      onSubmit={(e) => {
        e.preventDefault();
        void checkout();
      }}
    >
      <fieldset className="mb-4">
        <legend className="mb-2 font-semibold">{labels.shipping}</legend>
        {shipping.map((s) => (
          <label key={s.id} className="mb-1 flex items-center gap-2 text-sm">
            {radio('shipping', s.id, s.id === ship?.id)}
            {s.label} — {s.priceLabel}
          </label>
        ))}
        {!delivers && method !== 'card' && <p className="mt-1 text-sm">{labels.pickupNote}</p>}
        {delivers && method !== 'card' && !ship?.countries?.includes(country) && (
          <p className="mt-1 text-sm font-semibold text-red-800">{labels.noDelivery}</p>
        )}
        <FieldError name="shipping" message={errors.shipping} />
      </fieldset>
      <dl className="mb-4 grid grid-cols-[1fr_auto] gap-1 text-sm">
        <dt>{labels.subtotal}</dt>
        <dd className="text-right">
          <Price vnd={subtotal} locale={locale} weight="regular" />
        </dd>
        <dt>{labels.shipping}</dt>
        <dd className="text-right">
          <Price vnd={ship?.priceVnd ?? 0} locale={locale} weight="regular" />
        </dd>
        <dt className="text-base font-bold">{labels.total}</dt>
        <dd className="text-right" data-testid="cart-total">
          <Price vnd={total} locale={locale} size="lg" />
        </dd>
      </dl>
      <fieldset className="mb-4">
        <legend className="mb-2 font-semibold">{labels.method}</legend>
        {METHODS.map((m) => (
          <label key={m} className="mb-1 flex items-center gap-2 text-sm">
            {radio('method', m, m === method, m === 'cod' && !codAllowed)}
            {labels.methods[m]}
          </label>
        ))}
        {!codAllowed && <p className="mt-1 text-sm">{labels.codVietnamOnly}</p>}
        <FieldError name="method" message={errors.method} />
      </fieldset>
      {method === 'card' ? (
        <p className="mb-4 text-sm" data-testid="card-currency">
          {labels.cardCurrency} {delivers && labels.cardAddress}
        </p>
      ) : (
        <CustomerFields
          labels={labels.customer}
          countries={countries}
          delivers={delivers}
          values={values}
          errors={errors}
          onChange={change}
        />
      )}
      <button type="submit" disabled={status.busy} className={buttonVariants({ block: true })}>
        {status.busy ? labels.paying : method === 'card' ? labels.payCard : labels.placeOrder}
      </button>
      <p role="alert" className="mt-3 text-sm text-red-800">
        {status.error}
      </p>
    </form>
  );
}

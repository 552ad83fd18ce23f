'use client';

import type { InputHTMLAttributes } from 'react';
import { NO_POSTAL_CODE } from '@/lib/checkout/postal';
import { control, fieldError, fieldHint, fieldLabel } from '@/components/ui/field';

export interface CustomerLabels {
  name: string;
  phone: string;
  email: string;
  line: string;
  commune: string;
  province: string;
  note: string;
  optional: string;
  /** With {example}: a mobile number of the chosen country. */
  phoneHint: string;
  country: string;
  district: string;
  line1Abroad: string;
  line2: string;
  city: string;
  region: string;
  postalCode: string;
}

export interface CountryChoice {
  code: string;
  name: string;
  /** A mobile number as that country writes it, for the hint (the most common countries only). */
  example?: string;
}

const inputClass = control({ className: 'mt-1' });

interface Props {
  labels: CustomerLabels;
  countries: CountryChoice[];
  /** The chosen option delivers (else pick-up at the village: name and phone are enough). */
  delivers: boolean;
  values: Record<string, string>;
  errors: Record<string, string>;
  onChange: (name: string, value: string) => void;
}

/**
 * Who the village calls and, for a delivery, where it goes: address fields as the chosen country
 * writes them. Each input shows its own error from the server beside it.
 */
export function CustomerFields({ labels, countries, delivers, values, errors, onChange }: Props) {
  const country = values.country || 'VN';
  const chosen = countries.find((c) => c.code === country);
  const described = (name: string, hint?: boolean) =>
    [errors[name] && `${name}-error`, hint && `${name}-hint`].filter(Boolean).join(' ') ||
    undefined;
  const field = (
    name: string,
    label: string,
    props: InputHTMLAttributes<HTMLInputElement> & { hint?: string } = {},
  ) => {
    const { hint, required = true, ...rest } = props;
    return (
      <div className="mb-2">
        <label htmlFor={`c-${name}`} className={fieldLabel}>
          {required ? label : `${label} (${labels.optional})`}
        </label>
        <input
          id={`c-${name}`}
          name={name}
          className={inputClass}
          required={required}
          value={values[name] ?? ''}
          onChange={(e) => onChange(name, e.target.value)}
          aria-invalid={errors[name] ? true : undefined}
          aria-describedby={described(name, Boolean(hint))}
          {...rest}
        />
        {hint && (
          <p id={`${name}-hint`} className={fieldHint}>
            {hint}
          </p>
        )}
        <FieldError name={name} message={errors[name]} />
      </div>
    );
  };
  const abroad = country !== 'VN';
  return (
    <div>
      <div className="mb-2">
        <label htmlFor="c-country" className="block text-sm font-semibold">
          {labels.country}
        </label>
        <select
          id="c-country"
          name="country"
          autoComplete="country"
          className={inputClass}
          value={country}
          onChange={(e) => onChange('country', e.target.value)}
          aria-invalid={errors.country ? true : undefined}
          aria-describedby={described('country')}
        >
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
        <FieldError name="country" message={errors.country} />
      </div>
      {field('name', labels.name, { autoComplete: 'name', maxLength: 100 })}
      {field('phone', labels.phone, {
        autoComplete: 'tel',
        inputMode: 'tel',
        type: 'tel',
        maxLength: 30,
        hint: chosen?.example
          ? labels.phoneHint.replace('{example}', chosen.example)
          : labels.phoneHint.replace(/^.*?\{example\}\.\s*/, ''),
      })}
      {field('email', labels.email, {
        autoComplete: 'email',
        type: 'email',
        required: false,
        maxLength: 200,
      })}
      {delivers && !abroad && (
        <>
          {field('line', labels.line, { autoComplete: 'address-line1', maxLength: 200 })}
          {field('commune', labels.commune, { autoComplete: 'address-level3', maxLength: 100 })}
          {field('district', labels.district, {
            autoComplete: 'address-level2',
            required: false,
            maxLength: 100,
          })}
          {field('province', labels.province, { autoComplete: 'address-level1', maxLength: 100 })}
        </>
      )}
      {delivers && abroad && (
        <>
          {field('line', labels.line1Abroad, { autoComplete: 'address-line1', maxLength: 200 })}
          {field('line2', labels.line2, {
            autoComplete: 'address-line2',
            required: false,
            maxLength: 200,
          })}
          {field('city', labels.city, { autoComplete: 'address-level2', maxLength: 100 })}
          {field('region', labels.region, {
            autoComplete: 'address-level1',
            required: false,
            maxLength: 100,
          })}
          {!NO_POSTAL_CODE.has(country) &&
            field('postalCode', labels.postalCode, { autoComplete: 'postal-code', maxLength: 12 })}
        </>
      )}
      <div className="mb-2">
        <label htmlFor="c-note" className="block text-sm font-semibold">
          {`${labels.note} (${labels.optional})`}
        </label>
        <textarea
          id="c-note"
          name="note"
          maxLength={500}
          rows={2}
          className={inputClass}
          value={values.note ?? ''}
          onChange={(e) => onChange('note', e.target.value)}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={described('note')}
        />
        <FieldError name="note" message={errors.note} />
      </div>
    </div>
  );
}

export function FieldError({ name, message }: { name: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={`${name}-error`} className={fieldError}>
      {message}
    </p>
  );
}

/** The address as the checkout API takes it, for the country's fields (empty ones left out). */
export function addressFrom(values: Record<string, string>) {
  const keys =
    (values.country || 'VN') === 'VN'
      ? ['line', 'commune', 'district', 'province']
      : ['line', 'line2', 'city', 'region', 'postalCode'];
  const required = new Set(['line', 'commune', 'province', 'city', 'postalCode']);
  return Object.fromEntries(
    keys
      .map((k) => [k, (values[k] ?? '').trim()] as const)
      .filter(
        ([k, v]) => v !== '' || (required.has(k) && !NO_POSTAL_CODE.has(values.country ?? '')),
      ),
  );
}

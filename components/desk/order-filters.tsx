import Link from 'next/link';
import { ORDER_STATUSES, PAYMENT_METHODS } from '@/lib/db/schema';
import type { OrderFilters as Filters } from '@/lib/desk/filters';
import type { DeskMessages } from '@/lib/desk/i18n';
import { buttonClass, inputClass } from './ui';

function Select({
  name,
  label,
  value,
  any,
  options,
}: {
  name: string;
  label: string;
  value?: string;
  any: string;
  options: { value: string; label: string }[];
}) {
  return (
    <p className="flex flex-col gap-1">
      <label htmlFor={`filter-${name}`} className="font-semibold">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ''} className={inputClass}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </p>
  );
}

const input = (name: string, label: string, value: string | undefined, type = 'text') => (
  <p className="flex flex-col gap-1">
    <label htmlFor={`filter-${name}`} className="font-semibold">
      {label}
    </label>
    <input
      id={`filter-${name}`}
      name={name}
      type={type}
      defaultValue={value}
      className={inputClass}
      {...(type === 'search' && { maxLength: 60 })}
    />
  </p>
);

/** A GET form: the filters live in the URL, so a filtered list can be bookmarked and exported. */
export function OrderFilters({
  m,
  filters,
  villages,
}: {
  m: DeskMessages;
  filters: Filters;
  villages?: { slug: string; name: string }[];
}) {
  const l = m.list;
  return (
    <form
      method="get"
      action="/desk"
      role="search"
      aria-label={l.filters}
      className="border-bamboo-200 mb-6 rounded-lg border bg-white p-4"
    >
      <fieldset className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6">
        <legend className="mb-2 font-bold">{l.filters}</legend>
        {input('q', l.q, filters.q, 'search')}
        <Select
          name="status"
          label={l.status}
          value={filters.status}
          any={l.any}
          options={ORDER_STATUSES.map((s) => ({ value: s, label: m.statuses[s] }))}
        />
        <Select
          name="method"
          label={l.method}
          value={filters.method}
          any={l.any}
          options={PAYMENT_METHODS.map((s) => ({ value: s, label: m.methods[s] }))}
        />
        {villages && (
          <Select
            name="village"
            label={l.village}
            value={filters.village}
            any={l.any}
            options={villages.map((v) => ({ value: v.slug, label: v.name }))}
          />
        )}
        {input('from', l.from, filters.from, 'date')}
        {input('to', l.to, filters.to, 'date')}
      </fieldset>
      <p className="mt-3 flex items-center gap-4">
        <button type="submit" className={buttonClass}>
          {l.apply}
        </button>
        <Link href="/desk" className="text-leaf-700 underline">
          {l.reset}
        </Link>
      </p>
    </form>
  );
}

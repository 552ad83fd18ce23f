import Link from 'next/link';
import { ORDER_STATUSES, PAYMENT_METHODS } from '@/lib/orders/states';
import { hiddenFiltersInUse, type OrderFilters as Filters } from '@/lib/desk/filters';
import { fill, type DeskMessages } from '@/lib/desk/i18n';
import { buttonClass, inputClass } from './ui';
import { card } from '@/components/ui/card';

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

const input = (name: string, label: string, value: string | undefined, type: string) => (
  <p className="flex min-w-0 flex-col gap-1">
    <label htmlFor={`filter-${name}`} className="font-semibold">
      {label}
    </label>
    <input
      id={`filter-${name}`}
      name={name}
      type={type}
      defaultValue={value}
      className={`${inputClass} min-w-0`}
    />
  </p>
);

/**
 * A GET form: the filters live in the URL, so a filtered list can be bookmarked and exported. The
 * search box stays in view; the other filters wait behind one button (a <details>, no script),
 * open when one of them is in use so the person sees why the list is short.
 */
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
  const o = m.orderList;
  const inUse = hiddenFiltersInUse(filters);
  return (
    <form method="get" action="/desk" role="search" aria-label={l.filters} className="mb-6">
      <p className="flex items-end gap-2">
        <span className="flex min-w-0 flex-1 flex-col gap-1">
          <label htmlFor="filter-q" className="font-semibold">
            {l.q}
          </label>
          <input
            id="filter-q"
            name="q"
            type="search"
            inputMode="search"
            defaultValue={filters.q}
            maxLength={60}
            className={inputClass}
          />
        </span>
        <button type="submit" className={`${buttonClass} shrink-0`}>
          {o.search}
        </button>
      </p>
      <details open={inUse > 0} className={card({ padding: 'none', className: 'mt-3' })}>
        <summary className="text-leaf-700 cursor-pointer px-4 py-3 font-semibold">
          {inUse > 0 ? fill(o.filtersActive, { count: inUse }) : o.filtersButton}
        </summary>
        <div className="border-bamboo-200 border-t p-4">
          <fieldset className="grid min-w-0 gap-3 sm:grid-cols-2 lg:grid-cols-5">
            <legend className="sr-only">{l.filters}</legend>
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
          <p className="mt-3 flex flex-wrap items-center gap-4">
            <button type="submit" className={buttonClass}>
              {l.apply}
            </button>
            <Link href="/desk" className="link">
              {l.reset}
            </Link>
          </p>
        </div>
      </details>
    </form>
  );
}

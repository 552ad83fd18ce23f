import { z } from 'zod';
import { ORDER_STATUSES, PAYMENT_METHODS } from '@/lib/orders/states';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
// Vietnam has had no daylight saving since 1975: a calendar day there is always UTC+7.
const startOfDay = (day: string) => Date.parse(`${day}T00:00:00+07:00`);
// Month 13 or day 32 parse to NaN, on which toISOString throws (a 500); Feb 30 parses as 2 March.
function isRealDay(day: string): boolean {
  if (!DAY.test(day)) return false;
  const start = startOfDay(day);
  return (
    Number.isFinite(start) && new Date(start + 7 * 3_600_000).toISOString().slice(0, 10) === day
  );
}

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const blankToUndefined = (v: unknown) => {
  const value = first(v);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(blankToUndefined, schema.optional()).catch(undefined);

/** The list's GET filters. A value that does not parse is dropped (the list shows more), never an error. */
export const filtersSchema = z.object({
  status: optional(z.enum(ORDER_STATUSES)),
  method: optional(z.enum(PAYMENT_METHODS)),
  village: optional(z.string().regex(/^[a-z0-9-]{1,60}$/)),
  from: optional(z.string().refine(isRealDay)),
  to: optional(z.string().refine(isRealDay)),
  q: optional(
    z
      .string()
      .max(60)
      .transform((s) => s.normalize('NFC')),
  ),
});
export type OrderFilters = z.infer<typeof filtersSchema>;

export function parseFilters(
  params: Record<string, string | string[] | undefined> | URLSearchParams,
): OrderFilters {
  const entries = params instanceof URLSearchParams ? Object.fromEntries(params) : params;
  return filtersSchema.parse(entries);
}

/** [from, to) in epoch ms; `to` is inclusive as a day, so its end is the next midnight. */
export function dayRange(f: OrderFilters): { since?: number; until?: number } {
  return {
    since: f.from ? startOfDay(f.from) : undefined,
    until: f.to ? startOfDay(f.to) + 86_400_000 : undefined,
  };
}

/** The same filters as a query string, for the CSV link. */
export function filtersQuery(f: OrderFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(f)) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** How many of the filters behind the list's "Filters" button are in use (the search box is apart). */
export const hiddenFiltersInUse = (f: OrderFilters): number =>
  [f.status, f.method, f.village, f.from, f.to].filter(Boolean).length;

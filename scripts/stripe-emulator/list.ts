/** Stripe list pagination: newest first, `limit` 1–100 (default 10), cursors by object id. */
import type { ListObject } from './state';
import { invalidRequest, type Reader } from './validate';

export const LIST_PARAMS = [
  'limit',
  'starting_after',
  'ending_before',
  'created',
  'expand',
] as const;

export interface Range {
  gt?: number;
  gte?: number;
  lt?: number;
  lte?: number;
}

export interface ListParams {
  limit: number;
  startingAfter?: string;
  endingBefore?: string;
  created?: Range;
}

export function readListParams(r: Reader): ListParams {
  const params: ListParams = { limit: r.integer('limit', { min: 1, max: 100 }) ?? 10 };
  params.startingAfter = r.string('starting_after');
  params.endingBefore = r.string('ending_before');
  if (params.startingAfter && params.endingBefore) {
    throw invalidRequest(
      'You may only specify one of these parameters: starting_after, ending_before.',
      'ending_before',
    );
  }
  params.created = readRange(r, 'created');
  return params;
}

/** `created=123` (exact) or `created[gte]=…&created[lt]=…`. */
export function readRange(r: Reader, key: string): Range | undefined {
  const raw = r.raw(key);
  if (raw === undefined) return undefined;
  if (typeof raw === 'string') {
    const exact = r.integer(key);
    return exact === undefined ? undefined : { gte: exact, lte: exact };
  }
  const range = r.object(key);
  if (!range) return undefined;
  range.only(['gt', 'gte', 'lt', 'lte']);
  return {
    gt: range.integer('gt'),
    gte: range.integer('gte'),
    lt: range.integer('lt'),
    lte: range.integer('lte'),
  };
}

export function inRange(value: number, range: Range | undefined): boolean {
  if (!range) return true;
  if (range.gt !== undefined && !(value > range.gt)) return false;
  if (range.gte !== undefined && !(value >= range.gte)) return false;
  if (range.lt !== undefined && !(value < range.lt)) return false;
  if (range.lte !== undefined && !(value <= range.lte)) return false;
  return true;
}

/** `items` must already be filtered and newest first. */
export function paginate<T extends { id: string }>(
  items: T[],
  params: ListParams,
  url: string,
  kind: string,
): ListObject<T> {
  const cursor = params.startingAfter ?? params.endingBefore;
  let data: T[];
  let hasMore: boolean;
  if (cursor === undefined) {
    data = items.slice(0, params.limit);
    hasMore = items.length > params.limit;
  } else {
    const index = items.findIndex((item) => item.id === cursor);
    const param = params.startingAfter ? 'starting_after' : 'ending_before';
    if (index < 0) throw invalidRequest(`No such ${kind}: '${cursor}'`, param, 'resource_missing');
    if (params.startingAfter) {
      const rest = items.slice(index + 1);
      data = rest.slice(0, params.limit);
      hasMore = rest.length > params.limit;
    } else {
      // The page just before (newer than) the cursor, still newest first.
      const before = items.slice(0, index);
      data = before.slice(Math.max(0, before.length - params.limit));
      hasMore = before.length > params.limit;
    }
  }
  return { object: 'list', data, has_more: hasMore, url };
}

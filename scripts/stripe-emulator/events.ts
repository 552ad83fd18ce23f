/** Events: recorded for GET /v1/events and handed to the webhook dispatcher. */
import type { FormObject } from './form';
import { LIST_PARAMS, inRange, paginate, readListParams } from './list';
import {
  clone,
  newId,
  nowSeconds,
  type EmulatorContext,
  type EventDataObject,
  type EventObject,
  type ListObject,
} from './state';
import { Reader, invalidRequest, resourceMissing } from './validate';

export interface EventRequest {
  id: string | null;
  idempotency_key: string | null;
}

/** Events caused by the buyer on the hosted page (not by an API call) carry a null request id. */
export const NO_REQUEST: EventRequest = { id: null, idempotency_key: null };

/**
 * Records an event whose data.object is a snapshot of `object` now (later changes to the
 * object do not leak into it, as with Stripe) and returns it; delivery is the caller's choice.
 */
export function recordEvent(
  ctx: EmulatorContext,
  type: string,
  object: EventDataObject,
  request: EventRequest,
  apiVersion: string,
): EventObject {
  const event: EventObject = {
    id: newId('evt_test_'),
    object: 'event',
    api_version: apiVersion,
    created: nowSeconds(ctx),
    data: { object: clone(object) },
    livemode: false,
    pending_webhooks: ctx.webhooks.wants(type) ? 1 : 0,
    request: { ...request },
    type,
  };
  ctx.state.events.push(event);
  return event;
}

/** Records and sends without waiting (the API answer does not depend on the webhook). */
export function emitEvent(
  ctx: EmulatorContext,
  type: string,
  object: EventDataObject,
  request: EventRequest,
  apiVersion: string,
): EventObject {
  const event = recordEvent(ctx, type, object, request, apiVersion);
  void ctx.webhooks.dispatch(event, { wait: false });
  return event;
}

/** `checkout.session.*` style wildcards, as Stripe's `type` filter and endpoint event lists accept. */
export function typeMatches(pattern: string, type: string): boolean {
  if (pattern === '*') return true;
  if (!pattern.includes('*')) return pattern === type;
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^]*')}$`,
  );
  return regex.test(type);
}

export function listEvents(ctx: EmulatorContext, params: FormObject): ListObject<EventObject> {
  const r = Reader.root(params).only([...LIST_PARAMS, 'type', 'types']);
  const list = readListParams(r);
  const type = r.string('type');
  const types = r.stringList('types', { max: 20 });
  if (type && types.length > 0)
    throw invalidRequest('You may pass either `type` or `types`, but not both.', 'types');
  if (r.stringList('expand').length > 0)
    throw invalidRequest('The emulator cannot expand event fields.', 'expand');
  const patterns = type ? [type] : types;
  const items = ctx.state.events
    .filter((e) => inRange(e.created, list.created))
    .filter((e) => patterns.length === 0 || patterns.some((p) => typeMatches(p, e.type)))
    .reverse();
  return paginate(items, list, '/v1/events', 'event');
}

export function getEvent(ctx: EmulatorContext, id: string): EventObject {
  const event = ctx.state.events.find((e) => e.id === id);
  if (!event) throw resourceMissing('event', id, 'id');
  return event;
}

/**
 * The /v1 API: routing, Stripe's authentication, form parsing, idempotency keys, and the
 * fail500/delayMs faults. Endpoint logic lives in sessions, session-*, refunds and events.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getEvent, listEvents, type EventRequest } from './events';
import { FormParseError, canonicalJson, parseForm, type FormObject } from './form';
import { BodyTooLargeError, readBody, sendJson, sleep, stringify } from './http';
import { createRefund, getPaymentIntent, getRefund, listRefunds } from './refunds';
import { expireSession } from './session-lifecycle';
import {
  getSessionRecord,
  getShippingRate,
  listLineItems,
  listSessions,
  readExpand,
  renderSession,
} from './session-views';
import { createSession } from './sessions';
import { newId, type EmulatorContext, type IdempotencyEntry } from './state';
import { ApiError, Reader, invalidRequest } from './validate';

interface ApiRequest {
  params: FormObject;
  /** The object id in the path, if the route has one. */
  id: string;
  requestId: string;
  idempotencyKey: string | null;
  apiVersion: string;
}

type Handler = (ctx: EmulatorContext, req: ApiRequest) => object;

interface Route {
  method: 'GET' | 'POST';
  pattern: RegExp;
  handler: Handler;
}

const eventRequest = (req: ApiRequest): EventRequest => ({
  id: req.requestId,
  idempotency_key: req.idempotencyKey,
});

/** A retrieve takes no parameters but `expand`. */
const retrieve =
  (get: (ctx: EmulatorContext, id: string) => object): Handler =>
  (ctx, req) => {
    Reader.root(req.params).only(['expand']);
    return get(ctx, req.id);
  };

const ROUTES: Route[] = [
  {
    method: 'POST',
    pattern: /^\/v1\/checkout\/sessions$/,
    handler: (ctx, req) => {
      const expand = readExpand(Reader.root(req.params));
      return renderSession(ctx, createSession(ctx, req.params, req.apiVersion), expand);
    },
  },
  {
    method: 'GET',
    pattern: /^\/v1\/checkout\/sessions$/,
    handler: (ctx, req) => listSessions(ctx, req.params),
  },
  {
    method: 'GET',
    pattern: /^\/v1\/checkout\/sessions\/([^/]+)$/,
    handler: (ctx, req) => {
      const expand = readExpand(Reader.root(req.params).only(['expand']));
      return renderSession(ctx, getSessionRecord(ctx, req.id), expand);
    },
  },
  {
    method: 'POST',
    pattern: /^\/v1\/checkout\/sessions\/([^/]+)\/expire$/,
    handler: (ctx, req) => {
      const record = getSessionRecord(ctx, req.id);
      const expand = readExpand(Reader.root(req.params).only(['expand']));
      expireSession(ctx, record, eventRequest(req), req.apiVersion);
      return renderSession(ctx, record, expand);
    },
  },
  {
    method: 'GET',
    pattern: /^\/v1\/checkout\/sessions\/([^/]+)\/line_items$/,
    handler: (ctx, req) => listLineItems(ctx, req.id, req.params),
  },
  {
    method: 'GET',
    pattern: /^\/v1\/payment_intents\/([^/]+)$/,
    handler: retrieve(getPaymentIntent),
  },
  { method: 'GET', pattern: /^\/v1\/shipping_rates\/([^/]+)$/, handler: retrieve(getShippingRate) },
  {
    method: 'POST',
    pattern: /^\/v1\/refunds$/,
    handler: (ctx, req) => createRefund(ctx, req.params, eventRequest(req), req.apiVersion),
  },
  {
    method: 'GET',
    pattern: /^\/v1\/refunds$/,
    handler: (ctx, req) => listRefunds(ctx, req.params),
  },
  { method: 'GET', pattern: /^\/v1\/refunds\/([^/]+)$/, handler: retrieve(getRefund) },
  { method: 'GET', pattern: /^\/v1\/events$/, handler: (ctx, req) => listEvents(ctx, req.params) },
  { method: 'GET', pattern: /^\/v1\/events\/([^/]+)$/, handler: retrieve(getEvent) },
];

/** `sk_test_****************abcd`, as Stripe echoes a rejected key. */
function redactKey(key: string): string {
  const underscore = key.lastIndexOf('_');
  const prefix = underscore >= 0 && underscore < 10 ? key.slice(0, underscore + 1) : '';
  const rest = key.slice(prefix.length);
  const shown = rest.length > 4 ? rest.slice(-4) : '';
  return `${prefix}${'*'.repeat(rest.length - shown.length)}${shown}`;
}

/** Bearer (what the SDK sends) or Basic with the key as user name (what `curl -u` sends). */
function authenticate(req: IncomingMessage, prefix: string): string {
  const header = req.headers.authorization;
  if (!header) {
    throw new ApiError(
      401,
      'invalid_request_error',
      "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
    );
  }
  const [scheme = '', value = ''] = header.split(/\s+/, 2);
  let key = '';
  if (scheme.toLowerCase() === 'bearer') key = value;
  else if (scheme.toLowerCase() === 'basic') {
    key = Buffer.from(value, 'base64').toString('utf8').split(':')[0] ?? '';
  }
  if (!key.startsWith(prefix) || key.length <= prefix.length) {
    throw new ApiError(401, 'invalid_request_error', `Invalid API Key provided: ${redactKey(key)}`);
  }
  return key;
}

/** The saved answer for a reused key, or null for a new key; throws when the reuse is a misuse. */
function replayFor(
  saved: IdempotencyEntry | undefined,
  key: string,
  method: string,
  path: string,
  fingerprint: string,
): IdempotencyEntry | null {
  if (!saved) return null;
  const tryOther = `Try using a key other than '${key}' if you meant to execute a different request.`;
  if (saved.method !== method || saved.path !== path) {
    throw new ApiError(
      400,
      'idempotency_error',
      `Keys for idempotent requests can only be used for the same endpoint they were first used for ('${saved.method} ${saved.path}' vs '${method} ${path}'). ${tryOther}`,
    );
  }
  // Stripe compares parameters, not bytes: the same fields in another order are the same request.
  if (saved.params !== fingerprint) {
    throw new ApiError(
      400,
      'idempotency_error',
      `Keys for idempotent requests can only be used with the same parameters they were first used with. ${tryOther}`,
    );
  }
  return saved;
}

export async function handleApi(
  ctx: EmulatorContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const { state, faults, config } = ctx;
  const requestId = newId('req_test_', 14);
  const method = req.method ?? 'GET';
  const apiVersion = String(req.headers['stripe-version'] ?? config.defaultApiVersion);
  const headers: Record<string, string> = { 'request-id': requestId, 'stripe-version': apiVersion };
  const delay = () => (faults.delayMs > 0 ? sleep(faults.delayMs) : Promise.resolve());

  // An injected outage happens in front of the API: nothing runs and nothing is saved under the
  // idempotency key, so the SDK's automatic retry with the same key goes through.
  if (faults.fail500 > 0) {
    faults.fail500--;
    await delay();
    const error = new ApiError(500, 'api_error', 'An unknown error occurred (fail500 fault).');
    return sendJson(res, 500, stringify(error.toBody()), headers);
  }

  let scope: string | null = null; // the idempotency key this request holds while it runs
  try {
    const apiKey = authenticate(req, config.apiKeyPrefix);
    const route = ROUTES.find((r) => r.method === method && r.pattern.test(url.pathname));
    if (!route) {
      const message = `Unrecognized request URL (${method}: ${url.pathname}).`;
      throw new ApiError(404, 'invalid_request_error', message);
    }
    const params = parseForm(method === 'POST' ? await readBody(req) : url.searchParams);
    const header = req.headers['idempotency-key'];
    // Stripe ignores idempotency keys on GET; on POST they are scoped to the API key.
    const idempotencyKey =
      method === 'POST' && typeof header === 'string' && header ? header : null;
    const fingerprint = canonicalJson(params);

    if (idempotencyKey !== null) {
      if (idempotencyKey.length > 255) {
        throw invalidRequest('Idempotency keys can be up to 255 characters long.');
      }
      const key = `${apiKey}\u0000${idempotencyKey}`;
      const saved = replayFor(
        state.idempotency.get(key),
        idempotencyKey,
        method,
        url.pathname,
        fingerprint,
      );
      if (saved) {
        await delay();
        return sendJson(res, saved.status, saved.body, {
          ...headers,
          'request-id': saved.requestId,
          'idempotency-key': idempotencyKey,
          'idempotent-replayed': 'true',
          'original-request': saved.requestId,
        });
      }
      if (state.inFlightIdempotencyKeys.has(key)) {
        throw new ApiError(
          409,
          'invalid_request_error',
          `There is currently another in-progress request using this Stripe Idempotency Key (that probably means you submitted twice, and the other request is still going through): ${idempotencyKey}. Please try again later.`,
          undefined,
          'idempotency_key_in_use',
        );
      }
      state.inFlightIdempotencyKeys.add(key);
      scope = key;
    }

    const id = route.pattern.exec(url.pathname)?.[1] ?? ''; // ids are base62: nothing to decode
    const apiReq: ApiRequest = { params, id, requestId, idempotencyKey, apiVersion };
    const body = stringify(route.handler(ctx, apiReq));
    if (scope !== null) {
      // Only successes are saved. The errors here are validation or state errors, which Stripe
      // does not save either (results are saved "only after the execution of an endpoint begins").
      state.idempotency.set(scope, {
        method,
        path: url.pathname,
        params: fingerprint,
        status: 200,
        body,
        requestId,
      });
      state.inFlightIdempotencyKeys.delete(scope);
      scope = null;
    }
    // The delay comes after the work, like a slow network: a client that times out and retries
    // with the same key gets the saved answer.
    await delay();
    sendJson(
      res,
      200,
      body,
      idempotencyKey ? { ...headers, 'idempotency-key': idempotencyKey } : headers,
    );
  } catch (e) {
    if (scope !== null) state.inFlightIdempotencyKeys.delete(scope);
    await delay();
    let error: ApiError;
    if (e instanceof ApiError) error = e;
    else if (e instanceof FormParseError) error = invalidRequest(e.message, e.param);
    else if (e instanceof BodyTooLargeError)
      error = new ApiError(413, 'invalid_request_error', e.message);
    else {
      console.error('[stripe-emulator] internal error:', e);
      error = new ApiError(500, 'api_error', 'An unknown error occurred');
    }
    sendJson(res, error.status, stringify(error.toBody()), headers);
  }
}

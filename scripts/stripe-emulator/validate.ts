/**
 * Stripe-shaped errors and a small reader for form parameters that names the exact parameter
 * (`line_items[0][price_data][unit_amount]`) in every error, as Stripe does.
 */
import type { FormObject, FormValue } from './form';
import { isZeroDecimal } from './currency';

export type ErrorType = 'api_error' | 'card_error' | 'idempotency_error' | 'invalid_request_error';

export interface StripeErrorBody {
  error: { type: ErrorType; message: string; code?: string; param?: string; doc_url?: string };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: ErrorType,
    message: string,
    readonly param?: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(): StripeErrorBody {
    const error: StripeErrorBody['error'] = { type: this.type, message: this.message };
    if (this.code) {
      error.code = this.code;
      error.doc_url = `https://stripe.com/docs/error-codes/${this.code.replace(/_/g, '-')}`;
    }
    if (this.param) error.param = this.param;
    return { error };
  }
}

export function invalidRequest(message: string, param?: string, code?: string): ApiError {
  return new ApiError(400, 'invalid_request_error', message, param, code);
}

export function missingParam(param: string): ApiError {
  return invalidRequest(`Missing required param: ${param}.`, param, 'parameter_missing');
}

export function unknownParam(param: string): ApiError {
  return invalidRequest(`Received unknown parameter: ${param}`, param, 'parameter_unknown');
}

/** Objects named in the URL answer 404; objects named in a body parameter answer 400. */
export function resourceMissing(kind: string, id: string, param: string, status = 404): ApiError {
  return new ApiError(
    status,
    'invalid_request_error',
    `No such ${kind}: '${id}'`,
    param,
    'resource_missing',
  );
}

function emptyString(param: string): ApiError {
  return invalidRequest(
    `You passed an empty string for '${param}'. We assume empty values are an attempt to unset a parameter; ` +
      `however '${param}' cannot be unset. You should remove '${param}' from your request or supply a non-empty value.`,
    param,
    'parameter_invalid_empty',
  );
}

function describe(value: FormValue): string {
  return typeof value === 'string' ? value : Array.isArray(value) ? 'an array' : 'an object';
}

/** A non-empty string of at most `maxLength` characters, as Stripe words its refusals. */
function checkString(
  value: FormValue,
  name: string,
  maxLength: number | undefined,
  notWhat = '',
): string {
  if (typeof value !== 'string')
    throw invalidRequest(`Invalid string: ${name} must be a string${notWhat}.`, name);
  if (value === '') throw emptyString(name);
  if (maxLength !== undefined && value.length > maxLength)
    throw invalidRequest(
      `Invalid string: ${name} must be at most ${maxLength} characters long.`,
      name,
    );
  return value;
}

export interface Item {
  value: FormValue;
  name: string;
  index: number;
}

/** Reads one level of parameters; `only()` refuses anything it does not list, like Stripe. */
export class Reader {
  private constructor(
    private readonly values: FormObject,
    readonly path: string,
  ) {}

  static root(values: FormObject): Reader {
    return new Reader(values, '');
  }

  static of(value: FormValue, name: string): Reader {
    if (typeof value === 'string' || Array.isArray(value)) {
      throw invalidRequest(
        `Invalid object: ${name} must be a hash of parameters.`,
        name,
        'parameter_invalid_object',
      );
    }
    return new Reader(value, name);
  }

  name(key: string): string {
    return this.path ? `${this.path}[${key}]` : key;
  }

  has(key: string): boolean {
    return Object.hasOwn(this.values, key);
  }

  raw(key: string): FormValue | undefined {
    return this.has(key) ? this.values[key] : undefined;
  }

  /** Stripe checks for unknown parameters before anything else, so callers do this first. */
  only(keys: readonly string[]): this {
    for (const key of Object.keys(this.values))
      if (!keys.includes(key)) throw unknownParam(this.name(key));
    return this;
  }

  string(key: string, opts: { required?: boolean; maxLength?: number } = {}): string | undefined {
    const value = this.raw(key);
    const name = this.name(key);
    if (value === undefined) {
      if (opts.required) throw missingParam(name);
      return undefined;
    }
    return checkString(value, name, opts.maxLength, `, not ${describe(value)}`);
  }

  /**
   * Integers arrive as strings; `1.5` or `1e3` is refused as Stripe does (`Invalid integer: 1.5`).
   * `currency` adds a hint for zero-decimal currencies, where the mistake is usually a decimal price.
   */
  integer(
    key: string,
    opts: { required?: boolean; min?: number; max?: number; currency?: string } = {},
  ): number | undefined {
    const text = this.string(key, { required: opts.required });
    if (text === undefined) return undefined;
    const name = this.name(key);
    const parsed = /^-?\d+$/.test(text) ? Number(text) : NaN;
    if (!Number.isSafeInteger(parsed)) {
      const hint =
        opts.currency && isZeroDecimal(opts.currency)
          ? ` ${opts.currency} is a zero-decimal currency: amounts are whole ${opts.currency.toUpperCase()}, with no fractional part.`
          : '';
      throw invalidRequest(`Invalid integer: ${text}.${hint}`, name, 'parameter_invalid_integer');
    }
    if (opts.min !== undefined && parsed < opts.min) {
      throw invalidRequest(
        `This value must be greater than or equal to ${opts.min}.`,
        name,
        'parameter_invalid_integer',
      );
    }
    if (opts.max !== undefined && parsed > opts.max) {
      throw invalidRequest(
        `This value must be less than or equal to ${opts.max}.`,
        name,
        'parameter_invalid_integer',
      );
    }
    return parsed;
  }

  oneOf<T extends string>(
    key: string,
    allowed: readonly T[],
    opts: { required?: boolean } = {},
  ): T | undefined {
    const text = this.string(key, opts);
    if (text === undefined) return undefined;
    const found = allowed.find((a) => a === text);
    if (found === undefined) {
      const name = this.name(key);
      throw invalidRequest(`Invalid ${name}: must be one of ${allowed.join(', ')}`, name);
    }
    return found;
  }

  object(key: string, opts: { required?: boolean } = {}): Reader | undefined {
    const value = this.raw(key);
    const name = this.name(key);
    if (value === undefined) {
      if (opts.required) throw missingParam(name);
      return undefined;
    }
    if (value === '') throw emptyString(name);
    return Reader.of(value, name);
  }

  list(key: string, opts: { required?: boolean; min?: number; max?: number } = {}): Item[] {
    const value = this.raw(key);
    const name = this.name(key);
    if (value === undefined) {
      if (opts.required) throw missingParam(name);
      return [];
    }
    if (!Array.isArray(value)) {
      throw invalidRequest(
        `Invalid array: ${name} must be an array (${name}[0]=…).`,
        name,
        'parameter_invalid_array',
      );
    }
    if (opts.min !== undefined && value.length < opts.min) {
      throw invalidRequest(`Invalid array: ${name} must have at least ${opts.min} item(s).`, name);
    }
    if (opts.max !== undefined && value.length > opts.max) {
      throw invalidRequest(
        `Invalid array: ${name} can have at most ${opts.max} items, but you passed ${value.length}.`,
        name,
      );
    }
    return value.map((v, index) => ({ value: v, name: `${name}[${index}]`, index }));
  }

  stringList(key: string, opts: { max?: number; maxLength?: number } = {}): string[] {
    return this.list(key, { max: opts.max }).map(({ value, name }) =>
      checkString(value, name, opts.maxLength),
    );
  }

  /** Stripe metadata: ≤ 50 keys, keys ≤ 40 chars without brackets, string values ≤ 500 chars. */
  metadata(key: string): Record<string, string> {
    const value = this.raw(key);
    const name = this.name(key);
    if (value === undefined || value === '') return {}; // `metadata=` means "no metadata"
    if (typeof value === 'string')
      throw invalidRequest(`Invalid metadata: ${name} must be a hash of key-value pairs.`, name);
    const entries: [string, FormValue][] = Array.isArray(value)
      ? value.map((v, i) => [String(i), v])
      : Object.entries(value);
    if (entries.length > 50) {
      throw invalidRequest(
        `Metadata can have up to 50 keys, but you passed in ${entries.length} keys.`,
        name,
      );
    }
    const out: Record<string, string> = {};
    for (const [k, v] of entries) {
      const itemName = `${name}[${k}]`;
      if (k.length > 40) {
        throw invalidRequest(
          `Metadata keys can have up to 40 characters, but you passed in a key that is ${k.length} characters. Invalid key: ${k}`,
          itemName,
        );
      }
      if (typeof v !== 'string')
        throw invalidRequest(
          `Invalid metadata value for ${itemName}: values must be strings.`,
          itemName,
        );
      if (v.length > 500) {
        throw invalidRequest(
          `Metadata values can have up to 500 characters, but you passed in a value that is ${v.length} characters. Invalid value: ${v.slice(0, 40)}…`,
          itemName,
        );
      }
      if (v !== '') out[k] = v; // an empty value unsets the key
    }
    return out;
  }
}

/** Absolute http(s) URLs only. `{CHECKOUT_SESSION_ID}` is allowed: the URL parser accepts the braces. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export function readHttpUrl(
  r: Reader,
  key: string,
  opts: { required?: boolean } = {},
): string | undefined {
  const value = r.string(key, { required: opts.required, maxLength: 5000 });
  if (value !== undefined && !isHttpUrl(value))
    throw invalidRequest('Not a valid URL', r.name(key), 'url_invalid');
  return value;
}

export function readCurrency(r: Reader, key: string): string {
  const value = (r.string(key, { required: true }) ?? '').toLowerCase();
  if (!/^[a-z]{3}$/.test(value)) throw invalidRequest(`Invalid currency: ${value}`, r.name(key));
  return value;
}

export function readEmail(r: Reader, key: string): string | undefined {
  const value = r.string(key, { maxLength: 800 });
  if (value !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
    throw invalidRequest(`Invalid email address: ${value}`, r.name(key), 'email_invalid');
  }
  return value;
}

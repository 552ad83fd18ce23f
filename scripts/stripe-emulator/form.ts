/**
 * Stripe's v1 API takes `application/x-www-form-urlencoded` bodies (and query strings) with
 * bracketed keys: `line_items[0][price_data][unit_amount]=120000`, `expand[]=line_items`.
 * This turns them into nested objects and arrays. Every leaf stays a string: the endpoint's
 * validator decides what is an integer, so `1.5` can be refused with the parameter named.
 */

export type FormValue = string | FormValue[] | FormObject;
export interface FormObject {
  [key: string]: FormValue;
}

export class FormParseError extends Error {
  constructor(
    readonly param: string,
    message: string,
  ) {
    super(message);
    this.name = 'FormParseError';
  }
}

const MAX_DEPTH = 12;
const MAX_PAIRS = 5000;

type Node = { kind: 'leaf'; value: string } | { kind: 'branch'; children: Map<string, Node> };

/** `a[b][0][]` → ['a', 'b', '0', '']; null when the key is not of that shape. */
function splitKey(key: string): string[] | null {
  const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
  if (!match || match[1] === undefined) return null;
  const parts = [match[1]];
  for (const segment of (match[2] ?? '').matchAll(/\[([^[\]]*)\]/g)) parts.push(segment[1] ?? '');
  return parts;
}

export function paramName(parts: readonly string[]): string {
  const [head, ...rest] = parts;
  return (head ?? '') + rest.map((p) => `[${p}]`).join('');
}

export function parseForm(input: string | URLSearchParams): FormObject {
  const pairs = typeof input === 'string' ? new URLSearchParams(input) : input;
  const root: Node = { kind: 'branch', children: new Map() };
  let count = 0;
  for (const [rawKey, value] of pairs) {
    if (++count > MAX_PAIRS)
      throw new FormParseError(rawKey, 'Too many parameters in the request.');
    const parts = splitKey(rawKey);
    if (!parts) throw new FormParseError(rawKey, `Invalid parameter name: ${rawKey}`);
    if (parts.length > MAX_DEPTH)
      throw new FormParseError(rawKey, `Parameter nested too deeply: ${rawKey}`);
    insert(root, parts, value, rawKey);
  }
  const result = toValue(root);
  return typeof result === 'object' && !Array.isArray(result) ? result : {};
}

function insert(root: Node, parts: string[], value: string, rawKey: string): void {
  let node = root;
  for (let i = 0; i < parts.length; i++) {
    if (node.kind !== 'branch') throw conflict(parts.slice(0, i), rawKey);
    let key = parts[i] ?? '';
    // `a[]=x&a[]=y` appends, like Rack (which Stripe's parser follows).
    if (key === '' && i > 0) key = String(node.children.size);
    else if (key === '') throw new FormParseError(rawKey, `Invalid parameter name: ${rawKey}`);
    const last = i === parts.length - 1;
    const existing = node.children.get(key);
    if (last) {
      if (existing && existing.kind === 'branch') throw conflict(parts.slice(0, i + 1), rawKey);
      node.children.set(key, { kind: 'leaf', value }); // a repeated scalar key: the last one wins
      return;
    }
    if (!existing) {
      const branch: Node = { kind: 'branch', children: new Map() };
      node.children.set(key, branch);
      node = branch;
    } else {
      node = existing;
    }
  }
}

function conflict(parts: string[], rawKey: string): FormParseError {
  const name = paramName(parts);
  return new FormParseError(
    name,
    `Invalid value for ${name}: it was sent both as a value and as an object (${rawKey}).`,
  );
}

/** A branch whose keys are exactly 0..n-1 becomes an array; anything else an object. */
function toValue(node: Node): FormValue {
  if (node.kind === 'leaf') return node.value;
  const keys = [...node.children.keys()];
  const isArray = keys.length > 0 && keys.every((k) => /^(0|[1-9]\d*)$/.test(k));
  if (isArray) {
    const ordered = keys.map(Number).sort((a, b) => a - b);
    if (ordered.every((n, i) => n === i)) {
      return ordered.map((n) => toValue(node.children.get(String(n)) as Node));
    }
  }
  const obj: FormObject = {};
  for (const [k, child] of node.children) obj[k] = toValue(child);
  return obj;
}

/** Order-independent JSON, so `a=1&b=2` and `b=2&a=1` count as the same idempotent request. */
export function canonicalJson(value: FormValue): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k] as FormValue)}`).join(',')}}`;
}

/** Vietnamese typed on some keyboards arrives decomposed (NFD); pages and search expect NFC. */
export function deepNfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(deepNfc) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepNfc(v)])) as T;
  }
  return value;
}

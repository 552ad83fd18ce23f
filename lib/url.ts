/** decodeURIComponent that answers undefined for malformed input (e.g. overlong UTF-8 such as %C0%AE). */
export function safeDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

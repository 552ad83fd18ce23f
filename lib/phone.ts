/**
 * Vietnamese mobile numbers as people write them — "+84 912 345 678", "84912345678",
 * "0912.345.678" — normalised to the 10-digit national form "0912345678". Mobile prefixes since
 * the 2018 renumbering start 03, 05, 07, 08 or 09. Returns undefined for anything else.
 */
export function normalizeVietnamesePhone(input: string): string | undefined {
  const compact = input.replace(/[\s.\-()]/g, '');
  const national = compact.replace(/^\+?84(?=\d{9}$)/, '0');
  return /^0[35789]\d{8}$/.test(national) ? national : undefined;
}

import { getExampleNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import type { CountryCode } from './countries';

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

// Numbers a village can call or text: a landline-only type is not enough to arrange a delivery.
const REACHABLE = new Set(['MOBILE', 'FIXED_LINE_OR_MOBILE', 'PERSONAL_NUMBER']);

/**
 * A phone number as the buyer typed it, read in the country they chose (a number starting with
 * + is read in its own country, so a tourist in Vietnam keeps their Korean phone), in E.164
 * ("+821012345678"); undefined when it is not a mobile number there.
 */
export function toE164(input: string, country: CountryCode): string | undefined {
  const parsed = parsePhoneNumberFromString(input, country);
  if (parsed?.isValid() && REACHABLE.has(parsed.getType() ?? '')) return parsed.number;
  // The metadata lags new Vietnamese prefixes: keep taking what the 2018 numbering allows.
  const vn =
    country === 'VN' || /^\+?84/.test(input.trim()) ? normalizeVietnamesePhone(input) : undefined;
  return vn && `+84${vn.slice(1)}`;
}

/** A mobile number of that country as its people write it, for hints and messages. */
export function examplePhone(country: CountryCode): string | undefined {
  return getExampleNumber(country, examples)?.formatNational();
}

/**
 * The forms a stored number may have: orders placed before numbers were stored in E.164 kept
 * Vietnamese mobiles as "0912345678".
 */
export function storedPhoneForms(e164: string): string[] {
  return e164.startsWith('+84') ? [e164, `0${e164.slice(3)}`] : [e164];
}

/**
 * A stored number as its owner reads it: Vietnamese mobiles in the national form they were typed
 * in ("0912345678"), others in international form ("+82 10 1234 5678").
 */
export function displayPhone(stored: string): string {
  if (/^\+84\d{9}$/.test(stored)) return `0${stored.slice(3)}`;
  return parsePhoneNumberFromString(stored)?.formatInternational() ?? stored;
}

import 'server-only';
import { cookies } from 'next/headers';
import type { Locale } from '@/i18n/routing';
import en from '@/messages/desk/en.json';
import vi from '@/messages/desk/vi.json';

/** The desk lives outside [locale]: Vietnamese unless the `desk_lang` cookie asks for English. */
export const LANG_COOKIE = 'desk_lang';
export type DeskMessages = typeof vi;

// Typed against the Vietnamese file, so a key missing from English fails the typecheck.
const messages: Record<Locale, DeskMessages> = { vi, en };

export async function deskLang(): Promise<Locale> {
  return (await cookies()).get(LANG_COOKIE)?.value === 'en' ? 'en' : 'vi';
}

export async function deskMessages(): Promise<{ lang: Locale; m: DeskMessages }> {
  const lang = await deskLang();
  return { lang, m: messages[lang] };
}

/** One language's desk messages, where there is no request to read the cookie from (tests). */
export const messagesFor = (lang: Locale): DeskMessages => messages[lang];

/** A wait for people: "45 giây" / "45 seconds" under a minute, whole minutes ("2 phút") above. */
export function formatWait(seconds: number, lang: Locale): string {
  const [value, unit] = seconds < 60 ? [seconds, 'second'] : [Math.ceil(seconds / 60), 'minute'];
  return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/** "{count} đơn" with { count: 3 } → "3 đơn". */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

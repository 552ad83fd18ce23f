import { z } from 'zod';

/**
 * The rules for text people type into our forms (checkout, tour booking, the desk). Characters the
 * writer cannot see are stripped rather than refused — a name pasted with a zero-width space is still
 * that name — and a field that is empty once they are gone is refused. Stripped: C0/C1 controls and
 * every format character (\p{Cf}): bidi embeddings, overrides, isolates and marks (U+202A–U+202E,
 * U+2066–U+2069, U+200E, U+200F, U+061C), which make the desk show "cod.exe" as "exe.doc"; zero-width
 * spaces and joiners (U+200B–U+200D, U+2060, U+FEFF); soft hyphens and tag characters; and a lone
 * half of a surrogate pair (not text at all). An emoji built with a zero-width joiner comes out as
 * its parts.
 */
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}]/gu;
const INVISIBLE_BUT_NEWLINE = /(?!\n)[\p{Cc}\p{Cf}\p{Cs}]/gu;

/**
 * One line: breaks and tabs become spaces, runs of spaces one space, trimmed; NFC (a Vietnamese
 * name typed on a Mac arrives decomposed).
 */
export function cleanLine(raw: string): string {
  return raw
    .replace(LINE_BREAK, ' ')
    .replace(/\t/g, ' ')
    .replace(INVISIBLE, '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Free text (a note): the same, but line breaks stay, as \n. */
export function cleanText(raw: string): string {
  return raw
    .replace(LINE_BREAK, '\n')
    .replace(/\t/g, ' ')
    .replace(INVISIBLE_BUT_NEWLINE, '')
    .normalize('NFC')
    .split('\n')
    .map((line) => line.trimEnd()) // not a /\s+$/m regex: that is quadratic on a long run of spaces
    .join('\n')
    .trim();
}

/** An address has no spaces at all; the domain in lower case (the part before @ is the mailbox owner's). */
export function cleanEmail(raw: string): string {
  const address = cleanLine(raw).replace(/ /g, '');
  const at = address.lastIndexOf('@');
  return at < 0 ? address : address.slice(0, at) + address.slice(at).toLowerCase();
}

/** A one-line field: a name, an address part, a carrier, a reason. */
export const oneLine = (max: number) => z.string().overwrite(cleanLine).min(1).max(max);

/** A note: several lines allowed, may be empty. */
export const freeText = (max: number) => z.string().overwrite(cleanText).max(max);

export const emailAddress = (max = 200) =>
  z.string().overwrite(cleanEmail).pipe(z.email().max(max));

/** An e-mail a form may leave blank ("" once cleaned means none). */
export const emailOrBlank = (max = 200) =>
  z
    .string()
    .overwrite(cleanEmail)
    .pipe(z.union([z.literal(''), z.email().max(max)]));

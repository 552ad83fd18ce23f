/** What the rules strip: C0/C1 controls, bidi controls and marks, zero-width characters. */
export const HOSTILE = [
  '\u0000',
  '\u0007',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u009B',
  '\r',
  '\n',
  '\r\n',
  '\t',
  '\u2028',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
];
/** What must never be stored in a one-line field. */
export const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

/** What a person can see of a text: no invisible characters, no spaces, NFC. */
export const visible = (s: string) => s.replace(/[\p{Cc}\p{Cf}\p{Cs}\s]/gu, '').normalize('NFC');

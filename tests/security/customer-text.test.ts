import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerSchema } from '@/lib/checkout/schema';
import { cancelForm, shipForm } from '@/lib/desk/forms';
import {
  cleanEmail,
  cleanLine,
  cleanText,
  emailAddress,
  freeText,
  oneLine,
} from '@/lib/validation/text';
import { HOSTILE, INVISIBLE, visible } from './hostile-text';

describe('customer text rules', () => {
  it("the issue's names are stored cleaned, not as sent", () => {
    expect(cleanLine('Ali\u202Ecod.exe\u202C')).toBe('Alicod.exe');
    expect(cleanLine('Bob\r\nBcc: x@evil\u0000')).toBe('Bob Bcc: x@evil');
    expect(cleanLine('  Nguyễn\u00A0\u00A0Văn   A\t')).toBe('Nguyễn Văn A');
    expect(cleanLine('\u2066Trần\u2069 \u200BThị\uFEFF')).toBe('Trần Thị');
  });

  it('NFC: a name typed on a Mac (decomposed) is stored composed', () => {
    const nfd = 'Nguyễn Thị Ánh'.normalize('NFD');
    expect(cleanLine(nfd)).toBe('Nguyễn Thị Ánh'.normalize('NFC'));
    expect(cleanText(nfd)).toBe('Nguyễn Thị Ánh'.normalize('NFC'));
    // A zero-width character between a letter and its accent no longer keeps them apart.
    expect(cleanLine('e\u200B\u0301')).toBe('é');
  });

  it('notes keep their line breaks as \\n and nothing else invisible', () => {
    expect(cleanText('Giao buổi sáng\r\nGọi trước\rcảm ơn\u2028!')).toBe(
      'Giao buổi sáng\nGọi trước\ncảm ơn\n!',
    );
    expect(cleanText('  a\u0000b\u202Ec  \n\n  d\t ')).toBe('abc\n\n  d');
  });

  it('a field that is empty once the invisible characters are gone is refused', () => {
    expect(oneLine(100).safeParse('\u200B\u202E \r\n\u0000').success).toBe(false);
    expect(oneLine(100).safeParse('\u200BAn\u200B').data).toBe('An');
    expect(freeText(500).safeParse('\u200B').data).toBe('');
    // The length is the cleaned text's.
    expect(oneLine(3).safeParse('A\u200B\u200B\u200BBC').data).toBe('ABC');
  });

  it('a lone surrogate half is dropped; a whole emoji stays', () => {
    expect(cleanLine('An\uD800 🌾')).toBe('An 🌾');
  });

  it('takes linear time: 200,000 spaces inside a note are cleaned at once', () => {
    const started = performance.now();
    expect(cleanText(`a${' '.repeat(200_000)}b\n`)).toBe(`a${' '.repeat(200_000)}b`);
    expect(cleanLine(`a${'\u200B '.repeat(100_000)}b`)).toBe('a b');
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('e-mails: one line, no invisible characters, domain in lower case', () => {
    expect(cleanEmail(' Lan.Tran@Example.COM\u200B ')).toBe('Lan.Tran@example.com');
    expect(emailAddress().safeParse('an\u202E@VIDU.vn').data).toBe('an@vidu.vn');
    expect(emailAddress().safeParse('an\r\nBcc: x@evil.example').success).toBe(false);
  });

  it('any mix of letters and invisible characters comes out clean and keeps what is visible', () => {
    const piece = fc.oneof(
      fc.constantFrom('Nguyễn', 'Văn'.normalize('NFD'), 'A', ' ', '  ', '.exe', 'Hà Nội'),
      fc.constantFrom(...HOSTILE),
      fc.string({ unit: 'binary', maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const sent = pieces.join('');
        const line = cleanLine(sent);
        expect(line).not.toMatch(INVISIBLE);
        expect(line).not.toMatch(/ {2}|^ | $/);
        expect(line).toBe(line.normalize('NFC'));
        expect(visible(line)).toBe(visible(sent));
        const text = cleanText(sent);
        expect(text.replace(/\n/g, '')).not.toMatch(INVISIBLE);
        expect(visible(text)).toBe(visible(sent));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('one schema for checkout and the desk', () => {
  it('checkout customer fields are cleaned the same way', () => {
    const parsed = customerSchema.parse({
      name: 'Ali\u202Ecod.exe\u202C',
      phone: '0912\u200B 345 678',
      email: 'Bob@Example.COM',
      address: { line: 'Số 1\r\nthôn Phú Vinh', commune: 'Phú\u0000 Nghĩa', province: 'Hà Nội' },
      note: 'Gọi trước\r\n\u202Ecảm ơn',
    });
    expect(parsed).toEqual({
      name: 'Alicod.exe',
      phone: '+84912345678',
      country: 'VN',
      email: 'Bob@example.com',
      address: { line: 'Số 1 thôn Phú Vinh', commune: 'Phú Nghĩa', province: 'Hà Nội' },
      note: 'Gọi trước\ncảm ơn',
    });
  });

  it('desk forms strip what checkout strips (they used to refuse it)', () => {
    const reference = 'CM-2026-000001';
    expect(
      shipForm.parse({ reference, carrier: 'Viettel\u202E Post', trackingNumber: 'EE1\u0000' }),
    ).toEqual({ reference, carrier: 'Viettel Post', trackingNumber: 'EE1' });
    expect(cancelForm.parse({ reference, reason: 'khách\r\nhuỷ' }).reason).toBe('khách huỷ');
    expect(cancelForm.safeParse({ reference, reason: '\u200B' }).success).toBe(false);
  });
});

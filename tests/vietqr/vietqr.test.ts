import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import {
  buildVietQr,
  crc16ccittFalse,
  parseEmv,
  parseVietQr,
  tlv,
  transferPurpose,
  type VietQrInput,
} from '@/lib/payments/vietqr';

/**
 * Payloads published by other VietQR implementations, with the inputs their sources state.
 * Every CRC below was checked with crc16ccittFalse and verifies.
 */
const published: { source: string; input: VietQrInput; payload: string }[] = [
  {
    // github.com/subiz/vietqr README.md (usage: 120.000 đ to VietinBank 0011001932418, "ủng hộ lũ lụt")
    source: 'subiz/vietqr README.md',
    input: {
      bin: '970415',
      accountNumber: '0011001932418',
      amountVnd: 120000,
      purpose: 'ủng hộ lũ lụt',
    },
    payload:
      '00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN62170813ung ho lu lut6304C15C',
  },
  {
    // github.com/subiz/vietqr vietqr_test.go, case 1 (also shown in README.md); static, no note
    source: 'subiz/vietqr vietqr_test.go #1',
    input: { bin: '970423', accountNumber: '0099999999' },
    payload:
      '00020101021138540010A00000072701240006970423011000999999990208QRIBFTTA53037045802VN6304CBB4',
  },
  {
    // github.com/subiz/vietqr vietqr_test.go, "chuyển khoản" case
    source: 'subiz/vietqr vietqr_test.go #4',
    input: {
      bin: '970422',
      accountNumber: '0023457923442',
      amountVnd: 40123,
      purpose: 'chuyển khoản',
    },
    payload:
      '00020101021238570010A00000072701270006970422011300234579234420208QRIBFTTA53037045405401235802VN62160812chuyen khoan6304722F',
  },
  {
    // github.com/subiz/vietqr vietqr_test.go (also README.md): 19-char account, note cut to 25 chars
    source: 'subiz/vietqr vietqr_test.go #6',
    input: {
      bin: '970422',
      accountNumber: '0023457923442ASDFLJ',
      amountVnd: 40123,
      purpose:
        'chuyen khoan alsdkf laksjdflk asjdflja slkdalks djflkasjd fajsldk jalskdfj lkasjdflk ajslkfj l',
    },
    payload:
      '00020101021238630010A0000007270133000697042201190023457923442ASDFLJ0208QRIBFTTA53037045405401235802VN62290825chuyen khoan alsdkf laksj6304E5DB',
  },
  {
    // github.com/sunary/vietqr vietqr_test.go, validQRCodeFull (VPBank 970432)
    source: 'sunary/vietqr vietqr_test.go validQRCodeFull',
    input: {
      bin: '970432',
      accountNumber: '19372',
      amountVnd: 152000,
      purpose: 'gen by go-vietqr',
    },
    payload:
      '00020101021238490010A000000727011900069704320105193720208QRIBFTTA530370454061520005802VN62200816gen by go-vietqr63040ED4',
  },
  {
    // github.com/sunary/vietqr vietqr_test.go, "Large amount" (VietinBank 970415)
    source: 'sunary/vietqr vietqr_test.go Large amount',
    input: {
      bin: '970415',
      accountNumber: '9876543210',
      amountVnd: 999999999,
      purpose: 'Large amount transfer',
    },
    payload:
      '00020101021238540010A00000072701240006970415011098765432100208QRIBFTTA530370454099999999995802VN62250821Large amount transfer63048A8F',
  },
  {
    // github.com/binhnguyenduc/vietqr-ts tests/compliance/napas-static-account.test.ts: the NAPAS v1.5.2
    // static example with the account length corrected to 13 (see the F4E5 note below)
    source: 'binhnguyenduc/vietqr-ts napas-static-account.test.ts',
    input: { bin: '970403', accountNumber: '0011012345678' },
    payload:
      '00020101021138570010A00000072701270006970403011300110123456780208QRIBFTTA53037045802VN63049E6F',
  },
];

/**
 * Published payloads this encoder cannot reproduce byte for byte, used for decoding only. Their CRCs verify.
 * - giautm/emvqr-go emvqr_test.go Test_BuildPayload: fields in caller order (62 before 38), not canonical order.
 * - giautm/emvqr-go emvqr_test.go Benchmark_BuildPayload: 54 before 53; amount 70000.90 rounded to 70001.
 * - sunary/vietqr vietqr_test.go validQRCodeWithMessage: purpose keeps "/", which transferPurpose drops.
 * - binhnguyenduc/vietqr-ts napas-dynamic-account.test.ts (NAPAS v1.5.2 dynamic example): has 62.01 bill number.
 */
const decodeOnly: { source: string; payload: string; expected: ReturnType<typeof parseVietQr> }[] =
  [
    {
      source: 'giautm/emvqr-go emvqr_test.go Test_BuildPayload',
      payload:
        '00020101021262110807tien le38560010A0000007270126000697041501121133666688880208QRIBFTTA5303704540460005802VN63046893',
      expected: {
        bin: '970415',
        accountNumber: '113366668888',
        amountVnd: 6000,
        purpose: 'tien le',
        crcValid: true,
        pointOfInitiation: 'dynamic',
      },
    },
    {
      source: 'giautm/emvqr-go emvqr_test.go Benchmark_BuildPayload',
      payload:
        '00020101021138560010A0000007270126000697041501121133666688880208QRIBFTTA54057000153037045802VN6304ED54',
      expected: {
        bin: '970415',
        accountNumber: '113366668888',
        amountVnd: 70001,
        crcValid: true,
        pointOfInitiation: 'static',
      },
    },
    {
      source: 'sunary/vietqr vietqr_test.go validQRCodeWithMessage',
      payload:
        '00020101021138510010A00000072701210006970407010797968680208QRIBFTTA53037045802VN62240820gen by sunary/vietqr6304BE74',
      expected: {
        bin: '970407',
        accountNumber: '9796868',
        purpose: 'gen by sunary/vietqr',
        crcValid: true,
        pointOfInitiation: 'static',
      },
    },
    {
      source: 'binhnguyenduc/vietqr-ts napas-dynamic-account.test.ts',
      payload:
        '00020101021238570010A00000072701270006970403011300110123456780208QRIBFTTA530370454061800005802VN62340107NPS68690819thanh toan don hang63042E2E',
      expected: {
        bin: '970403',
        accountNumber: '0011012345678',
        amountVnd: 180000,
        purpose: 'thanh toan don hang',
        crcValid: true,
        pointOfInitiation: 'dynamic',
      },
    },
  ];

describe('crc16ccittFalse', () => {
  it('matches the CRC-16/CCITT-FALSE check value', () => {
    expect(crc16ccittFalse('123456789')).toBe('29B1');
  });
  it('pads to 4 uppercase hex digits', () => {
    expect(crc16ccittFalse('')).toBe('FFFF');
    expect(crc16ccittFalse('x')).toMatch(/^[0-9A-F]{4}$/);
  });
});

describe('tlv', () => {
  it('writes a 2-digit length', () => {
    expect(tlv('53', '704')).toBe('5303704');
    expect(tlv('08', 'x'.repeat(99))).toBe('0899' + 'x'.repeat(99));
  });
  it('rejects values over 99 characters and bad IDs', () => {
    expect(() => tlv('08', 'x'.repeat(100))).toThrow(/99/);
    expect(() => tlv('8', 'x')).toThrow(/2 digits/);
  });
});

describe.each(published)('published example: $source', ({ input, payload }) => {
  it('has a CRC that verifies', () => {
    expect(crc16ccittFalse(payload.slice(0, -4))).toBe(payload.slice(-4));
  });

  it('is built exactly from its inputs', () => {
    expect(buildVietQr(input)).toBe(payload);
  });

  it('has the expected fields', () => {
    const root = parseEmv(payload);
    expect(root['00']).toBe('01');
    expect(root['01']).toBe(input.amountVnd === undefined ? '11' : '12');
    const account = parseEmv(root['38']!);
    expect(account['00']).toBe('A000000727');
    expect(parseEmv(account['01']!)).toEqual({ '00': input.bin, '01': input.accountNumber });
    expect(account['02']).toBe('QRIBFTTA');
    expect(root['53']).toBe('704');
    expect(root['54']).toBe(input.amountVnd === undefined ? undefined : String(input.amountVnd));
    expect(root['58']).toBe('VN');
    const purpose = input.purpose === undefined ? undefined : transferPurpose(input.purpose);
    expect(root['62'] === undefined ? undefined : parseEmv(root['62'])['08']).toBe(purpose);
    // CRC is the last field (Record keys that look like integers lose their order, so check the text).
    expect(payload.endsWith('6304' + root['63'])).toBe(true);
    expect(root['63']).toBe(crc16ccittFalse(payload.slice(0, -4)));
  });
});

describe.each(decodeOnly)('decode-only example: $source', ({ payload, expected }) => {
  it('parses with a valid CRC', () => {
    expect(parseVietQr(payload)).toEqual(expected);
  });
});

describe('published examples that are broken', () => {
  it('subiz/vietqr README.md step-by-step result: CRC E69F does not verify and its TLV is malformed', () => {
    // No 38.00 GUID, no 38.01 wrapper, and "62160814ung ho bao lut" declares 16 for 18 characters.
    const payload =
      '0002010102113838000697042201120023457923440208QRIBFTTA530370454061800005802VN62160814ung ho bao lut6304E69F';
    expect(crc16ccittFalse(payload.slice(0, -4))).not.toBe('E69F');
    expect(() => parseVietQr(payload)).toThrow();
  });

  it('NAPAS v1.5.2 static example as quoted in binhnguyenduc/vietqr-ts: CRC F4E5 verifies but 38.01.01 length is wrong', () => {
    // "0112" announces 12 characters for the 13-digit account 0011012345678, so the template does not parse.
    const payload =
      '00020101021138570010A00000072701270006970403011200110123456780208QRIBFTTA53037045802VN6304F4E5';
    expect(crc16ccittFalse(payload.slice(0, -4))).toBe('F4E5');
    expect(() => parseVietQr(payload)).toThrow();
  });
});

describe('parseVietQr', () => {
  it('reads back what buildVietQr wrote', () => {
    const payload = buildVietQr({
      bin: '970436',
      accountNumber: '0011001234567',
      amountVnd: 350000,
      purpose: 'Đơn CM-2026-000123',
    });
    expect(parseVietQr(payload)).toEqual({
      bin: '970436',
      accountNumber: '0011001234567',
      amountVnd: 350000,
      purpose: 'Don CM-2026-000123',
      crcValid: true,
      pointOfInitiation: 'dynamic',
    });
  });
  it('flags a tampered payload', () => {
    const payload = buildVietQr({
      bin: '970436',
      accountNumber: '0011001234567',
      amountVnd: 350000,
    });
    expect(parseVietQr(payload.replace('350000', '950000')).crcValid).toBe(false);
  });
});

describe('transferPurpose', () => {
  it('strips Vietnamese diacritics, đ included', () => {
    expect(transferPurpose('Đơn CM-2026-000123')).toBe('Don CM-2026-000123');
    expect(transferPurpose('Mây tre đan Phú Vinh')).toBe('May tre dan Phu Vinh');
  });
  it('drops other characters and keeps at most 25', () => {
    expect(transferPurpose('Order #12/3: "A&B"')).toBe('Order 123 AB');
    expect(transferPurpose('Thanh toán đơn hàng CM-2026-000123')).toBe('Thanh toan don hang CM-20');
    expect(transferPurpose('x'.repeat(40))).toHaveLength(25);
  });
});

describe('buildVietQr rejects bad input', () => {
  const ok = { bin: '970436', accountNumber: '0011001234567' };
  it.each([
    ['BIN of 5 digits', { ...ok, bin: '97043' }, /BIN/],
    ['BIN with a letter', { ...ok, bin: '97043A' }, /BIN/],
    ['empty account', { ...ok, accountNumber: '' }, /account/],
    ['account of 20 chars', { ...ok, accountNumber: '1'.repeat(20) }, /account/],
    ['account with a space', { ...ok, accountNumber: '0011 0012' }, /account/],
    ['zero amount', { ...ok, amountVnd: 0 }, /amount/],
    ['negative amount', { ...ok, amountVnd: -5 }, /amount/],
    ['fractional amount', { ...ok, amountVnd: 1000.5 }, /amount/],
    ['NaN amount', { ...ok, amountVnd: Number.NaN }, /amount/],
    ['amount of 14 digits', { ...ok, amountVnd: 10_000_000_000_000 }, /amount/],
  ])('%s', (_name, input, message) => {
    expect(() => buildVietQr(input)).toThrow(message);
  });
  it('accepts the largest 13-digit amount', () => {
    expect(parseEmv(buildVietQr({ ...ok, amountVnd: 9_999_999_999_999 }))['54']).toBe(
      '9999999999999',
    );
  });
});

describe('QR round trip', () => {
  it.each<VietQrInput>([
    { bin: '970436', accountNumber: '0011001234567' },
    { bin: '970415', accountNumber: '0011001932418', amountVnd: 120000, purpose: 'ủng hộ lũ lụt' },
    {
      bin: '970422',
      accountNumber: '0023457923442ASDFLJ',
      amountVnd: 9_999_999_999_999,
      purpose: 'Đơn CM-2026-000123',
    },
  ])('PNG of $bin/$accountNumber decodes to the payload', async (input) => {
    const payload = buildVietQr(input);
    const buffer = await QRCode.toBuffer(payload, {
      errorCorrectionLevel: 'M',
      margin: 4,
      width: 400,
      type: 'png',
    });
    const png = PNG.sync.read(buffer);
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(code?.data).toBe(payload);
  });
});

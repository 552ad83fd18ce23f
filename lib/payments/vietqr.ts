/**
 * VietQR (NAPAS 247 bank transfer) payloads: EMVCo merchant-presented mode with NAPAS's
 * merchant-account template under ID 38. Pure string functions, no I/O.
 *
 * Layout built here, in this order (the order NAPAS's and most libraries' examples use):
 *   00 "01" · 01 "11" static | "12" dynamic · 38 { 00 A000000727, 01 { 00 BIN, 01 account }, 02 QRIBFTTA }
 *   · 53 "704" · 54 amount · 58 "VN" · 62 { 08 purpose } · 63 CRC
 */

const NAPAS_GUID = 'A000000727';
const SERVICE_TO_ACCOUNT = 'QRIBFTTA'; // QR inter-bank funds transfer to an account (QRIBFTTC = to a card)
const MAX_AMOUNT_VND = 9_999_999_999_999; // field 54 holds at most 13 characters
const PURPOSE_MAX = 25;

/** CRC-16/CCITT-FALSE: poly 0x1021, init 0xFFFF, no reflection, no final xor; over UTF-8 bytes. */
export function crc16ccittFalse(input: string): string {
  let crc = 0xffff;
  for (const byte of new TextEncoder().encode(input)) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

/** One EMVCo data object: 2-digit ID, 2-digit length, value. */
export function tlv(id: string, value: string): string {
  if (!/^\d{2}$/.test(id)) throw new Error(`EMV field ID must be 2 digits, got "${id}"`);
  if (value.length > 99)
    throw new Error(`EMV field ${id} is ${value.length} characters long; the maximum is 99`);
  return id + String(value.length).padStart(2, '0') + value;
}

/**
 * Transfer purpose (62.08) as banks show it: ASCII letters, digits, spaces and hyphens only,
 * Vietnamese diacritics removed (đ/Đ has no decomposition, so it is mapped by hand), at most 25 chars.
 */
export function transferPurpose(reference: string): string {
  return reference
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9 \t\n\r-]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, PURPOSE_MAX)
    .trimEnd();
}

export interface VietQrInput {
  bin: string;
  accountNumber: string;
  amountVnd?: number;
  purpose?: string;
}

export function buildVietQr(input: VietQrInput): string {
  const { bin, accountNumber, amountVnd, purpose } = input;
  if (!/^\d{6}$/.test(bin)) throw new Error(`VietQR: bank BIN must be 6 digits, got "${bin}"`);
  if (!/^[0-9A-Za-z]{1,19}$/.test(accountNumber)) {
    throw new Error(
      `VietQR: account number must be 1–19 letters or digits, got "${accountNumber}"`,
    );
  }
  if (
    amountVnd !== undefined &&
    (!Number.isInteger(amountVnd) || amountVnd < 1 || amountVnd > MAX_AMOUNT_VND)
  ) {
    throw new Error(
      `VietQR: amount must be a whole number of đồng from 1 to ${MAX_AMOUNT_VND}, got ${amountVnd}`,
    );
  }
  // A purpose that sanitises to nothing is left out rather than sent as an empty field.
  const note = purpose === undefined ? '' : transferPurpose(purpose);

  const account =
    tlv('00', NAPAS_GUID) +
    tlv('01', tlv('00', bin) + tlv('01', accountNumber)) +
    tlv('02', SERVICE_TO_ACCOUNT);
  const body =
    tlv('00', '01') +
    tlv('01', amountVnd === undefined ? '11' : '12') +
    tlv('38', account) +
    tlv('53', '704') +
    (amountVnd === undefined ? '' : tlv('54', String(amountVnd))) +
    tlv('58', 'VN') +
    (note ? tlv('62', tlv('08', note)) : '');
  // The CRC covers its own ID and length ("6304") but not its value.
  const head = body + '6304';
  return head + crc16ccittFalse(head);
}

/** One level of TLV: ID → value. Parse a template's value again to read its subfields. */
export function parseEmv(payload: string): Record<string, string> {
  const fields: Record<string, string> = {};
  let i = 0;
  while (i < payload.length) {
    const head = payload.slice(i, i + 4);
    if (!/^\d{4}$/.test(head)) throw new Error(`EMV: bad field header "${head}" at ${i}`);
    const id = head.slice(0, 2);
    const end = i + 4 + Number(head.slice(2));
    if (end > payload.length) throw new Error(`EMV: field ${id} at ${i} runs past the end`);
    if (id in fields) throw new Error(`EMV: field ${id} appears twice`);
    fields[id] = payload.slice(i + 4, end);
    i = end;
  }
  return fields;
}

export interface ParsedVietQr {
  bin: string;
  accountNumber: string;
  amountVnd?: number;
  purpose?: string;
  crcValid: boolean;
  pointOfInitiation: 'static' | 'dynamic';
}

export function parseVietQr(payload: string): ParsedVietQr {
  const root = parseEmv(payload);
  const account = parseEmv(root['38'] ?? '');
  if (account['00'] !== NAPAS_GUID)
    throw new Error('VietQR: field 38 is not a NAPAS (A000000727) account template');
  const beneficiary = parseEmv(account['01'] ?? '');
  const bin = beneficiary['00'];
  const accountNumber = beneficiary['01'];
  if (!bin || !accountNumber)
    throw new Error('VietQR: field 38.01 lacks the BIN or the account number');

  const poi = root['01'];
  if (poi !== undefined && poi !== '11' && poi !== '12')
    throw new Error(`VietQR: unknown point of initiation "${poi}"`);

  const result: ParsedVietQr = {
    bin,
    accountNumber,
    // The CRC must be the last field; hex case is not significant to the check.
    crcValid:
      root['63'] !== undefined &&
      payload.endsWith('6304' + root['63']) &&
      crc16ccittFalse(payload.slice(0, -4)) === root['63'].toUpperCase(),
    pointOfInitiation: poi === '12' ? 'dynamic' : 'static',
  };
  const amount = root['54'];
  if (amount !== undefined) {
    if (!/^\d+$/.test(amount))
      throw new Error(`VietQR: amount "${amount}" is not a whole number of đồng`);
    result.amountVnd = Number(amount);
  }
  const purpose = root['62'] === undefined ? undefined : parseEmv(root['62'])['08'];
  if (purpose !== undefined) result.purpose = purpose;
  return result;
}

import type { Locale } from '@/i18n/routing';
import type { OrderWithLines } from '@/lib/orders/types';
import { messagesFor, type DeskMessages } from './i18n';
import { phoneLinks } from './phone-links';
import { formatSheetTime } from './time';

const BOM = '\uFEFF';

// A formula trigger (Excel and LibreOffice take the fullwidth forms too) after a character that a
// text import may split a line on: the delimiter chosen in its dialog, or a line break. Spaces
// (trimmed by an import option) and a double quote (opening a quoted field) may come between.
const AFTER_SEPARATOR = /([,;\t\r\n])(?=[\p{Zs}"]*[=+\-@|＝＋－＠｜\t\r])/gu;
const AT_START = /^[\p{Zs}"]*[=+\-@|＝＋－＠｜\t\r]/u;

/**
 * One RFC 4180 cell. A customer's text cannot run as a formula, whatever the spreadsheet splits it
 * on: every fragment that would start with a trigger gets an apostrophe first — right after the
 * separator, and at the start of the cell. Numbers (amounts, negative too) are ours and stay numbers.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string') {
    text = text.replace(AFTER_SEPARATOR, "$1'");
    if (AT_START.test(text)) text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with a BOM and CRLF line ends: what Excel needs to read Vietnamese correctly. */
export function toCsv(rows: (string | number | null | undefined)[][]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export interface CsvLanguage {
  lang: Locale;
  /** slug → name in that language; a slug missing here is written as it is. */
  villageNames: Record<string, string>;
}

/** The columns, in the desk's language: a spreadsheet user reads words, not field names. */
export const orderCsvHeader = (m: DeskMessages): string[] => [
  m.csv.reference,
  m.csv.created,
  m.csv.status,
  m.csv.method,
  m.csv.villages,
  m.csv.parts,
  m.csv.customer,
  m.csv.phone,
  m.csv.address,
  m.csv.lines,
  m.csv.carrier,
  m.csv.tracking,
  m.csv.total,
];

/**
 * One order as the viewer sees it (a representative: their village's part and its total). Times
 * are "YYYY-MM-DD HH:mm" in Vietnam time and the total a plain number, so a spreadsheet reads
 * both as what they are; the phone is spaced ("0912 345 678") so its leading zero survives.
 */
export function orderCsvRow(
  o: OrderWithLines,
  m: DeskMessages,
  { villageNames }: CsvLanguage,
): (string | number | null)[] {
  const village = (slug: string) => villageNames[slug] ?? slug;
  const address = [o.addressLine, o.addressCommune, o.addressProvince, o.addressCountry]
    .filter(Boolean)
    .join(', ');
  const parcels = o.shipments.filter((s) => s.carrier || s.trackingNumber);
  return [
    o.reference,
    formatSheetTime(o.createdAt),
    m.statuses[o.status],
    m.methods[o.method],
    [...new Set(o.lines.map((l) => village(l.village)))].join('; '),
    o.shipments.map((s) => `${village(s.village)}: ${m.shipmentStatuses[s.status]}`).join('; '),
    o.customerName,
    phoneLinks(o.customerPhone)?.display ?? o.customerPhone,
    address,
    o.lines.map((l) => `${l.name} × ${l.quantity} (${l.sku})`).join('; '),
    parcels.map((s) => s.carrier ?? '').join('; '),
    parcels.map((s) => s.trackingNumber ?? '').join('; '),
    o.totalVnd,
  ];
}

/** The export, in Vietnamese unless asked for English (the desk's language). */
export function ordersCsv(
  orders: OrderWithLines[],
  language: CsvLanguage = { lang: 'vi', villageNames: {} },
): string {
  const m = messagesFor(language.lang);
  return toCsv([orderCsvHeader(m), ...orders.map((o) => orderCsvRow(o, m, language))]);
}

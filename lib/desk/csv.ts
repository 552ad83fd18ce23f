import type { OrderWithLines } from '@/lib/orders/types';

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

const vietnamTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export const ORDER_CSV_HEADER = [
  'reference',
  'created',
  'status',
  'method',
  'villages',
  'customer',
  'phone',
  'address',
  'lines',
  'total_vnd',
];

export function orderCsvRow(o: OrderWithLines): (string | number | null)[] {
  const villages = [...new Set(o.lines.map((l) => l.village))].join('; ');
  const address = [o.addressLine, o.addressCommune, o.addressProvince, o.addressCountry]
    .filter(Boolean)
    .join(', ');
  const lines = o.lines.map((l) => `${l.sku}×${l.quantity}`).join('; ');
  return [
    o.reference,
    vietnamTime.format(o.createdAt),
    o.status,
    o.method,
    villages,
    o.customerName,
    o.customerPhone,
    address,
    lines,
    o.totalVnd,
  ];
}

export function ordersCsv(orders: OrderWithLines[]): string {
  return toCsv([ORDER_CSV_HEADER, ...orders.map(orderCsvRow)]);
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markShipped } from '@/lib/desk/actions';
import { csvCell, ordersCsv, toCsv } from '@/lib/desk/csv';
import { listOrders } from '@/lib/desk/orders';
import { admin, freshDb, order, rep } from './helpers';

const VILLAGES = {
  vi: { 'phu-vinh': 'Phú Vinh', 'van-vo': 'Văn Võ', 'quang-bi': 'Quảng Bị' },
  en: { 'phu-vinh': 'Phu Vinh', 'van-vo': 'Van Vo', 'quang-bi': 'Quang Bi' },
};

/** An RFC 4180 reader, written independently of the writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  if (cell || row.length) throw new Error('the last record must end with CRLF');
  return rows;
}

describe('CSV escaping', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('Phú Vinh')).toBe('Phú Vinh');
    expect(csvCell(null)).toBe('');
    expect(csvCell(230000)).toBe('230000');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const evil of [
      '=HYPERLINK("http://x","y")',
      '+84912345678',
      '-2+3',
      '@SUM(A1)',
      '\t=1',
      '\r=1',
    ])
      expect(csvCell(evil).replace(/^"/, '')).toMatch(/^'/);
    expect(parseCsv(toCsv([['=1+1', 'a']]).slice(1))).toEqual([["'=1+1", 'a']]);
  });

  // What Excel and LibreOffice run as a formula at the start of a cell, and what their text import
  // may split a line on (a chosen delimiter, or a line break).
  const TRIGGERS = ['=', '+', '-', '@', '|', '＝', '＋', '－', '＠', '｜', '\t', '\r'];
  const SEPARATORS = [',', ';', '\t', '\n', '\r\n'];
  /** The fragments of `text` that start a cell whichever delimiter the import splits on, leading spaces and quotes dropped. */
  const fragments = (text: string) =>
    [',', ';', '\t', '\r', '\n'].flatMap((d) => text.split(d)).map((f) => f.replace(/^[ "]+/, ''));
  const formulas = (text: string) => fragments(text).filter((f) => TRIGGERS.includes(f[0] ?? ''));
  const withoutApostrophes = (s: string) => s.replace(/'/g, '');

  function expectInert(value: string) {
    const raw = toCsv([[value]]).slice(1, -2);
    expect(formulas(raw), JSON.stringify(raw)).toEqual([]);
    const [[cell]] = parseCsv(toCsv([[value]]).slice(1)) as [[string]];
    expect(formulas(cell), JSON.stringify(cell)).toEqual([]);
    // Nothing is lost: only apostrophes are added.
    expect(withoutApostrophes(cell)).toBe(withoutApostrophes(value));
  }

  it('neutralises every trigger at the start and after every separator', () => {
    for (const t of TRIGGERS) {
      expectInert(`${t}1+1`);
      expectInert(` ${t}1+1`);
      for (const s of SEPARATORS) {
        expectInert(`x${s}${t}1+1${s}y`);
        expectInert(`x${s} ${t}cmd|' /C calc'!A0`);
        expectInert(`x${s}"${t}1+1"`);
        expectInert(`${t}x${s}${t}${s}${t}`);
      }
    }
  });

  it("the issue's cells: x;=1+1;y, ＝1+1, |cmd", () => {
    expect(csvCell('x;=1+1;y')).toBe("x;'=1+1;y");
    expect(csvCell('＝1+1')).toBe("'＝1+1");
    expect(csvCell('|cmd')).toBe("'|cmd");
    expect(csvCell('a\t=1')).toBe("a\t'=1");
    expect(csvCell('x,=1')).toBe('"x,\'=1"');
  });

  it('any mix of triggers, separators, spaces and quotes comes out inert', () => {
    const char = fc.constantFrom(...TRIGGERS, ...SEPARATORS, ' ', '"', "'", 'a', '1', 'ễ');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 12 }), (chars) => expectInert(chars.join(''))),
      { numRuns: 2000 },
    );
  });

  it('leaves ordinary text and numbers alone; negative amounts stay numbers', () => {
    expect(csvCell('Phú Vinh; Văn Võ')).toBe('Phú Vinh; Văn Võ');
    expect(csvCell('PV-0001×2; VV-0003×1')).toBe('PV-0001×2; VV-0003×1');
    expect(csvCell('2026-03-01 23:30:00')).toBe('2026-03-01 23:30:00');
    expect(csvCell(-290000)).toBe('-290000');
    expect(toCsv([['a', -5, 0]]).slice(1)).toBe('a,-5,0\r\n');
  });

  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    const csv = toCsv([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.slice(1)).toBe('a,b\r\nc,d\r\n');
  });
});

describe('order export', () => {
  async function twoOrders() {
    const db = await freshDb();
    // One after the other: the references and ids follow the order they were placed in.
    const made = [
      await order(
        db,
        'cod',
        [
          { sku: 'PV-0001', village: 'phu-vinh', quantity: 2 },
          { sku: 'VV-0003', village: 'van-vo' },
        ],
        { name: 'Trần "Bé" Nguyễn, Hà', now: Date.parse('2026-03-01T23:30:00+07:00') },
      ),
      // 17:05 UTC on 1 March is five past midnight on 2 March in Vietnam.
      await order(db, 'bank_transfer', [{ sku: 'QB-0002', village: 'quang-bi', quantity: 3 }], {
        name: '=cmd|" /C calc"!A0',
        phone: '0987654321',
        now: Date.parse('2026-03-01T17:05:00Z'),
      }),
    ] as const;
    return { db, made };
  }

  it('in Vietnamese by default: Vietnamese headers, statuses, methods and village names; Vietnam time', async () => {
    const { db, made } = await twoOrders();
    const listed = (await listOrders(db, await admin(db), {})).orders;
    const [header, ...rows] = parseCsv(
      ordersCsv(listed, { lang: 'vi', villageNames: VILLAGES.vi }).slice(1),
    );
    expect(header).toEqual([
      'Mã đơn',
      'Ngày đặt',
      'Trạng thái',
      'Thanh toán',
      'Làng',
      'Tình trạng từng làng',
      'Khách hàng',
      'Điện thoại',
      'Địa chỉ',
      'Sản phẩm',
      'Đơn vị vận chuyển',
      'Mã vận đơn',
      'Tổng tiền (đồng)',
    ]);
    expect(rows).toHaveLength(2);
    const byRef = new Map(rows.map((r) => [r[0], r]));
    expect(byRef.get(made[0].reference)).toEqual([
      made[0].reference,
      '2026-03-01 23:30',
      'Chờ thanh toán',
      'COD (tiền mặt)',
      'Phú Vinh; Văn Võ',
      'Phú Vinh: Chờ xác nhận; Văn Võ: Chờ xác nhận',
      'Trần "Bé" Nguyễn, Hà',
      '0912 345 678',
      '12 Đường Láng, Phường Láng, Hà Nội, VN',
      'Sản phẩm PV-0001 × 2 (PV-0001); Sản phẩm VV-0003 × 1 (VV-0003)',
      '',
      '',
      '330000',
    ]);
    const second = byRef.get(made[1].reference);
    expect(second?.[1]).toBe('2026-03-02 00:05');
    expect(second?.[3]).toBe('Chuyển khoản');
    expect(second?.[6]).toBe('\'=cmd|" /C calc"!A0');
    expect(second?.[9]).toBe('Sản phẩm QB-0002 × 3 (QB-0002)');
    // Amounts are plain numbers a spreadsheet can sum: no dots, no currency sign.
    expect(rows.map((r) => Number(r[12])).sort()).toEqual(made.map((o) => o.totalVnd).sort());
    for (const r of rows) expect(r[12]).toMatch(/^\d+$/);
  });

  it('in English when the desk is in English; the time stays Vietnam time', async () => {
    const { db, made } = await twoOrders();
    const listed = (await listOrders(db, await admin(db), {})).orders;
    const [header, ...rows] = parseCsv(
      ordersCsv(listed, { lang: 'en', villageNames: VILLAGES.en }).slice(1),
    );
    expect(header?.slice(0, 4)).toEqual(['Reference', 'Placed', 'Status', 'Payment']);
    expect(header?.at(-1)).toBe('Total (VND)');
    const first = rows.find((r) => r[0] === made[0].reference);
    expect(first?.slice(1, 6)).toEqual([
      '2026-03-01 23:30',
      'Awaiting payment',
      'Cash on delivery',
      'Phu Vinh; Van Vo',
      'Phu Vinh: Waiting for confirmation; Van Vo: Waiting for confirmation',
    ]);
    expect(rows.find((r) => r[0] === made[1].reference)?.[1]).toBe('2026-03-02 00:05');
  });

  it("a representative's export: their part only, with its carrier and tracking number", async () => {
    const { db, made } = await twoOrders();
    const lan = await rep(db, 'phu-vinh');
    await markShipped(db, lan, made[0].reference, { carrier: 'VNPost', trackingNumber: 'EE1VN' });
    const csv = ordersCsv((await listOrders(db, lan, {})).orders, {
      lang: 'vi',
      villageNames: VILLAGES.vi,
    });
    const [, ...rows] = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.slice(4, 6)).toEqual(['Phú Vinh', 'Phú Vinh: Đã gửi hàng']);
    expect(rows[0]?.slice(9)).toEqual([
      'Sản phẩm PV-0001 × 2 (PV-0001)',
      'VNPost',
      'EE1VN',
      '200000',
    ]);
    expect(csv).not.toContain('Văn Võ');
    expect(csv.startsWith('\uFEFF')).toBe(true);
  });
});

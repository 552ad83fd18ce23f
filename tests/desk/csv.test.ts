import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, ORDER_CSV_HEADER, ordersCsv, toCsv } from '@/lib/desk/csv';
import { listOrders } from '@/lib/desk/orders';
import { admin, freshDb, order } from './helpers';

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
  it('parses back to the same orders, Vietnamese text intact', () => {
    const db = freshDb();
    const made = [
      order(
        db,
        'cod',
        [
          { sku: 'PV-0001', village: 'phu-vinh', quantity: 2 },
          { sku: 'VV-0003', village: 'van-vo' },
        ],
        { name: 'Trần "Bé" Nguyễn, Hà', now: Date.parse('2026-03-01T23:30:00+07:00') },
      ),
      order(db, 'bank_transfer', [{ sku: 'QB-0002', village: 'quang-bi', quantity: 3 }], {
        name: '=cmd|" /C calc"!A0',
        phone: '0987654321',
      }),
    ];
    const listed = listOrders(db, admin(db), {}).orders;
    const [header, ...rows] = parseCsv(ordersCsv(listed).slice(1));
    expect(header).toEqual(ORDER_CSV_HEADER);
    expect(rows).toHaveLength(2);
    const byRef = new Map(rows.map((r) => [r[0], r]));
    const first = byRef.get(made[0]!.reference);
    expect(first).toEqual([
      made[0]!.reference,
      '2026-03-01 23:30:00',
      'pending',
      'cod',
      'phu-vinh; van-vo',
      'Trần "Bé" Nguyễn, Hà',
      '0912345678',
      '12 Đường Láng, Phường Láng, Hà Nội, VN',
      'PV-0001×2; VV-0003×1',
      String(made[0]!.totalVnd),
    ]);
    const second = byRef.get(made[1]!.reference);
    expect(second?.[5]).toBe('\'=cmd|" /C calc"!A0');
    expect(second?.[8]).toBe('QB-0002×3');
    expect(rows.map((r) => Number(r[9])).sort()).toEqual(made.map((o) => o.totalVnd).sort());
  });
});

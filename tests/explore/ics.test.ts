import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, serializeCalendar } from '@/lib/ics';

/** Undoes folding and checks every RFC 5545 rule the serializer promises. */
function parse(ics: string): { lines: string[]; events: Record<string, string>[] } {
  expect(ics.endsWith('\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // no bare CR or LF
  const physical = ics.slice(0, -2).split('\r\n');
  for (const line of physical)
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  const lines = ics.slice(0, -2).replace(/\r\n /g, '').split('\r\n');
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = undefined;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return { lines, events };
}

const now = new Date('2026-11-30T06:00:00Z');
const long =
  'Hội chợ làng nghề cuối năm: mây tre đan, mộc, thêu ren; góc đan thử cho trẻ em, nhiều gian hàng Tết, ẩm thực quê';

describe('ics', () => {
  it('escapes TEXT values', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const folded = foldLine(`SUMMARY:${long}`);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75);
    for (const p of parts.slice(1)) expect(p.startsWith(' ')).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(`SUMMARY:${long}`);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('writes a calendar that parses, with the required properties', () => {
    const ics = serializeCalendar(
      [
        {
          uid: 'hoi-cho@test',
          start: '2026-12-18',
          end: '2026-12-21',
          summary: long,
          description: 'Dòng 1\nDòng 2, có dấu phẩy',
          location: 'Xã Phú Nghĩa; Hà Nội',
          url: 'http://localhost:3000/vi/news/hoi-cho',
        },
        { uid: 'mot-ngay@test', start: '2026-12-31', summary: 'Một ngày' },
      ],
      { name: 'Sự kiện', now },
    );
    const { lines, events } = parse(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    expect(events).toHaveLength(2);
    const [a, b] = events;
    expect(a?.UID).toBe('hoi-cho@test');
    expect(a?.DTSTAMP).toBe('20261130T060000Z');
    expect(a?.['DTSTART;VALUE=DATE']).toBe('20261218');
    expect(a?.['DTEND;VALUE=DATE']).toBe('20261222'); // exclusive: the day after the last day
    expect(a?.SUMMARY).toBe(escapeText(long));
    expect(a?.SUMMARY).toContain('mây tre đan\\, mộc');
    expect(a?.DESCRIPTION).toBe('Dòng 1\\nDòng 2\\, có dấu phẩy');
    expect(a?.LOCATION).toBe('Xã Phú Nghĩa\\; Hà Nội');
    // A one-day event ends the next day; crossing a year boundary works.
    expect(b?.['DTSTART;VALUE=DATE']).toBe('20261231');
    expect(b?.['DTEND;VALUE=DATE']).toBe('20270101');
  });
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { bounded } from './bounded';
import { HOSTILE, INVISIBLE, visible } from './hostile-text';

// The env module reads process.env once, at import: set it before importing the routes.
process.env.DATABASE_PATH = path.join(mkdtempSync(path.join(tmpdir(), 'fields-fuzz-')), 'shop.db');
process.env.SITE_URL = 'http://localhost:3000';
process.env.TRUSTED_PROXY_HOPS = '1';
const { POST: checkout } = await import('@/app/api/checkout/route');
const { POST: book } = await import('@/app/api/bookings/route');
const { getDb } = await import('@/lib/db/client');
const { getProducts } = await import('@/lib/content');
const { getTours } = await import('@/lib/content/tours');
const { resetRateLimits } = await import('@/lib/rate-limit');

const runs = Number(process.env.FUZZ_RUNS ?? 1000);
const ORIGIN = 'http://localhost:3000';
// Made-to-order products hold no stock, so a thousand orders never run out.
const sku = getProducts('vi').find((p) => p.availability === 'made_to_order')!.sku;
const tour = getTours('vi')[0]!;
const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

type Row = Record<string, unknown>;
const newest = (table: string) =>
  getDb().$client.prepare(`select * from ${table} order by id desc limit 1`).get() as
    Row | undefined;
const count = (table: string) =>
  (getDb().$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;

/** Text a person typed, with control, bidi and zero-width characters mixed in. */
const typed = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom('Nguyễn', 'Thị'.normalize('NFD'), 'An', 'cod.exe') },
      { weight: 1, arbitrary: fc.constantFrom(' ', '  ', 'Bcc: x@evil', 'Hà Nội') },
      { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((pieces) => pieces.join(''));
const hostileEmail = fc
  .tuple(fc.constantFrom(...HOSTILE), fc.constantFrom('Lan', 'an.tran'), fc.boolean())
  .map(([h, local, upper]) => `${local}${h}@${upper ? 'VIDU.VN' : 'vidu.vn'}`);

/** A one-line field as stored: nothing invisible, no doubled or outer spaces, NFC, and every visible character kept. */
function expectCleanLine(stored: unknown, sent: string) {
  expect(typeof stored).toBe('string');
  const s = stored as string;
  expect(s).not.toMatch(INVISIBLE);
  expect(s).not.toMatch(/ {2}|^ | $/);
  expect(s).toBe(s.normalize('NFC'));
  expect(visible(s)).toBe(visible(sent));
  if (HOSTILE.some((h) => sent.includes(h))) expect(s).not.toBe(sent);
}
function expectCleanNote(stored: unknown, sent: string) {
  const s = (stored ?? '') as string;
  expect(s.replace(/\n/g, '')).not.toMatch(INVISIBLE);
  expect(s).toBe(s.normalize('NFC'));
  expect(visible(s)).toBe(visible(sent));
  if (HOSTILE.some((h) => h !== '\n' && sent.includes(h))) expect(s).not.toBe(sent);
}
function expectCleanEmail(stored: unknown) {
  expect(stored).toMatch(/^[A-Za-z.\d]+@vidu\.vn$/);
}

beforeEach(() => resetRateLimits());

describe('customer fields fuzz: nothing is stored as sent', () => {
  it(`${runs} checkouts with control, bidi and zero-width characters in every field`, async () => {
    let client = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          name: typed,
          phoneBreak: fc.constantFrom(...HOSTILE),
          email: hostileEmail,
          line: typed,
          commune: typed,
          province: typed,
          note: typed,
          method: fc.constantFrom('cod', 'bank_transfer'),
        }),
        async (f) => {
          const before = count('orders');
          // A number of its own each time: one phone may hold only a few unconfirmed orders…
          const digits = String(client).padStart(8, '0');
          const body = {
            items: [{ sku, quantity: 1 }],
            locale: 'vi',
            method: f.method,
            shipping: 'pickup',
            customer: {
              name: f.name,
              phone: `09${f.phoneBreak}${digits.slice(0, 4)} ${digits.slice(4)}`,
              // …and a mailbox of its own, under the per-recipient mail limit.
              email: f.email.replace('@', `${digits}@`),
              address: { line: f.line, commune: f.commune, province: f.province },
              note: f.note,
            },
          };
          const res = await bounded(() =>
            checkout(
              new Request(`${ORIGIN}/api/checkout`, {
                method: 'POST',
                headers: {
                  origin: ORIGIN,
                  'content-type': 'application/json',
                  'x-forwarded-for': `10.1.${client >> 8}.${client++ & 255}`,
                },
                body: JSON.stringify(body),
              }),
            ),
          );
          // Refused only when a required field is empty once the invisible characters are gone.
          const fillable = [f.name, f.line, f.commune, f.province].every((v) => visible(v) !== '');
          expect(res.status, JSON.stringify(body)).toBe(fillable ? 200 : 400);
          if (!fillable) {
            expect(count('orders')).toBe(before);
            return;
          }
          const row = newest('orders')!;
          expect(count('orders')).toBe(before + 1);
          expectCleanLine(row.customer_name, f.name);
          expectCleanLine(row.address_line, f.line);
          expectCleanLine(row.address_commune, f.commune);
          expectCleanLine(row.address_province, f.province);
          expectCleanNote(row.customer_note, f.note);
          expectCleanEmail(row.customer_email);
          // Stored in E.164, whatever was typed around the digits.
          expect(row.customer_phone).toBe(`+849${digits}`);
        },
      ),
      { numRuns: runs },
    );
  }, 300_000);

  it(`${runs} booking requests with control, bidi and zero-width characters in every field`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.record({ name: typed, note: typed, email: hostileEmail }), async (f) => {
        resetRateLimits();
        const before = count('bookings');
        const form = new URLSearchParams({
          tour: tour.slug,
          locale: 'vi',
          name: f.name,
          phone: '0912345678',
          email: f.email,
          date: tomorrow,
          groupSize: '4',
          language: tour.guideLanguages[0]!,
          note: f.note,
        });
        const res = await bounded(() =>
          book(
            new Request(`${ORIGIN}/api/bookings`, {
              method: 'POST',
              headers: { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
              body: form,
            }),
          ),
        );
        const fillable = visible(f.name) !== '';
        expect(res.status).toBe(fillable ? 303 : 400);
        if (!fillable) {
          expect(count('bookings')).toBe(before);
          return;
        }
        const row = newest('bookings')!;
        expect(res.headers.get('location')).toContain(`ref=${String(row.reference)}`);
        expectCleanLine(row.name, f.name);
        expectCleanNote(row.note, f.note);
        expectCleanEmail(row.email);
      }),
      { numRuns: runs },
    );
  }, 300_000);

  it("the issue's two names, read back from the database", async () => {
    for (const [name, stored] of [
      ['Ali\u202Ecod.exe\u202C', 'Alicod.exe'],
      ['Bob\r\nBcc: x@evil\u0000', 'Bob Bcc: x@evil'],
    ] as const) {
      const res = await checkout(
        new Request(`${ORIGIN}/api/checkout`, {
          method: 'POST',
          headers: {
            origin: ORIGIN,
            'content-type': 'application/json',
            'x-forwarded-for': '10.9.9.9',
          },
          body: JSON.stringify({
            items: [{ sku, quantity: 1 }],
            locale: 'vi',
            method: 'cod',
            customer: {
              name,
              phone: '0912345678',
              address: { line: 'Số 1', commune: 'Phú Nghĩa', province: 'Hà Nội' },
            },
          }),
        }),
      );
      expect(res.status).toBe(200);
      expect(newest('orders')?.customer_name).toBe(stored);
    }
  });
});

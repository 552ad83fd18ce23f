import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bounded } from './bounded';

process.env.DATABASE_PATH = path.join(mkdtempSync(path.join(tmpdir(), 'forms-fuzz-')), 'shop.db');
process.env.SITE_URL = 'http://localhost:3000';
const { POST } = await import('@/app/api/bookings/route');
const { getDb } = await import('@/lib/db/client');
const { getTours } = await import('@/lib/content/tours');
const { resetRateLimits } = await import('@/lib/rate-limit');

const runs = Number(process.env.FUZZ_RUNS ?? 1000);
const bookings = () =>
  (getDb().$client.prepare('select count(*) as n from bookings').get() as { n: number }).n;
const tours = getTours('vi').map((t) => t.slug);
const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

const field = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.constant(''),
  fc.string({ minLength: 1000, maxLength: 1200 }),
  fc.constantFrom(
    '0912345678',
    '+44 7700 900123',
    tomorrow,
    '2020-01-01',
    '31/12/2027',
    '4',
    '0',
    '-1',
    '1e9',
    'vi',
    'en',
    'xx',
    '<script>',
  ),
);
const form = fc.record(
  {
    tour: fc.oneof(fc.constantFrom(...tours), fc.string({ maxLength: 20 })),
    locale: fc.constantFrom('vi', 'en', 'fr', ''),
    name: field,
    phone: field,
    email: fc.oneof(field, fc.emailAddress()),
    date: field,
    groupSize: field,
    language: field,
    note: field,
    website: fc.oneof(fc.constant(''), fc.constant(''), field),
  },
  { requiredKeys: [] },
);

describe('booking form fuzz', () => {
  it(`${runs} random form posts: 303, 400, 403 or 429 — never a 5xx; nothing stored unless accepted`, async () => {
    await fc.assert(
      fc.asyncProperty(form, fc.boolean(), async (values, sameOrigin) => {
        resetRateLimits();
        const body = new URLSearchParams(Object.entries(values).map(([k, v]) => [k, String(v)]));
        const before = bookings();
        const res = await bounded(() =>
          POST(
            new Request('http://localhost:3000/api/bookings', {
              method: 'POST',
              headers: {
                origin: sameOrigin ? 'http://localhost:3000' : 'https://evil.example',
                'content-type': 'application/x-www-form-urlencoded',
              },
              body,
            }),
          ),
        );
        expect([303, 400, 403, 429]).toContain(res.status);
        const stored = bookings() - before;
        const acknowledged =
          res.status === 303 && (res.headers.get('location') ?? '').includes('ref=TB-');
        expect(stored).toBe(acknowledged ? 1 : 0);
        if (res.status === 303)
          expect(new URL(res.headers.get('location') ?? '').origin).toBe('http://localhost:3000');
      }),
      { numRuns: runs },
    );
  }, 300_000);
});

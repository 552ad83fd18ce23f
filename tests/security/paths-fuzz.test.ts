import fc from 'fast-check';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { bounded } from './bounded';
import { GET as qrImage } from '@/app/qr/[file]/route';
import proxy from '@/proxy';

const runs = Number(process.env.FUZZ_RUNS ?? 1000);
const ORIGIN = 'http://localhost:3000';

// Paths built from the pieces attackers use: slashes, backslashes, encodings, schemes, controls.
const piece = fc.constantFrom(
  '/',
  '//',
  '\\',
  '%2F',
  '%2f',
  '%5C',
  '..',
  '%2e%2e',
  'evil.example',
  'https:',
  '@',
  '%00',
  '%0d%0a',
  '%09',
  ' ',
  '%20',
  '?',
  '#',
  ';',
  'PV-0001',
  'pv-0001',
  'Q',
  'q',
  '%E2%80%AE',
  '%C0%AE',
  '%ZZ',
  'javascript:',
  'A'.repeat(300),
);
const hostilePath = fc
  .array(fc.oneof(piece, fc.webSegment()), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(''));

function request(path: string, headers: Record<string, string> = {}) {
  try {
    return new NextRequest(new URL(ORIGIN + path), { headers });
  } catch {
    return undefined; // not even a URL: no server would receive it
  }
}

describe('hostile paths', () => {
  // As a server receives them: the raw path after the origin ("//a" is a path, not a host).
  it(`${runs} paths under /q/ and /Q/ through the proxy: never a 5xx, never a redirect off-site`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/q/', '/Q/', '/'),
        hostilePath,
        fc.constantFrom('vi-VN', 'en-US', '', 'x'.repeat(500)),
        async (prefix, tail, language) => {
          const req = request(prefix + tail, { 'accept-language': language });
          if (!req) return;
          const res = await bounded(async () => proxy(req));
          expect(res.status).toBeLessThan(500);
          const location = res.headers.get('location');
          if (location) expect(new URL(location, ORIGIN).origin).toBe(ORIGIN);
          const rewrite = res.headers.get('x-middleware-rewrite');
          if (rewrite) expect(new URL(rewrite, ORIGIN).origin).toBe(ORIGIN);
        },
      ),
      { numRuns: runs },
    );
  }, 300_000);

  it(`${runs} QR image requests: 200, 400 or 404 — never a 5xx`, async () => {
    const file = fc.oneof(
      hostilePath,
      fc.constantFrom('PV-0001.svg', 'pv-0001.png', 'PV-0001.gif', '.png', 'PV-0001.svg.png'),
    );
    const size = fc.option(
      fc.oneof(fc.integer({ min: -10, max: 5000 }).map(String), fc.string(), fc.constant('1e3')),
      { nil: undefined },
    );
    await fc.assert(
      fc.asyncProperty(file, size, async (f, s) => {
        const url = `${ORIGIN}/qr/x${s === undefined ? '' : `?size=${encodeURIComponent(s)}`}`;
        const res = await bounded(() =>
          qrImage(new Request(url), { params: Promise.resolve({ file: f }) }),
        );
        expect([200, 400, 404]).toContain(res.status);
      }),
      { numRuns: runs },
    );
  }, 300_000);
});

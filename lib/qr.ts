import 'server-only';
import QRCode from 'qrcode';
import { env } from '@/lib/env';

export const PNG_SIZE = { min: 128, max: 2048, default: 512 } as const;

/**
 * What a product's printed code says: the whole short URL in upper case. Upper case keeps every
 * character in QR's alphanumeric set (0–9 A–Z $%*+-./: and space), which needs fewer modules than
 * byte mode, so the code stays small (version ≤ 3 for URLs up to 45 characters) and scans from afar.
 * Both /Q/ and /q/ resolve, and hosts are case-insensitive, so the upper-cased URL still works.
 */
export function qrPayload(sku: string, siteUrl = env.SITE_URL): string {
  return `${siteUrl}/Q/${sku}`.toUpperCase();
}

const options = { errorCorrectionLevel: 'Q', margin: 4 } as const;

// Codes never change for a SKU, so each is drawn once per process.
const cache = new Map<string, Promise<string | Buffer>>();

function memo<T extends string | Buffer>(key: string, make: () => Promise<T>): Promise<T> {
  let hit = cache.get(key);
  if (!hit) {
    hit = make();
    cache.set(key, hit);
  }
  return hit as Promise<T>;
}

export function qrSvg(sku: string): Promise<string> {
  return memo(`svg:${sku}`, () => QRCode.toString(qrPayload(sku), { ...options, type: 'svg' }));
}

export function qrPng(sku: string, size: number = PNG_SIZE.default): Promise<Buffer> {
  return memo(`png:${sku}:${size}`, () =>
    QRCode.toBuffer(qrPayload(sku), { ...options, type: 'png', width: size }),
  );
}

/** `?size=` for PNGs: a whole number of pixels in range, or a reason why not. */
export function parsePngSize(raw: string | null): { size: number } | { error: string } {
  if (raw === null) return { size: PNG_SIZE.default };
  if (!/^\d{1,4}$/.test(raw))
    return {
      error: `size must be a whole number of pixels from ${PNG_SIZE.min} to ${PNG_SIZE.max}`,
    };
  const size = Number(raw);
  if (size < PNG_SIZE.min || size > PNG_SIZE.max)
    return { error: `size must be from ${PNG_SIZE.min} to ${PNG_SIZE.max} pixels` };
  return { size };
}

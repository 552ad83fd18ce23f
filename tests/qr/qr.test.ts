import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { getProducts } from '@/lib/content';
import { parsePngSize, qrPayload, qrPng, qrSvg } from '@/lib/qr';

function decodeRgba(data: Uint8ClampedArray, width: number, height: number) {
  const code = jsQR(data, width, height);
  if (!code) throw new Error('no QR code found');
  return code;
}

const products = getProducts('vi');

describe('QR payload', () => {
  it('is the whole short URL in upper case', () => {
    expect(qrPayload('PV-0012', 'https://example.vn')).toBe('HTTPS://EXAMPLE.VN/Q/PV-0012');
  });
});

describe.each(products.map((p) => p.sku))('QR for %s', (sku) => {
  it('PNG decodes to the short URL, at version ≤ 3 for short URLs', async () => {
    const png = PNG.sync.read(await qrPng(sku));
    expect(png.width).toBe(512);
    const code = decodeRgba(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(code.data).toBe(qrPayload(sku));
    expect(code.data).toBe(code.data.toUpperCase());
    if (code.data.length <= 45) expect(code.version).toBeLessThanOrEqual(3);
  });

  it('SVG, rasterised, decodes to the same URL', async () => {
    const { data, info } = await sharp(Buffer.from(await qrSvg(sku)))
      .resize(400, 400)
      .flatten({ background: '#ffffff' })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(decodeRgba(new Uint8ClampedArray(data), info.width, info.height).data).toBe(
      qrPayload(sku),
    );
  });
});

describe('QR sizes', () => {
  it('keeps a 4-module quiet zone at error correction level Q', async () => {
    const png = PNG.sync.read(await qrPng(products[0]!.sku));
    const code = decodeRgba(new Uint8ClampedArray(png.data), png.width, png.height);
    const modules = 17 + 4 * code.version;
    const moduleSize = png.width / (modules + 8);
    // The finder pattern's centre sits 3.5 modules inside the symbol; what lies before is quiet zone.
    const quiet = code.location.topLeftFinderPattern.x / moduleSize - 3.5;
    expect(quiet).toBeCloseTo(4, 0);
    expect(QRCode.create(qrPayload(products[0]!.sku), { errorCorrectionLevel: 'Q' }).version).toBe(
      code.version,
    );
  });

  it('draws PNGs at the requested width', async () => {
    expect(PNG.sync.read(await qrPng(products[0]!.sku, 128)).width).toBe(128);
  });

  it.each([
    [null, { size: 512 }],
    ['128', { size: 128 }],
    ['2048', { size: 2048 }],
  ] as const)('size %s is accepted', (raw, expected) => {
    expect(parsePngSize(raw)).toEqual(expected);
  });

  it.each(['127', '2049', '0', '-1', 'abc', '512.5', '1e3', '', ' 512', '99999'])(
    'size %j is rejected with a message',
    (raw) => {
      const result = parsePngSize(raw);
      expect('error' in result && result.error).toMatch(/size must be/);
    },
  );
});

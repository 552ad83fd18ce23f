import { describe, expect, it, vi } from 'vitest';
import { ogImage } from '@/lib/seo/og-image';

describe('Open Graph card', () => {
  it('renders a 1200×630 PNG with every Vietnamese letter from the bundled faces (no web font fetched)', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const res = await ogImage({
      kicker: 'Làng nghề Phú Vinh',
      title: 'Giỏ mây tròn có nắp — Đồ gỗ chạm khắc',
      lines: ['Mây tre đan, ữ ỹ ặ ộ ờ ệ ự', 'PV-001'],
      highlight: '1.250.000 ₫',
      footer: 'Chương Mỹ · Hà Nội',
    });
    const png = Buffer.from(await res.arrayBuffer());
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({
      width: 1200,
      height: 630,
    });
    // Satori logs "Failed to load dynamic font" when a glyph is missing from the given fonts.
    expect(errors.mock.calls.flat().join(' ')).not.toMatch(/font/i);
    errors.mockRestore();
  }, 30_000);
});

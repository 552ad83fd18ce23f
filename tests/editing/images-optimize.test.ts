import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { optimizeImage } from '@/tools/images/optimize';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'optimize-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Tags of IFD0 in a raw EXIF block ("Exif\0\0" + TIFF); 0x8825 is the pointer to the GPS IFD. */
function ifd0Tags(exif: Buffer | undefined): number[] {
  if (!exif) return [];
  const tiff = exif.subarray(exif.indexOf('Exif\0\0') >= 0 ? exif.indexOf('Exif\0\0') + 6 : 0);
  const le = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (o: number) => (le ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o));
  const u32 = (o: number) => (le ? tiff.readUInt32LE(o) : tiff.readUInt32BE(o));
  const ifd = u32(4);
  return Array.from({ length: u16(ifd) }, (_, i) => u16(ifd + 2 + i * 12));
}
const GPS_POINTER = 0x8825;

/** A landscape photo as a phone stores a portrait shot: 3200×1600 pixels + "rotate 90°" + where it was taken. */
async function phonePhoto(file: string): Promise<void> {
  const blue = {
    create: {
      width: 1600,
      height: 1600,
      channels: 3 as const,
      background: { r: 20, g: 20, b: 220 },
    },
  };
  await sharp({
    create: { width: 3200, height: 1600, channels: 3, background: { r: 220, g: 30, b: 30 } },
  })
    .composite([{ input: blue, left: 0, top: 0 }])
    .jpeg({ quality: 95 })
    .withMetadata({
      orientation: 6,
      exif: {
        IFD0: { Make: 'Phone' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '21/1 0/1 0/1',
          GPSLongitudeRef: 'E',
          GPSLongitude: '105/1 42/1 0/1',
        },
      },
    })
    .toFile(file);
}

describe('images:optimize', () => {
  it('removes GPS data, turns the pixels upright and shrinks to 2000 px', async () => {
    const file = path.join(dir, 'photo.jpg');
    await phonePhoto(file);
    const before = await sharp(file).metadata();
    expect(ifd0Tags(before.exif)).toContain(GPS_POINTER);
    expect(before.orientation).toBe(6);

    const result = await optimizeImage(file);
    expect(result.status).toBe('optimized');

    const after = await sharp(file).metadata();
    expect(after.format).toBe('jpeg');
    expect(ifd0Tags(after.exif)).not.toContain(GPS_POINTER);
    expect(after.exif).toBeUndefined();
    expect(after.orientation ?? 1).toBe(1);
    // Upright: the 3200×1600 landscape with orientation 6 is a 1600×3200 portrait, scaled to 1000×2000.
    expect([after.width, after.height]).toEqual([1000, 2000]);
    // Rotated 90° clockwise, the blue left half of the stored pixels is now the top half.
    const { data } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [
      ...data.subarray((y * 1000 + x) * 3, (y * 1000 + x) * 3 + 3),
    ];
    expect(pixel(500, 200)[2]).toBeGreaterThan(150);
    expect(pixel(500, 1800)[0]).toBeGreaterThan(150);
  });

  it('keeps the colour profile', async () => {
    const file = path.join(dir, 'p3.jpg');
    await sharp({ create: { width: 2400, height: 1200, channels: 3, background: '#c08040' } })
      .withIccProfile('p3')
      .jpeg()
      .toFile(file);
    const { icc } = await sharp(file).metadata();
    await optimizeImage(file);
    const meta = await sharp(file).metadata();
    expect(icc && meta.icc?.equals(icc)).toBe(true);
    expect(meta.width).toBe(2000);
  });

  it('leaves small clean files alone', async () => {
    const file = path.join(dir, 'small.webp');
    await sharp({ create: { width: 800, height: 800, channels: 3, background: '#88aa55' } })
      .webp()
      .toFile(file);
    const bytes = readFileSync(file);
    expect((await optimizeImage(file)).status).toBe('skipped');
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(statSync(file).size).toBe(bytes.length);
  });
});

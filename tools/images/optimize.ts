import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';

/** Long side after optimising: sharp enough for a 2× phone screen, a fraction of a camera original. */
export const MAX_LONG_SIDE = 2000;
/** Below this, with no EXIF and within MAX_LONG_SIDE, a file is left alone. */
export const SMALL_BYTES = 500 * 1024;
export const OPTIMIZABLE = /\.(jpe?g|png|webp|avif)$/i;

export interface OptimizeResult {
  file: string;
  status: 'optimized' | 'skipped';
  reason: string;
  before: number;
  after: number;
}

/**
 * Shrinks one photo in place, in the same format. Phones write the camera's tilt as an EXIF
 * orientation and the place as GPS tags: the pixels are turned upright first, then every metadata
 * block but the colour profile is dropped, so no upload tells the world where a workshop is.
 */
export async function optimizeImage(file: string): Promise<OptimizeResult> {
  const input = readFileSync(file);
  const before = input.length;
  const meta = await sharp(input).metadata();
  const skip = (reason: string): OptimizeResult => ({
    file,
    status: 'skipped',
    reason,
    before,
    after: before,
  });

  const width = meta.autoOrient?.width ?? meta.width ?? 0;
  const height = meta.autoOrient?.height ?? meta.height ?? 0;
  const tooLarge = Math.max(width, height) > MAX_LONG_SIDE;
  const hasMetadata = Boolean(meta.exif || meta.xmp || meta.iptc) || (meta.orientation ?? 1) !== 1;
  if (!tooLarge && !hasMetadata && before <= SMALL_BYTES) return skip('already small');

  let pipeline = sharp(input)
    .autoOrient()
    .resize({
      width: MAX_LONG_SIDE,
      height: MAX_LONG_SIDE,
      fit: 'inside',
      withoutEnlargement: true,
    })
    .keepIccProfile();
  switch (meta.format) {
    case 'jpeg':
      pipeline = pipeline.jpeg({ quality: 80, mozjpeg: true });
      break;
    case 'png':
      pipeline = pipeline.png({ compressionLevel: 9, effort: 8 });
      break;
    case 'webp':
      pipeline = pipeline.webp({ quality: 80 });
      break;
    case 'heif':
      pipeline = pipeline.avif({ quality: 60 });
      break;
    default:
      return skip(`not a web photo format (${meta.format ?? 'unknown'})`);
  }
  const output = await pipeline.toBuffer();
  // A re-encode that only grows the file is pointless, unless it was needed to drop metadata or resize.
  if (output.length >= before && !hasMetadata && !tooLarge)
    return skip('re-encoding would not make it smaller');

  const tmp = `${file}.optimizing`;
  writeFileSync(tmp, output);
  renameSync(tmp, file);
  const reasons = [
    tooLarge && `resized to ≤ ${MAX_LONG_SIDE} px`,
    hasMetadata && 'metadata (EXIF/GPS) removed',
    're-encoded',
  ].filter(Boolean);
  return {
    file,
    status: 'optimized',
    reason: reasons.join(', '),
    before,
    after: statSync(file).size,
  };
}

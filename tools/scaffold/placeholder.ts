import { mkdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { PLACEHOLDER_IMAGE_NOTE } from '../placeholders';

/**
 * A plain woven-pattern WebP, so a new file's picture exists before the real photo is uploaded; its
 * EXIF says it is a stand-in, and the check holds it back from the site until it is replaced. No
 * text: librsvg would need fonts with Vietnamese glyphs.
 */
export async function writePlaceholderImage(
  file: string,
  width: number,
  height: number,
): Promise<void> {
  const step = 60;
  const lines: string[] = [];
  for (let x = -height; x < width; x += step) {
    lines.push(
      `<line x1="${x}" y1="0" x2="${x + height}" y2="${height}"/>`,
      `<line x1="${x + height}" y1="0" x2="${x}" y2="${height}"/>`,
    );
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<rect width="100%" height="100%" fill="#e9dcc0"/>
<g stroke="#c2a36b" stroke-width="14" opacity="0.6">${lines.join('')}</g>
<rect x="${width * 0.2}" y="${height * 0.2}" width="${width * 0.6}" height="${height * 0.6}" rx="40" fill="#f6f0e2" opacity="0.85"/>
</svg>`;
  mkdirSync(path.dirname(file), { recursive: true });
  await sharp(Buffer.from(svg))
    .webp({ quality: 60 })
    .withExif({ IFD0: { ImageDescription: PLACEHOLDER_IMAGE_NOTE } })
    .toFile(file);
}

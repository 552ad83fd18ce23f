// Writes the web app icons (public/icons/) from one SVG drawn here: a woven lattice, the
// village crafts' motif, in the site's leaf green and bamboo cream. Run: npx tsx scripts/make-icons.ts
import { mkdir } from 'node:fs/promises';
import sharp from 'sharp';

const LEAF = '#234a2c';
const BAMBOO = '#f2ead8';

// `safe` keeps the motif inside the central 80% that Android may mask to a circle.
function svg(size: number, safe: boolean): string {
  const pad = safe ? size * 0.2 : size * 0.12;
  const inner = size - pad * 2;
  const strips = 4;
  const w = inner / (strips * 2 - 1);
  const bars: string[] = [];
  for (let i = 0; i < strips; i++) {
    const o = pad + i * 2 * w;
    bars.push(`<rect x="${o}" y="${pad}" width="${w}" height="${inner}" rx="${w / 3}"/>`);
    bars.push(
      `<rect x="${pad}" y="${o}" width="${inner}" height="${w}" rx="${w / 3}" opacity="0.75"/>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
<rect width="${size}" height="${size}" rx="${safe ? 0 : size * 0.18}" fill="${LEAF}"/>
<g fill="${BAMBOO}">${bars.join('')}</g></svg>`;
}

await mkdir('public/icons', { recursive: true });
const icons = [
  { file: 'icon-192.png', size: 192, safe: false },
  { file: 'icon-512.png', size: 512, safe: false },
  { file: 'maskable-512.png', size: 512, safe: true },
  { file: 'apple-touch-icon.png', size: 180, safe: true },
];
for (const { file, size, safe } of icons) {
  await sharp(Buffer.from(svg(size, safe)))
    .png({ compressionLevel: 9 })
    .toFile(`public/icons/${file}`);
}
console.log(`wrote ${icons.length} icons to public/icons/`);

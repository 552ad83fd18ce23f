/**
 * `npx tsx scripts/generate-explore-images.ts [--force]`
 *
 * Draws SAMPLE illustrations (no photos, no faces, no text) for tours, artisans and news: reads the
 * Vietnamese files in content/{tours,artisans,news}/ and writes each referenced image as WebP.
 * Tours 1600×900, news 1200×675, artisans 800×800. Existing files are kept unless --force.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import sharp from 'sharp';

const ROOT = process.cwd();
const force = process.argv.includes('--force');
const jobs = [
  { folder: 'tours', field: 'cover', w: 1600, h: 900 },
  { folder: 'news', field: 'cover', w: 1200, h: 675 },
  { folder: 'artisans', field: 'portrait', w: 800, h: 800 },
] as const;

function hue(seed: string): number {
  let h = 0;
  for (const c of seed) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h % 360;
}

/** A woven band (the region's rattan and bamboo) over fields and hills. */
function svg(seed: string, w: number, h: number): string {
  const base = hue(seed);
  const strands: string[] = [];
  const band = Math.round(h * 0.28);
  const y0 = Math.round(h * 0.6);
  for (let x = -band; x < w + band; x += 24) {
    strands.push(
      `<path d="M${x} ${y0} l${band} ${band}" stroke="hsl(${(base + 30) % 360} 45% 38%)" stroke-width="10"/>`,
    );
    strands.push(
      `<path d="M${x + band} ${y0} l${-band} ${band}" stroke="hsl(${(base + 30) % 360} 50% 62%)" stroke-width="10"/>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
  <defs><clipPath id="b"><rect x="0" y="${y0}" width="${w}" height="${band}"/></clipPath></defs>
  <rect width="${w}" height="${h}" fill="hsl(${base} 40% 88%)"/>
  <path d="M0 ${y0} Q ${w * 0.25} ${h * 0.3} ${w * 0.5} ${y0 - h * 0.05} T ${w} ${y0 - h * 0.1} V ${y0} Z" fill="hsl(${(base + 90) % 360} 30% 55%)"/>
  <circle cx="${w * 0.8}" cy="${h * 0.2}" r="${h * 0.08}" fill="hsl(45 90% 70%)"/>
  <g clip-path="url(#b)">${strands.join('')}</g>
  <rect x="0" y="${y0 + band}" width="${w}" height="${h - y0 - band}" fill="hsl(${(base + 100) % 360} 35% 40%)"/>
</svg>`;
}

for (const job of jobs) {
  const dir = path.join(ROOT, 'content', job.folder);
  if (!fs.existsSync(dir)) continue;
  for (const name of fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.mdx') && !n.endsWith('.en.mdx'))) {
    const image = (
      matter(fs.readFileSync(path.join(dir, name), 'utf8')).data as Record<
        string,
        { src?: string } | undefined
      >
    )[job.field];
    if (!image?.src) continue;
    const out = path.join(ROOT, 'public', image.src);
    if (fs.existsSync(out) && !force) continue;
    fs.mkdirSync(path.dirname(out), { recursive: true });
    await sharp(Buffer.from(svg(name, job.w, job.h)))
      .webp({ quality: 70 })
      .toFile(out);
    console.log(`wrote ${path.relative(ROOT, out)}`);
  }
}

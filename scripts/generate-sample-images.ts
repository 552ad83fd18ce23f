/**
 * `npx tsx scripts/generate-sample-images.ts [--force] [--only=<sku or village slug>]`
 *
 * Draws the SAMPLE pictures for the sample content (generated scenes, not photographs; no text,
 * no people): reads every Vietnamese content file (content/villages/*.mdx,
 * content/products/<village>/*.mdx — not the .en.mdx twins), and writes each image the
 * frontmatter references (cover, gallery, images) as WebP under public/.
 *
 * The pictures are rendered from SVG by sharp and styled to read like photographs:
 * - products (1200x1200): the piece on a wood, linen or stone tabletop (or a room's floor, a wall,
 *   lit as a lamp, or laid flat), soft window light from the upper left, contact shadows and a
 *   cast shadow, an out-of-focus backdrop and a vignette; woven pieces strand by strand with
 *   per-strand shading, wood with turbulence grain, cloth with soft folds and satin-stitch
 *   embroidery. Image 2 is a close-up with a shallow plane of focus;
 * - village covers (1600x900): a courtyard with the craft set out in the sun, the village, fields
 *   and hazy hills behind it out of focus; galleries (1200x800): the workshop, then the raw
 *   material (a bamboo grove, stacked logs, an embroidery hoop).
 * The drawing is chosen from the product name (giỏ, khay, đèn, hộp, ghế ...) and its first material
 * (mây, tre, giang, gỗ, vải); everything is seeded from the SKU / village slug, so re-running gives
 * the same files. Texture stays on the objects and backgrounds stay soft, to keep the files small.
 * The modules are in scripts/sample-images/.
 * Existing files are kept (so a real photo copied over a sample picture is never overwritten);
 * pass --force to redraw every picture.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import sharp from 'sharp';
import { productSvg } from './sample-images/draw';
import { villageCover } from './sample-images/landscape';
import { type Material, materialOf } from './sample-images/palette';
import { MARGIN } from './sample-images/util';
import { villageGallery } from './sample-images/workshop';

const ROOT = process.cwd();
const CONTENT = path.join(ROOT, 'content');
const PUBLIC = path.join(ROOT, 'public');
const MAX_BYTES = 60 * 1024;

// ---------------------------------------------------------------- content reading

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
const srcOf = (v: unknown): string | undefined =>
  isRecord(v) && typeof v.src === 'string' ? v.src : undefined;
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

function viFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...viFiles(full));
    else if (entry.name.endsWith('.mdx') && !entry.name.endsWith('.en.mdx')) out.push(full);
  }
  return out.sort();
}

interface Job {
  out: string;
  width: number;
  height: number;
  svg: () => string;
}

function jobs(only?: string): Job[] {
  const list: Job[] = [];
  const outPath = (src: string) => path.join(PUBLIC, ...src.replace(/^\//, '').split('/'));
  const products = viFiles(path.join(CONTENT, 'products')).map(
    (file) => matter(fs.readFileSync(file, 'utf8')).data as unknown,
  );
  // A village's pictures use the material most of its products are made of (mây, tre, giang, gỗ, vải).
  const villageMaterial = (slug: string, crafts: string[]): Material => {
    const counts = new Map<Material, number>();
    for (const d of products)
      if (isRecord(d) && d.village === slug) {
        const m = materialOf(strings(d.materials), String(d.craft));
        counts.set(m, (counts.get(m) ?? 0) + 1);
      }
    const best = [...counts].sort((x, y) => y[1] - x[1])[0];
    return best ? best[0] : materialOf([], crafts[0] ?? '');
  };
  for (const file of viFiles(path.join(CONTENT, 'villages'))) {
    const slug = path.basename(file, '.mdx');
    if (only && only !== slug) continue;
    const data: unknown = matter(fs.readFileSync(file, 'utf8')).data;
    if (!isRecord(data)) continue;
    const crafts = strings(data.crafts);
    const mat = villageMaterial(slug, crafts);
    const cover = srcOf(data.cover);
    if (cover)
      list.push({
        out: outPath(cover),
        width: 1600,
        height: 900,
        svg: () => villageCover(slug, crafts, mat),
      });
    const gallery: unknown[] = Array.isArray(data.gallery) ? data.gallery : [];
    gallery.forEach((g, i) => {
      const src = srcOf(g);
      if (src)
        list.push({
          out: outPath(src),
          width: 1200,
          height: 800,
          svg: () => villageGallery(slug, crafts, i + 1, mat),
        });
    });
  }
  for (const data of products) {
    if (!isRecord(data) || typeof data.sku !== 'string') continue;
    const sku = data.sku;
    if (only && only !== sku && only !== data.village) continue;
    const name = typeof data.name === 'string' ? data.name : sku;
    const craft = typeof data.craft === 'string' ? data.craft : 'may-tre-dan';
    const materials = strings(data.materials);
    const images: unknown[] = Array.isArray(data.images) ? data.images : [];
    images.forEach((img, i) => {
      const src = srcOf(img);
      if (src)
        list.push({
          out: outPath(src),
          width: 1200,
          height: 1200,
          svg: () => productSvg(sku, i + 1, name, materials, craft),
        });
    });
  }
  return list;
}

/**
 * Renders one picture. A light overall softening takes the vector edge off (as a lens would);
 * WebP starts at a high quality, which keeps smooth gradients free of blocking (cheaper for the
 * AVIF the site derives from it), and steps down only while the file is over MAX_BYTES.
 */
async function render(job: Job): Promise<number> {
  const png = await sharp(Buffer.from(job.svg()))
    .extract({ left: MARGIN, top: MARGIN, width: job.width, height: job.height })
    .flatten({ background: '#808080' })
    .blur(0.8)
    .png()
    .toBuffer();
  let buf: Buffer = Buffer.alloc(0);
  for (const quality of [82, 76, 70, 62, 55, 48, 40]) {
    buf = await sharp(png).webp({ quality, effort: 5 }).toBuffer();
    if (buf.length <= MAX_BYTES) break;
  }
  if (buf.length > MAX_BYTES)
    throw new Error(`${job.out}: ${buf.length} bytes even at low quality`);
  fs.mkdirSync(path.dirname(job.out), { recursive: true });
  fs.writeFileSync(job.out, buf);
  return buf.length;
}

async function main() {
  const args = process.argv.slice(2);
  const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const force = args.includes('--force');
  sharp.concurrency(1);
  const list = jobs(only);
  let total = 0;
  let largest = 0;
  let kept = 0;
  for (const job of list) {
    if (!force && fs.existsSync(job.out)) {
      kept++;
      continue;
    }
    const size = await render(job);
    total += size;
    largest = Math.max(largest, size);
    console.log(`${path.relative(ROOT, job.out)}  ${(size / 1024).toFixed(1)} KB`);
  }
  console.log(
    `\n${list.length - kept} ảnh mới / images drawn (${(total / 1024).toFixed(0)} KB, largest ${(largest / 1024).toFixed(1)} KB); ` +
      `${kept} ảnh có sẵn được giữ nguyên / existing kept (--force to redraw)`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

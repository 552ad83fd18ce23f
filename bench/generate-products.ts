/**
 * `npx tsx bench/generate-products.ts <content dir> <count>`: writes <count> SYNTHETIC products (each a
 * Vietnamese .mdx and its .en.mdx twin) into a content folder, for the build benchmark of `npm run bench`.
 * Only ever point it at a temporary copy of the repository, never at the real content/.
 *
 * Each synthetic product is a copy of an existing product of the same village (so the craft, materials
 * and pictures are valid for that village and the images already exist), with a new unique SKU
 * (village prefix + 5001…), a new unique slug (`bench-{n}-{template slug}`), a numbered name, no old
 * slugs (`redirectFrom`), not featured and not linked to an artisan. Products are spread round-robin
 * over the existing villages, and every new SKU is added to sku-registry.json so the content check
 * passes without a warning per product.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

interface Template {
  village: string;
  prefix: string;
  slug: string;
  vi: string;
  en?: string;
}

function templatesOf(contentDir: string): Template[][] {
  const villagesDir = path.join(contentDir, 'villages');
  const productsDir = path.join(contentDir, 'products');
  const villages = readdirSync(villagesDir).filter(
    (n) => n.endsWith('.mdx') && !n.endsWith('.en.mdx'),
  );
  const byVillage: Template[][] = [];
  for (const file of villages) {
    const village = file.replace(/\.mdx$/, '');
    const prefix = /^skuPrefix:\s*"?([A-Z]{2,4})"?/m.exec(
      readFileSync(path.join(villagesDir, file), 'utf8'),
    )?.[1];
    const dir = path.join(productsDir, village);
    if (!prefix || !existsSync(dir)) continue;
    const list = readdirSync(dir)
      .filter((n) => n.endsWith('.mdx') && !n.endsWith('.en.mdx'))
      .map((n) => {
        const slug = n.replace(/\.mdx$/, '');
        const vi = readFileSync(path.join(dir, n), 'utf8');
        const enPath = path.join(dir, `${slug}.en.mdx`);
        return {
          village,
          prefix,
          slug,
          vi,
          en: existsSync(enPath) ? readFileSync(enPath, 'utf8') : undefined,
        };
      })
      // Only published templates, so every synthetic product becomes a page.
      .filter((t) => /^published:\s*true/m.test(t.vi));
    if (list.length > 0) byVillage.push(list);
  }
  if (byVillage.length === 0) throw new Error(`no product templates under ${productsDir}`);
  return byVillage;
}

/** Rewrites one template into synthetic product number n. */
function synthesize(
  t: Template,
  n: number,
  sku: string,
): { slug: string; vi: string; en?: string } {
  const slug = `bench-${n}-${t.slug}`.slice(0, 80).replace(/-+$/, '');
  const vi = t.vi
    .replace(/^sku:.*$/m, `sku: "${sku}"`)
    .replace(/^name:\s*"(.*)"\s*$/m, (_, name: string) => `name: "${name} (mẫu ${n})"`)
    .replace(/^featured:.*$/m, 'featured: false')
    .replace(/^redirectFrom:.*$/m, '')
    .replace(/^artisan:.*$/m, '');
  const en = t.en?.replace(
    /^name:\s*"(.*)"\s*$/m,
    (_, name: string) => `name: "${name} (sample ${n})"`,
  );
  return { slug, vi, en };
}

/** Writes `count` synthetic products into `contentDir`; returns the SKUs written. */
export function generateProducts(contentDir: string, count: number): string[] {
  const byVillage = templatesOf(contentDir);
  const registryPath = path.join(contentDir, 'sku-registry.json');
  const registry = existsSync(registryPath)
    ? (JSON.parse(readFileSync(registryPath, 'utf8')) as { skus: Record<string, unknown> })
    : undefined;
  const next = new Map<string, number>();
  const skus: string[] = [];
  for (let n = 1; n <= count; n++) {
    const list = byVillage[(n - 1) % byVillage.length]!;
    const t = list[Math.floor((n - 1) / byVillage.length) % list.length]!;
    const number = (next.get(t.prefix) ?? 5000) + 1;
    next.set(t.prefix, number);
    if (number > 9999) throw new Error(`SKU numbers for ${t.prefix} exhausted (at most 4 digits)`);
    const sku = `${t.prefix}-${String(number).padStart(4, '0')}`;
    const { slug, vi, en } = synthesize(t, n, sku);
    const dir = path.join(contentDir, 'products', t.village);
    writeFileSync(path.join(dir, `${slug}.mdx`), vi);
    if (en) writeFileSync(path.join(dir, `${slug}.en.mdx`), en);
    if (registry) registry.skus[sku] = { file: `products/${t.village}/${slug}.mdx`, slug };
    skus.push(sku);
  }
  if (registry) writeFileSync(registryPath, `${JSON.stringify(registry, null, 2)}\n`);
  return skus;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir, count] = process.argv.slice(2);
  // The temporary copies made by bench/run.ts have no .git: refuse to write into a real checkout.
  if (!dir || !count || existsSync(path.join(path.resolve(dir), '..', '.git'))) {
    console.error(
      'usage: npx tsx bench/generate-products.ts <content dir of a TEMPORARY copy> <count>',
    );
    process.exit(2);
  }
  console.log(
    `wrote ${generateProducts(dir, Number(count)).length} synthetic products into ${dir}`,
  );
}

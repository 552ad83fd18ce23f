import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CRAFTS, type Craft } from '@/lib/content/schema';
import { readContent } from '../content-check/files';
import { readSkuRegistry, type SkuRegistry } from '../content-check/sku-registry';

export interface SiteVillage {
  slug: string;
  name: string;
  skuPrefix: string;
  crafts: Craft[];
}

/** What a new file must not clash with, read from a content folder. */
export interface Site {
  root: string;
  villages: SiteVillage[];
  productSlugs: Set<string>;
  skus: Set<string>;
  registry?: SkuRegistry;
  slugsIn: (folder: string) => Set<string>;
}

const isCraft = (c: unknown): c is Craft => (CRAFTS as readonly unknown[]).includes(c);

export function readSite(root: string): Site {
  const { files } = readContent(root);
  const vi = files.filter((f) => f.locale === 'vi');
  const villages = vi
    .filter((f) => f.kind === 'village')
    .map((f) => ({
      slug: f.slug,
      name: typeof f.data.name === 'string' ? f.data.name : f.slug,
      skuPrefix: typeof f.data.skuPrefix === 'string' ? f.data.skuPrefix : '',
      crafts: Array.isArray(f.data.crafts) ? f.data.crafts.filter(isCraft) : [],
    }));
  const products = vi.filter((f) => f.kind === 'product');
  const registry = readSkuRegistry(root);
  const skus = new Set([
    ...products.map((f) => String(f.data.sku ?? '')).filter(Boolean),
    ...Object.keys(registry?.skus ?? {}),
  ]);
  const slugsIn = (folder: string) => {
    const dir = path.join(root, folder);
    const names = existsSync(dir) ? readdirSync(dir) : [];
    return new Set(
      names.filter((n) => n.endsWith('.mdx')).map((n) => n.replace(/(\.en)?\.mdx$/, '')),
    );
  };
  return {
    root,
    villages,
    productSlugs: new Set(products.map((f) => f.slug)),
    skus,
    registry,
    slugsIn,
  };
}

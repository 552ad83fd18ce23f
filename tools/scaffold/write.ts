import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readContent } from '../content-check/files';
import {
  productsOf,
  readSkuRegistry,
  updateSkuRegistry,
  writeSkuRegistry,
} from '../content-check/sku-registry';
import { ScaffoldError, type Plan } from './plan';
import { writePlaceholderImage } from './placeholder';

export interface Written {
  files: string[];
  /** Undefined when a picture was already at that path (an uploaded photo is never replaced). */
  image?: string;
  registry?: string;
}

/** Writes a plan: refuses when any of its files exists, so nothing a person wrote is ever overwritten. */
export async function applyPlan(
  root: string,
  publicDir: string,
  plan: Plan,
  label = 'content',
): Promise<Written> {
  const existing = plan.files.map((f) => path.join(root, f.path)).filter((f) => existsSync(f));
  if (existing.length > 0) {
    const shown = existing.map((f) => path.relative(process.cwd(), f)).join(', ');
    throw new ScaffoldError(
      `đã có file ${shown}; không ghi đè (sửa file đó, hoặc chọn tên khác bằng --slug)`,
      `${shown} already exists; nothing was overwritten (edit it, or pick another name with --slug)`,
    );
  }
  const files = plan.files.map((f) => {
    const abs = path.join(root, f.path);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, f.content, { flag: 'wx' });
    return abs;
  });
  const imageAbs = path.join(publicDir, plan.image.src);
  let image: string | undefined;
  if (!existsSync(imageAbs)) {
    await writePlaceholderImage(imageAbs, plan.image.width, plan.image.height);
    image = imageAbs;
  }
  let registry: string | undefined;
  if (plan.kind === 'product') {
    // Registers every product, not only the new one, so a registry that was missing starts complete.
    const products = productsOf(readContent(root, label).files, label);
    writeSkuRegistry(root, updateSkuRegistry(readSkuRegistry(root), products));
    registry = path.join(root, 'sku-registry.json');
  }
  return { files, image, registry };
}

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ContentFile } from './files';
import { lineOfField, type ContentProblem } from './problem';

/**
 * content/sku-registry.json: every SKU ever given out, with the product it was given to.
 * A SKU is printed on QR labels that stay on baskets for years, so the check compares each product
 * with this record: the same product with another SKU would orphan every label already printed.
 */
export const SKU_REGISTRY_FILE = 'sku-registry.json';

const entrySchema = z.strictObject({
  file: z.string(),
  slug: z.string(),
  /** Set by hand when a product was deliberately removed: its SKU stays reserved, without a warning. */
  retired: z.boolean().optional(),
});
export const skuRegistrySchema = z.strictObject({
  $comment: z.string().optional(),
  skus: z.record(z.string(), entrySchema),
});
export type SkuRegistry = z.infer<typeof skuRegistrySchema>;
export type SkuEntry = z.infer<typeof entrySchema>;

const COMMENT =
  'Sổ mã sản phẩm: mỗi SKU đã cấp và sản phẩm của nó. Chỉ thêm dòng mới; không sửa hay xoá dòng đã có (trừ thêm "retired": true). / Every SKU ever issued: only add lines; never change or remove one.';

/** A product as the registry sees it: its path relative to the content folder. */
export interface RegisteredProduct {
  sku: string;
  file: string;
  slug: string;
  redirectFrom: string[];
}

export function readSkuRegistry(root: string): SkuRegistry | undefined {
  const file = path.join(root, SKU_REGISTRY_FILE);
  if (!existsSync(file)) return undefined;
  return skuRegistrySchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

export function writeSkuRegistry(root: string, registry: SkuRegistry): void {
  // One SKU per line, so a diff shows exactly which SKU was added or moved.
  const lines = Object.entries(registry.skus)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([sku, entry]) =>
        `    ${JSON.stringify(sku)}: ${JSON.stringify(entry).replace(/^\{/, '{ ').replace(/\}$/, ' }').replace(/","/g, '", "').replace(/":/g, '": ')}`,
    );
  const json = `{\n  "$comment": ${JSON.stringify(COMMENT)},\n  "skus": {\n${lines.join(',\n')}\n  }\n}\n`;
  writeFileSync(path.join(root, SKU_REGISTRY_FILE), json);
}

export function productsOf(files: ContentFile[], label: string): RegisteredProduct[] {
  return files
    .filter((f) => f.kind === 'product' && f.locale === 'vi' && typeof f.data.sku === 'string')
    .map((f) => ({
      sku: String(f.data.sku),
      file: f.file.startsWith(`${label}/`) ? f.file.slice(label.length + 1) : f.file,
      slug: f.slug,
      redirectFrom: Array.isArray(f.data.redirectFrom) ? f.data.redirectFrom.map(String) : [],
    }));
}

/** The same product: same file, or same slug (moved folder), or an old slug it now redirects from. */
function isSameProduct(entry: SkuEntry, p: RegisteredProduct): boolean {
  return entry.file === p.file || entry.slug === p.slug || p.redirectFrom.includes(entry.slug);
}

/**
 * Adds products not registered yet and follows moves of registered ones; never changes which
 * product a SKU belongs to, and never drops a SKU (a retired SKU must not be handed out again).
 */
export function updateSkuRegistry(
  registry: SkuRegistry | undefined,
  products: RegisteredProduct[],
): SkuRegistry {
  const skus: Record<string, SkuEntry> = { ...registry?.skus };
  for (const p of products) {
    const entry = skus[p.sku];
    if (entry && isSameProduct(entry, p)) skus[p.sku] = { ...entry, file: p.file, slug: p.slug };
    const claimedElsewhere = Object.entries(skus).some(
      ([sku, e]) => sku !== p.sku && isSameProduct(e, p),
    );
    if (!entry && !claimedElsewhere) skus[p.sku] = { file: p.file, slug: p.slug };
  }
  return { $comment: COMMENT, skus };
}

function lineOfSku(source: string, sku: string): number | undefined {
  const index = source.split('\n').findIndex((l) => l.includes(`"${sku}"`));
  return index >= 0 ? index + 1 : undefined;
}

/** Compares every product with `<root>/sku-registry.json`; no registry, no check. */
export function checkSkuRegistry(
  root: string,
  files: ContentFile[],
  label = 'content',
): ContentProblem[] {
  const registryPath = path.join(root, SKU_REGISTRY_FILE);
  if (!existsSync(registryPath)) return [];
  const shown = `${label}/${SKU_REGISTRY_FILE}`;
  const source = readFileSync(registryPath, 'utf8');
  let registry: SkuRegistry;
  try {
    registry = skuRegistrySchema.parse(JSON.parse(source));
  } catch (error) {
    const issue = error instanceof z.ZodError ? error.issues[0] : undefined;
    const reason = issue
      ? `${issue.path.join('.')}: ${issue.message}`
      : error instanceof Error
        ? error.message
        : String(error);
    const position = /at position (\d+)/.exec(reason)?.[1];
    const line =
      position === undefined ? undefined : source.slice(0, Number(position)).split('\n').length;
    return [
      {
        file: shown,
        field: 'JSON',
        line,
        severity: 'error',
        vi: `sổ mã không đọc được: ${reason} (thường do thiếu hoặc thừa dấu phẩy, dấu ngoặc: sửa lại theo mẫu các dòng bên cạnh, hoặc khôi phục bản trước của file)`,
        en: `the SKU registry cannot be read: ${reason} (usually a missing or extra comma or bracket: follow the lines around it, or restore the previous version)`,
      },
    ];
  }

  const problems: ContentProblem[] = [];
  const byFile = new Map(files.map((f) => [f.file, f]));
  const products = productsOf(files, label);
  const entries = Object.entries(registry.skus);
  for (const p of products) {
    const f = byFile.get(`${label}/${p.file}`) ?? byFile.get(p.file);
    const at = (
      vi: string,
      en: string,
      severity: 'error' | 'warning' = 'error',
    ): ContentProblem => ({
      file: f?.file ?? p.file,
      field: 'sku',
      line: f ? lineOfField(f.source, 'sku') : undefined,
      severity,
      vi,
      en,
    });
    const own = registry.skus[p.sku];
    if (own && isSameProduct(own, p)) continue;
    const previous = entries.find(([sku, e]) => sku !== p.sku && isSameProduct(e, p));
    if (previous) {
      const [old] = previous;
      problems.push(
        at(
          `mã sản phẩm đã bị đổi từ ${old} thành ${p.sku}; tem QR đã in mang mã ${old} sẽ không còn dẫn tới sản phẩm này (đổi lại thành sku: "${old}")`,
          `the SKU was changed from ${old} to ${p.sku}; printed QR labels carrying ${old} would no longer lead to this product (change it back to sku: "${old}")`,
        ),
      );
    } else if (own) {
      problems.push(
        at(
          `mã ${p.sku} đã cấp cho ${label}/${own.file} và có thể đã in trên tem (dùng mã mới: npm run new -- product gợi ý mã kế tiếp; nếu đây chính là sản phẩm đó đã đổi tên file, ghi tên cũ "${own.slug}" vào redirectFrom)`,
          `SKU ${p.sku} was issued to ${label}/${own.file} and may be printed on labels (use a new SKU: npm run new -- product suggests the next one; if this is that product renamed, add the old name "${own.slug}" to redirectFrom)`,
        ),
      );
    } else {
      problems.push(
        at(
          `mã ${p.sku} chưa có trong sổ mã ${shown} (người quản trị chạy npm run content:check -- --write-registry; sản phẩm tạo bằng npm run new được ghi sổ tự động)`,
          `SKU ${p.sku} is not in the registry ${shown} yet (a maintainer runs npm run content:check -- --write-registry; npm run new registers products itself)`,
          'warning',
        ),
      );
    }
  }

  const inUse = new Set(products.map((p) => p.sku));
  for (const [sku, entry] of entries) {
    if (inUse.has(sku) || entry.retired || products.some((p) => isSameProduct(entry, p))) continue;
    problems.push({
      file: shown,
      field: 'sku',
      line: lineOfSku(source, sku),
      severity: 'warning',
      vi: `mã ${sku} đã cấp cho ${label}/${entry.file} nhưng không còn sản phẩm nào mang mã này; tem đã in sẽ dẫn tới trang 404 (khôi phục file, hoặc để published: false thay vì xoá; nếu cố ý bỏ, ghi "retired": true cho mã này)`,
      en: `SKU ${sku} was issued to ${label}/${entry.file} but no product carries it now; printed labels will lead to a 404 (restore the file, or set published: false instead of deleting; if removed on purpose, add "retired": true to this SKU)`,
    });
  }
  return problems;
}

/**
 * `npm run content:check [-- --dir path/to/content --public path/to/public] [--write-registry]`
 * Validates every content file and prints each problem in Vietnamese with English beneath.
 * Exits 1 on any error (warnings alone pass), so `npm run build` stops before anything is built.
 */
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  checkContentWithImages,
  formatAnnotation,
  formatProblem,
  formatSummary,
} from '../tools/content-check';
import { readContent } from '../tools/content-check/files';
import {
  productsOf,
  readSkuRegistry,
  updateSkuRegistry,
  writeSkuRegistry,
} from '../tools/content-check/sku-registry';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'content' },
    public: { type: 'string', default: 'public' },
    // Registers new products in content/sku-registry.json (never re-assigns a registered SKU).
    'write-registry': { type: 'boolean', default: false },
  },
});
const dir = values.dir ?? 'content';
const problems = await checkContentWithImages(
  path.resolve(dir),
  path.resolve(values.public ?? 'public'),
  dir.replace(/\/$/, ''),
);
const errors = problems.filter((p) => p.severity === 'error');
const warnings = problems.filter((p) => p.severity === 'warning');

for (const p of [...errors, ...warnings]) console.log(formatProblem(p));
// On GitHub (.github/workflows/content-check.yml): each problem also on its file and line in the
// commit and pull request, and the list on the run's page.
if (process.env.GITHUB_ACTIONS === 'true') {
  for (const p of [...errors, ...warnings]) console.log(formatAnnotation(p));
  if (process.env.GITHUB_STEP_SUMMARY)
    appendFileSync(process.env.GITHUB_STEP_SUMMARY, formatSummary([...errors, ...warnings]));
}
if (errors.length > 0) {
  console.error(
    `\n✗ ${errors.length} lỗi, ${warnings.length} cảnh báo — sửa các lỗi trên rồi lưu lại. / ${errors.length} error(s), ${warnings.length} warning(s): fix the errors above.`,
  );
  process.exit(1);
}
if (values['write-registry']) {
  const root = path.resolve(dir);
  const label = dir.replace(/\/$/, '');
  writeSkuRegistry(
    root,
    updateSkuRegistry(readSkuRegistry(root), productsOf(readContent(root, label).files, label)),
  );
  console.log(`✓ Đã cập nhật sổ mã ${label}/sku-registry.json. / SKU registry updated.`);
}
console.log(
  `✓ Nội dung hợp lệ (${warnings.length} cảnh báo). / Content is valid (${warnings.length} warning(s)).`,
);

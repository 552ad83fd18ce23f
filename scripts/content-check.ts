/**
 * `npm run content:check`: validates every content file (usage below, or `--help`). Exits 1 on any
 * error (warnings alone pass), so `npm run build` stops before anything is built.
 */
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { folderProblem, readOptions, usageExit, type CommandSpec } from '../tools/cli';

const spec = {
  usage: {
    vi: ['npm run content:check -- [--dir <thư-mục>] [--public <thư-mục>] [--write-registry]'],
    en: ['npm run content:check -- [--dir <folder>] [--public <folder>] [--write-registry]'],
  },
  about: {
    vi: [
      'Kiểm tra mọi tệp nội dung; mỗi lỗi in bằng tiếng Việt, tiếng Anh bên dưới. Có lỗi thì thoát với mã 1',
      '(chỉ có cảnh báo thì vẫn qua), nên `npm run build` dừng trước khi dựng gì.',
    ].join('\n'),
    en: [
      'Validates every content file; each problem is printed in Vietnamese with English beneath. Exits 1',
      'on any error (warnings alone pass), so `npm run build` stops before anything is built.',
    ].join('\n'),
  },
  options: {
    dir: {
      type: 'string',
      default: 'content',
      value: { vi: 'thư-mục', en: 'folder' },
      help: { vi: 'thư mục nội dung', en: 'the content folder' },
    },
    public: {
      type: 'string',
      default: 'public',
      value: { vi: 'thư-mục', en: 'folder' },
      help: { vi: 'thư mục ảnh công khai', en: 'the public folder' },
    },
    'write-registry': {
      type: 'boolean',
      default: false,
      help: {
        vi: 'ghi sản phẩm mới vào sổ mã sku-registry.json (không bao giờ đổi mã đã ghi)',
        en: 'register new products in sku-registry.json (never re-assigns a registered SKU)',
      },
    },
  },
} as const satisfies CommandSpec;

const values = readOptions(spec);
for (const flag of ['dir', 'public'] as const) {
  const missing = folderProblem(`--${flag}`, values[flag]);
  if (missing) usageExit(spec, missing);
}
const dir = values.dir;
// Loaded after the arguments: --help answers at once.
const { checkContentWithImages, formatAnnotation, formatProblem, formatSummary } =
  await import('../tools/content-check');
const { readContent } = await import('../tools/content-check/files');
const { productsOf, readSkuRegistry, updateSkuRegistry, writeSkuRegistry } =
  await import('../tools/content-check/sku-registry');
const problems = await checkContentWithImages(
  path.resolve(dir),
  path.resolve(values.public),
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

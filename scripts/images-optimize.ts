/**
 * `npm run images:optimize`: shrinks the photos under a folder in place (usage below, or `--help`).
 * Files already small and clean are left alone; the colour profile stays.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { folderProblem, readOptions, usageExit, type CommandSpec } from '../tools/cli';

const spec = {
  usage: {
    vi: ['npm run images:optimize -- [--dir <thư-mục>]'],
    en: ['npm run images:optimize -- [--dir <folder>]'],
  },
  about: {
    vi: [
      'Thu nhỏ mọi ảnh JPEG/PNG/WebP/AVIF trong thư mục, ghi đè tại chỗ: cạnh dài nhất 2000 px, chất lượng',
      'khoảng 80, giữ định dạng, xoay đứng theo EXIF, xoá tọa độ GPS và mọi siêu dữ liệu khác.',
    ].join('\n'),
    en: [
      'Shrinks every JPEG/PNG/WebP/AVIF under the folder in place: at most 2000 px on the long side,',
      'quality ~80, same format, turned upright by EXIF, GPS and all other metadata removed.',
    ].join('\n'),
  },
  options: {
    dir: {
      type: 'string',
      default: 'public/images',
      value: { vi: 'thư-mục', en: 'folder' },
      help: { vi: 'thư mục ảnh', en: 'the photos folder' },
    },
  },
} as const satisfies CommandSpec;

const values = readOptions(spec);
const missing = folderProblem('--dir', values.dir);
if (missing) usageExit(spec, missing);
const dir = path.resolve(values.dir);
// Loaded after the arguments (sharp is heavy): --help answers at once.
const { OPTIMIZABLE, optimizeImage } = await import('../tools/images/optimize');

const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((rel) => OPTIMIZABLE.test(rel))
  .map((rel) => path.join(dir, rel))
  .filter((file) => statSync(file).isFile())
  .sort();

const kb = (n: number) => `${Math.round(n / 1024)} KB`;
let saved = 0;
let changed = 0;
for (const file of files) {
  const r = await optimizeImage(file).catch((error: unknown) => {
    console.warn(
      `! ${path.relative(process.cwd(), file)}: không đọc được ảnh / unreadable image (${error instanceof Error ? error.message : String(error)})`,
    );
    return undefined;
  });
  if (!r || r.status === 'skipped') continue;
  changed += 1;
  saved += r.before - r.after;
  console.log(
    `✓ ${path.relative(process.cwd(), file)}: ${kb(r.before)} → ${kb(r.after)} (${r.reason})`,
  );
}
console.log(
  `\n${changed}/${files.length} ảnh đã được tối ưu, tiết kiệm ${kb(saved)}. / ${changed} of ${files.length} images optimised, ${kb(saved)} saved.`,
);

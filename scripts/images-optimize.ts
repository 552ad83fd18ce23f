/**
 * `npm run images:optimize [-- --dir public/images]`
 * Shrinks every JPEG/PNG/WebP/AVIF under the folder in place: at most 2000 px on the long side,
 * quality ~80, same format, turned upright by its EXIF orientation, with GPS and all other metadata
 * removed (the colour profile stays). Files already small and clean are left alone.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { OPTIMIZABLE, optimizeImage } from '../tools/images/optimize';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'public/images' } } });
const dir = path.resolve(String(values.dir));

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

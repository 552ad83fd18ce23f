/**
 * `tsx scripts/precompress.ts [dir]` (the last step of `npm run build`): writes a brotli copy (quality 11)
 * beside each script and stylesheet of the build (.next/static by default), for the production front
 * (deploy/nginx.conf, `brotli_static on`) to send instead of compressing on every request at a lower
 * quality. Next's own server ignores the copies.
 */
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';

const compress = promisify(brotliCompress);
const TYPES = new Set(['.js', '.css', '.json', '.svg', '.txt']);
/** Below this a compressed copy saves nothing worth a file. */
const MIN_BYTES = 1024;

export interface Precompressed {
  files: number;
  bytes: number;
  brotliBytes: number;
}

export async function precompress(dir: string): Promise<Precompressed> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && TYPES.has(path.extname(e.name)))
    .map((e) => path.join(e.parentPath, e.name));
  const total: Precompressed = { files: 0, bytes: 0, brotliBytes: 0 };
  for (const file of files) {
    const data = await readFile(file);
    if (data.length < MIN_BYTES) continue;
    const br = await compress(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    });
    // Written aside and renamed: a front never sends a half-written copy.
    await writeFile(`${file}.br.tmp`, br);
    await rename(`${file}.br.tmp`, `${file}.br`);
    total.files++;
    total.bytes += data.length;
    total.brotliBytes += br.length;
  }
  return total;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? '.next/static';
  const t = await precompress(dir);
  console.log(
    `precompress: ${t.files} files in ${dir}, ${Math.round(t.bytes / 1000)} kB → ${Math.round(t.brotliBytes / 1000)} kB brotli`,
  );
}

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import sharp from 'sharp';
import { isPlaceholderImage } from '../placeholders';
import { exploreKinds } from '@/lib/content/schema-explore';
import { readContent } from './files';
import { lineOfField, type ContentProblem } from './problem';

// Phones upload 4–12 MB, 4000+ px photos; the site never shows more than ~1600 px, and a
// tourist on a weak signal pays for every byte next/image has to fetch from the original.
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
export const MAX_IMAGE_PX = 3000;
/** sharp calls AVIF "heif" (an AV1-compressed HEIF container). */
const WEB_FORMATS = new Set(['jpeg', 'png', 'webp', 'heif']);

const FIX_VI =
  'chạy npm run images:optimize, hoặc thu nhỏ ảnh trên máy còn khoảng 2000 px rồi tải lên lại';
const FIX_EN =
  'run npm run images:optimize, or shrink the photo to about 2000 px on your computer and upload it again';

interface ImageRef {
  field: string;
  src: string;
}

/** Every `{ src: "/…" }` in a file's frontmatter, wherever it sits (cover, gallery, images, …). */
export function imageRefs(data: unknown, prefix = ''): ImageRef[] {
  if (Array.isArray(data)) return data.flatMap((v, i) => imageRefs(v, `${prefix}[${i}]`));
  if (!data || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([key, value]) => {
    const field = prefix ? `${prefix}.${key}` : key;
    if (key === 'src' && typeof value === 'string')
      return value.startsWith('/') ? [{ field, src: value }] : [];
    return imageRefs(value, field);
  });
}

async function inspect(
  abs: string,
): Promise<{ format?: string; width?: number; height?: number; exif?: Buffer } | undefined> {
  try {
    // From the bytes, not the path: libvips caches a file by name, and a photo may have replaced it.
    const meta = await sharp(readFileSync(abs)).metadata();
    // iPhones save HEIC: the same container as AVIF, but browsers other than Safari cannot show it.
    return meta.format === 'heif' && meta.compression !== 'av1'
      ? { ...meta, format: 'heic' }
      : meta;
  } catch {
    return undefined;
  }
}

interface Source {
  file: string;
  source: string;
  data: Record<string, unknown>;
}

/** Vietnamese files of every kind (they alone hold pictures); unreadable ones are the other checks' business. */
function sources(root: string, label: string): Source[] {
  const main = readContent(root, label).files.filter((f) => f.locale === 'vi');
  const explore = Object.values(exploreKinds).flatMap(({ folder }) => {
    const dir = path.join(root, folder);
    const names = existsSync(dir)
      ? readdirSync(dir).filter((n) => n.endsWith('.mdx') && !n.endsWith('.en.mdx'))
      : [];
    return names.flatMap((name) => {
      const source = readFileSync(path.join(dir, name), 'utf8');
      try {
        return [
          {
            file: `${label}/${folder}/${name}`,
            source,
            data: matter(source, {}).data as Record<string, unknown>,
          },
        ];
      } catch {
        return [];
      }
    });
  });
  return [...main, ...explore];
}

/**
 * Warnings about image files that exist but are too heavy, too large or not a web format (an error
 * when the picture cannot be shown at all: unreadable, or an iPhone HEIC); and the
 * picture `npm run new` left in place of a photo: an error where the site shows it, as for its other
 * placeholders (tools/content-check/placeholders.ts), a warning while the product is unpublished.
 */
export async function checkImageFiles(
  root: string,
  publicDir: string,
  label = 'content',
): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  for (const f of sources(root, label)) {
    for (const ref of imageRefs(f.data)) {
      const abs = path.join(publicDir, ref.src);
      if (ref.src.includes('..') || !existsSync(abs)) continue;
      const report = (vi: string, en: string, severity: 'warning' | 'error' = 'warning') =>
        problems.push({
          file: f.file,
          field: ref.field,
          line: lineOfField(f.source, ref.field),
          severity,
          vi,
          en,
        });
      const bytes = statSync(abs).size;
      if (bytes > MAX_IMAGE_BYTES) {
        const mb = (bytes / 1024 / 1024).toFixed(1);
        report(
          `ảnh public${ref.src} nặng ${mb} MB, quá 2 MB; trang sẽ tải chậm trên điện thoại (${FIX_VI})`,
          `image public${ref.src} is ${mb} MB, over 2 MB; pages load slowly on phones (${FIX_EN})`,
        );
      }
      const meta = await inspect(abs);
      if (!meta?.format || !WEB_FORMATS.has(meta.format)) {
        const kind = meta?.format ?? 'không đọc được';
        // A GIF or TIFF still shows (the image optimizer converts it); a file it cannot decode, or
        // an iPhone HEIC, would be a broken picture on the live page: that is an error.
        const broken = !meta?.format || meta.format === 'heic';
        report(
          `ảnh public${ref.src} không phải JPEG, PNG, WebP hay AVIF (đang là: ${kind}); lưu lại ảnh dạng JPEG hoặc WebP rồi tải lên lại${broken ? ' — trang web không hiện được ảnh này' : ''}`,
          `image public${ref.src} is not JPEG, PNG, WebP or AVIF (it is: ${meta?.format ?? 'unreadable'}); save it as JPEG or WebP and upload it again${broken ? ' — the site cannot show this picture' : ''}`,
          broken ? 'error' : 'warning',
        );
        continue;
      }
      if (isPlaceholderImage(meta.exif)) {
        report(
          `public${ref.src} vẫn là ảnh minh họa tạm của npm run new: thay bằng ảnh chụp thật (giữ đúng tên tệp)`,
          `public${ref.src} is still the stand-in picture from npm run new: replace it with a real photo (same file name)`,
          f.data.published === false ? 'warning' : 'error',
        );
      }
      const { width = 0, height = 0 } = meta;
      if (width > MAX_IMAGE_PX || height > MAX_IMAGE_PX) {
        report(
          `ảnh public${ref.src} rộng ${width}×${height} px, quá 3000 px (${FIX_VI})`,
          `image public${ref.src} is ${width}×${height} px, over 3000 px (${FIX_EN})`,
        );
      }
    }
  }
  return problems;
}

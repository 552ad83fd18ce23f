import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { ContentProblem } from './problem';

export type Kind = 'village' | 'product';

export interface ContentFile {
  /** Path shown in messages, e.g. content/products/phu-vinh/gio-may.mdx */
  file: string;
  kind: Kind;
  locale: 'vi' | 'en';
  slug: string;
  /** Folder under products/, which should be the village slug. */
  folder?: string;
  source: string;
  data: Record<string, unknown>;
  body: string;
  bodyStartLine: number;
}

const list = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);

/** Reads every content file, reporting those that cannot even be parsed. */
export function readContent(
  root: string,
  label = 'content',
): { files: ContentFile[]; problems: ContentProblem[] } {
  const files: ContentFile[] = [];
  const problems: ContentProblem[] = [];
  const entries: { abs: string; rel: string; kind: Kind; folder?: string }[] = [];

  for (const name of list(path.join(root, 'villages'))) {
    entries.push({
      abs: path.join(root, 'villages', name),
      rel: `${label}/villages/${name}`,
      kind: 'village',
    });
  }
  for (const folder of list(path.join(root, 'products'))) {
    const dir = path.join(root, 'products', folder);
    if (!statSync(dir).isDirectory()) {
      problems.push(misplaced(`${label}/products/${folder}`));
      continue;
    }
    for (const name of list(dir)) {
      entries.push({
        abs: path.join(dir, name),
        rel: `${label}/products/${folder}/${name}`,
        kind: 'product',
        folder,
      });
    }
  }

  for (const entry of entries) {
    const name = path.basename(entry.abs);
    if (!name.endsWith('.mdx')) {
      problems.push(misplaced(entry.rel));
      continue;
    }
    const source = readFileSync(entry.abs, 'utf8');
    const locale = name.endsWith('.en.mdx') ? 'en' : 'vi';
    const slug = name.replace(/(\.en)?\.mdx$/, '');
    try {
      // A fresh options object: gray-matter caches parses by content otherwise.
      const parsed = matter(source, {});
      const frontmatterLines = source
        .slice(0, source.length - parsed.content.length)
        .split('\n').length;
      files.push({
        file: entry.rel,
        kind: entry.kind,
        locale,
        slug,
        folder: entry.folder,
        source,
        data: parsed.data as Record<string, unknown>,
        body: parsed.content,
        bodyStartLine: frontmatterLines,
      });
    } catch (error) {
      const e = error as { mark?: { line?: number }; reason?: string; message?: string };
      problems.push({
        file: entry.rel,
        field: 'frontmatter',
        line: e.mark?.line !== undefined ? e.mark.line + 1 : undefined,
        severity: 'error',
        vi: `lỗi cú pháp YAML: ${e.reason ?? e.message} (kiểm tra dấu hai chấm, dấu ngoặc kép và thụt lề)`,
        en: `YAML syntax error: ${e.reason ?? e.message} (check colons, double quotes and indentation)`,
      });
    }
  }
  return { files, problems };
}

function misplaced(file: string): ContentProblem {
  return {
    file,
    field: 'tên file',
    severity: 'warning',
    vi: 'file này bị bỏ qua: chỉ file .mdx trong villages/ và products/{làng}/ được dùng',
    en: 'this file is ignored: only .mdx files in villages/ and products/{village}/ are used',
  };
}

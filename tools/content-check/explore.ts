import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { PLAN_FILE, planSchema } from '@/lib/content/plan';
import { SLUG_PATTERN } from '@/lib/content/schema';
import { exploreKinds, type ExploreKind } from '@/lib/content/schema-explore';
import { explainExploreIssue } from './explore-messages';
import { checkExploreImages, checkReferences } from './explore-refs';
import { checkBody } from './body';
import { lineOfField, type ContentProblem } from './problem';

/** Tours, artisans, news, programmes, marks and the plan targets: one flat folder per kind. */
export interface ExploreFile {
  file: string;
  kind: ExploreKind;
  locale: 'vi' | 'en';
  slug: string;
  source: string;
  data: Record<string, unknown>;
}

const fieldPath = (segments: readonly PropertyKey[]) =>
  segments.reduce<string>(
    (acc, s) => (typeof s === 'number' ? `${acc}[${s}]` : acc ? `${acc}.${String(s)}` : String(s)),
    '',
  );
const valueAt = (data: unknown, segments: readonly PropertyKey[]) =>
  segments.reduce<unknown>(
    (v, s) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[s] : undefined),
    data,
  );

function problem(
  f: { file: string; source: string },
  field: string,
  vi: string,
  en: string,
  severity: 'error' | 'warning' = 'error',
): ContentProblem {
  return { file: f.file, field, line: lineOfField(f.source, field), severity, vi, en };
}

function zodProblems(
  f: { file: string; source: string },
  schema: z.ZodType,
  data: unknown,
): ContentProblem[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const field = fieldPath(issue.path) || 'frontmatter';
    const { vi, en } = explainExploreIssue(issue, valueAt(data, issue.path), field);
    return problem(f, field, vi, en);
  });
}

function readKind(
  root: string,
  label: string,
  kind: ExploreKind,
  problems: ContentProblem[],
): ExploreFile[] {
  const folder = exploreKinds[kind].folder;
  const dir = path.join(root, folder);
  if (!existsSync(dir)) return [];
  const files: ExploreFile[] = [];
  for (const name of readdirSync(dir).sort()) {
    const file = `${label}/${folder}/${name}`;
    if (!name.endsWith('.mdx')) {
      problems.push({
        file,
        field: 'tên file',
        severity: 'warning',
        vi: `file này bị bỏ qua: chỉ file .mdx trong ${folder}/ được dùng`,
        en: `this file is ignored: only .mdx files in ${folder}/ are used`,
      });
      continue;
    }
    const source = readFileSync(path.join(dir, name), 'utf8');
    const locale = name.endsWith('.en.mdx') ? 'en' : 'vi';
    const slug = name.replace(/(\.en)?\.mdx$/, '');
    try {
      const parsed = matter(source, {});
      const bodyStartLine = source
        .slice(0, source.length - parsed.content.length)
        .split('\n').length;
      files.push({
        file,
        kind,
        locale,
        slug,
        source,
        data: parsed.data as Record<string, unknown>,
      });
      problems.push(...checkBody(file, parsed.content, bodyStartLine));
    } catch (error) {
      const e = error as { mark?: { line?: number }; reason?: string; message?: string };
      problems.push({
        file,
        field: 'frontmatter',
        line: e.mark?.line !== undefined ? e.mark.line + 1 : undefined,
        severity: 'error',
        vi: `lỗi cú pháp YAML: ${e.reason ?? e.message} (kiểm tra dấu hai chấm, dấu ngoặc kép và thụt lề)`,
        en: `YAML syntax error: ${e.reason ?? e.message} (check colons, double quotes and indentation)`,
      });
    }
  }
  return files;
}

function checkFile(f: ExploreFile): ContentProblem[] {
  const { vi, en } = exploreKinds[f.kind];
  const problems: ContentProblem[] = [];
  const data = { ...f.data };
  if (f.locale === 'en') {
    for (const key of Object.keys(data).filter((k) => k in vi.shape && !(k in en.shape))) {
      problems.push(
        problem(
          f,
          key,
          'đây là dữ kiện, chỉ ghi trong file tiếng Việt (xoá dòng này khỏi file .en.mdx)',
          'this is a fact and lives only in the Vietnamese file (remove this line from the .en.mdx file)',
        ),
      );
      delete data[key];
    }
  }
  if (!SLUG_PATTERN.test(f.slug)) {
    problems.push(
      problem(
        f,
        'tên file',
        `tên file "${f.slug}" phải gồm chữ thường không dấu, số và "-"`,
        `the file name "${f.slug}" must be lower-case letters without diacritics, digits and "-"`,
      ),
    );
  }
  if (f.source !== f.source.normalize('NFC')) {
    problems.push(
      problem(
        f,
        'văn bản',
        'chữ tiếng Việt chưa chuẩn hoá NFC (dấu tách rời); nên lưu lại bằng bộ gõ Unicode dựng sẵn',
        'Vietnamese text is not NFC-normalised (decomposed accents); re-save with a precomposed Unicode keyboard',
        'warning',
      ),
    );
  }
  return [...problems, ...zodProblems(f, f.locale === 'vi' ? vi : en, data)];
}

function checkPlan(root: string, label: string): ContentProblem[] {
  const abs = path.join(root, PLAN_FILE);
  if (!existsSync(abs)) return [];
  const f = { file: `${label}/${PLAN_FILE}`, source: readFileSync(abs, 'utf8') };
  let data: unknown;
  try {
    data = parseYaml(f.source);
  } catch (error) {
    return [
      problem(
        f,
        'YAML',
        `lỗi cú pháp YAML: ${(error as Error).message}`,
        `YAML syntax error: ${(error as Error).message}`,
      ),
    ];
  }
  return zodProblems(f, planSchema, data);
}

export function checkExplore(root: string, publicDir: string, label = 'content'): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const files = (Object.keys(exploreKinds) as ExploreKind[]).flatMap((kind) =>
    readKind(root, label, kind, problems),
  );
  for (const f of files) problems.push(...checkFile(f));
  problems.push(
    ...checkTwins(files),
    ...checkReferences(files, root, label),
    ...checkExploreImages(files, publicDir),
    ...checkPlan(root, label),
  );
  return problems;
}

function checkTwins(files: ExploreFile[]): ContentProblem[] {
  const key = (f: ExploreFile) => `${f.kind}:${f.slug}`;
  const vi = new Set(files.filter((f) => f.locale === 'vi').map(key));
  const en = new Set(files.filter((f) => f.locale === 'en').map(key));
  return files.flatMap((f) => {
    if (f.locale === 'en' && !vi.has(key(f))) {
      return [
        problem(
          f,
          'tên file',
          `bản dịch này không có file tiếng Việt ${f.slug}.mdx cùng thư mục`,
          `this translation has no Vietnamese ${f.slug}.mdx beside it`,
        ),
      ];
    }
    if (f.locale === 'vi' && !en.has(key(f))) {
      return [
        problem(
          f,
          'bản dịch',
          `chưa có bản tiếng Anh ${f.slug}.en.mdx; trang tiếng Anh sẽ hiện tiếng Việt kèm ghi chú "chưa dịch"`,
          `no English ${f.slug}.en.mdx yet; the English page shows the Vietnamese text with a "not yet translated" note`,
          'warning',
        ),
      ];
    }
    return [];
  });
}

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PLACEHOLDER, type PlaceholderKind } from '../placeholders';
import type { ContentProblem } from './problem';

const MESSAGES: Record<PlaceholderKind, { vi: string; en: string }> = {
  measure: {
    vi: `kích thước vẫn là số mẫu của npm run new (ghi chú “${PLACEHOLDER.measure}”): đo sản phẩm, sửa số rồi xoá ghi chú`,
    en: `the size is still the sample from npm run new (note “${PLACEHOLDER.measure}”): measure the piece, fix the numbers, then delete the note`,
  },
  weigh: {
    vi: `khối lượng vẫn là số mẫu của npm run new (ghi chú “${PLACEHOLDER.weigh}”): cân sản phẩm, sửa số rồi xoá ghi chú`,
    en: `the weight is still the sample from npm run new (note “${PLACEHOLDER.weigh}”): weigh the piece, fix the number, then delete the note`,
  },
  locate: {
    vi: `tọa độ vẫn là điểm mẫu của npm run new, giữa vùng Chương Mỹ (ghi chú “${PLACEHOLDER.locate}”): lấy tọa độ của làng trên bản đồ (Google Maps: bấm giữ vào làng, chép hai số), sửa lat và lng rồi xoá ghi chú`,
    en: `the coordinates are still the sample point from npm run new, in the middle of Chương Mỹ (note “${PLACEHOLDER.locate}”): take the village's from a map (Google Maps: long-press the village, copy the two numbers), fix lat and lng, then delete the note`,
  },
  confirm: {
    vi: `giá trị mẫu của npm run new (ghi chú “${PLACEHOLDER.confirm}”): sửa cho đúng (hỏi người làm hoặc làng) — hoặc giữ nếu đã đúng — rồi xoá ghi chú`,
    en: `a sample value from npm run new (note “${PLACEHOLDER.confirm}”): make it true (ask the maker or the village) — or keep it if it is — then delete the note`,
  },
  rewriteVi: {
    vi: `còn chữ mẫu “${PLACEHOLDER.rewriteVi}”: viết nội dung thật vào chỗ đó`,
    en: `still holds the sample text “${PLACEHOLDER.rewriteVi}”: write the real text in its place`,
  },
  rewriteEn: {
    vi: `còn chữ mẫu “${PLACEHOLDER.rewriteEn}”: viết nội dung thật (tiếng Anh) vào chỗ đó`,
    en: `still holds the sample text “${PLACEHOLDER.rewriteEn}”: write the real text in its place`,
  },
  paragraphVi: {
    vi: `còn đoạn mẫu “${PLACEHOLDER.paragraphVi} …”: viết phần giới thiệu thật vào chỗ đó (hoặc xoá đoạn này)`,
    en: `the sample paragraph “${PLACEHOLDER.paragraphVi} …” is still there: write the real description in its place (or delete it)`,
  },
  paragraphEn: {
    vi: `còn đoạn mẫu “${PLACEHOLDER.paragraphEn} …”: dịch phần giới thiệu sang tiếng Anh vào chỗ đó (hoặc xoá đoạn này)`,
    en: `the sample paragraph “${PLACEHOLDER.paragraphEn} …” is still there: write the English description in its place (or delete it)`,
  },
  untranslated: {
    vi: `tên chưa dịch (ghi chú “${PLACEHOLDER.untranslated}”): dịch sang tiếng Anh rồi xoá ghi chú; trang tiếng Anh tạm hiện tên tiếng Việt`,
    en: `the name is not translated (note “${PLACEHOLDER.untranslated}”): translate it, then delete the note; the English page shows the Vietnamese name meanwhile`,
  },
};

// An untranslated name is only unfinished; the others would show a made-up value as a fact.
const ALWAYS_WARNING: ReadonlySet<PlaceholderKind> = new Set(['untranslated']);

const FIELD_LINE = /^([A-Za-z][\w]*)\s*:/;

/** The frontmatter key a line belongs to, or 'nội dung' (the text below the frontmatter). */
function fieldOfLine(lines: readonly string[], index: number): string {
  const close =
    lines[0]?.trim() === '---' ? lines.findIndex((l, i) => i > 0 && l.trim() === '---') : -1;
  if (index <= 0 || index >= close) return 'nội dung';
  for (let i = index; i > 0; i--) {
    const key = FIELD_LINE.exec(lines[i]!)?.[1];
    if (key) return key;
  }
  return 'nội dung';
}

/** Whether the file's Vietnamese twin (the file itself for a .mdx) says `published: false`. */
function unpublished(abs: string): boolean {
  const vi = abs.replace(/\.en\.mdx$/, '.mdx');
  if (!existsSync(vi)) return false;
  return /^published\s*:\s*false\s*(#.*)?$/m.test(readFileSync(vi, 'utf8'));
}

function* mdxFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const abs = path.join(dir, name);
    if (statSync(abs).isDirectory()) yield* mdxFiles(abs);
    else if (name.endsWith('.mdx')) yield abs;
  }
}

/**
 * Every placeholder `npm run new` left in a content file, by line: an error in a file the site shows
 * (a made-up size or paragraph must not go live), a warning while the product is unpublished.
 */
export function checkPlaceholders(root: string, label = 'content'): ContentProblem[] {
  if (!existsSync(root)) return [];
  const problems: ContentProblem[] = [];
  for (const abs of mdxFiles(root)) {
    const lines = readFileSync(abs, 'utf8').normalize('NFC').split('\n');
    const draft = unpublished(abs);
    const file = `${label}/${path.relative(root, abs).split(path.sep).join('/')}`;
    lines.forEach((line, index) => {
      const kind = (Object.keys(PLACEHOLDER) as PlaceholderKind[]).find((k) =>
        line.includes(PLACEHOLDER[k]),
      );
      if (!kind) return;
      problems.push({
        file,
        field: fieldOfLine(lines, index),
        line: index + 1,
        severity: draft || ALWAYS_WARNING.has(kind) ? 'warning' : 'error',
        ...MESSAGES[kind],
      });
    });
  }
  return problems;
}

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { RATES_FILE, SETTINGS_FILE, ratesSchema, shopSettingsSchema } from '@/lib/settings';
import {
  SLUG_PATTERN,
  productSourceSchema,
  productTranslationSchema,
  villageSourceSchema,
  villageTranslationSchema,
} from '@/lib/content/schema';
import { readContent, type ContentFile } from './files';
import { checkBody } from './body';
import { checkExplore } from './explore';
import { checkImageFiles } from './images';
import { checkPlaceholders } from './placeholders';
import { checkSkuRegistry } from './sku-registry';
import { lineOfField, type ContentProblem } from './problem';
import { explainIssue } from './zod-messages';
import { explainRatesIssue } from './rates-messages';

export { formatAnnotation, formatProblem, formatSummary, type ContentProblem } from './problem';

const schemas = {
  village: { vi: villageSourceSchema, en: villageTranslationSchema },
  product: { vi: productSourceSchema, en: productTranslationSchema },
} as const;

function fieldPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>(
    (acc, s) => (typeof s === 'number' ? `${acc}[${s}]` : acc ? `${acc}.${String(s)}` : String(s)),
    '',
  );
}

function valueAt(data: unknown, segments: readonly PropertyKey[]): unknown {
  return segments.reduce<unknown>(
    (v, s) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[s] : undefined),
    data,
  );
}

function problem(
  f: ContentFile,
  field: string,
  vi: string,
  en: string,
  severity: 'error' | 'warning' = 'error',
): ContentProblem {
  return { file: f.file, field, line: lineOfField(f.source, field), severity, vi, en };
}

/** Schema rules for one file; a translation that carries facts gets its own message. */
function checkSchema(f: ContentFile): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const data = { ...f.data };
  if (f.locale === 'en') {
    const factFields = Object.keys(schemas[f.kind].vi.shape).filter(
      (k) => !(k in schemas[f.kind].en.shape),
    );
    for (const key of Object.keys(data)) {
      if (!factFields.includes(key)) continue;
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
  const schema: z.ZodType = schemas[f.kind][f.locale];
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = fieldPath(issue.path) || 'frontmatter';
      const { vi, en } = explainIssue(issue, valueAt(data, issue.path), field);
      problems.push(problem(f, field, vi, en));
    }
  }
  return problems;
}

// YAML reads `250.000` as the number 250: a price typed the Vietnamese way would pass silently.
const INTEGER_FIELDS = ['priceVnd', 'stock', 'weightGrams', 'leadTimeDays'];

function checkThousandsSeparators(f: ContentFile): ContentProblem[] {
  if (f.locale !== 'vi') return [];
  // Only when YAML did read a number: a text value ("250.000đ") is the schema's to explain, once.
  return INTEGER_FIELDS.filter(
    (field) =>
      typeof f.data[field] === 'number' &&
      new RegExp(`^${field}\\s*:\\s*\\d{1,3}([.,]\\d{3})+`, 'm').test(f.source),
  ).map((field) =>
    problem(
      f,
      field,
      'viết số liền, không dấu chấm hay dấu phẩy ngăn cách hàng nghìn (ví dụ 250000, không phải 250.000)',
      'write the number without thousands separators (e.g. 250000, not 250.000)',
    ),
  );
}

function checkText(f: ContentFile): ContentProblem[] {
  if (f.source === f.source.normalize('NFC')) return [];
  return [
    problem(
      f,
      'văn bản',
      'chữ tiếng Việt chưa chuẩn hoá NFC (dấu tách rời); trang web vẫn tự chuẩn hoá, nhưng nên lưu lại bằng bộ gõ Unicode dựng sẵn',
      'Vietnamese text is not NFC-normalised (decomposed accents); the site normalises it, but re-save with a precomposed Unicode keyboard',
      'warning',
    ),
  ];
}

export function checkContent(root: string, publicDir: string, label = 'content'): ContentProblem[] {
  const { files, problems } = readContent(root, label);
  for (const f of files) {
    problems.push(
      ...checkText(f),
      ...checkThousandsSeparators(f),
      ...checkSchema(f),
      ...checkBody(f.file, f.body, f.bodyStartLine),
    );
    if (!SLUG_PATTERN.test(f.slug)) {
      problems.push(
        problem(
          f,
          'tên file',
          `tên file "${f.slug}" phải gồm chữ thường không dấu, số và "-" (ví dụ gio-may-tron.mdx)`,
          `the file name "${f.slug}" must be lower-case letters without diacritics, digits and "-" (e.g. gio-may-tron.mdx)`,
        ),
      );
    }
    problems.push(...checkImages(f, publicDir));
  }
  problems.push(...checkCrossFile(files), ...checkSettings(root, label));
  problems.push(...checkExplore(root, publicDir, label));
  problems.push(...checkSkuRegistry(root, files, label));
  problems.push(...checkPlaceholders(root, label));
  return problems;
}

/** checkContent plus what needs the image files decoded (weight, pixel size, real format): warnings only. */
export async function checkContentWithImages(
  root: string,
  publicDir: string,
  label = 'content',
): Promise<ContentProblem[]> {
  return [
    ...checkContent(root, publicDir, label),
    ...(await checkImageFiles(root, publicDir, label)),
  ];
}

/** content/settings/: shop.yml (shipping, the VietQR account, returns) and rates.yml (exchange rates). */
function checkSettings(root: string, label: string): ContentProblem[] {
  return [
    ...checkSettingsFile(root, label, SETTINGS_FILE, shopSettingsSchema, explainIssue),
    ...checkSettingsFile(root, label, RATES_FILE, ratesSchema, explainRatesIssue),
  ];
}

function checkSettingsFile(
  root: string,
  label: string,
  name: string,
  schema: z.ZodType,
  explain: typeof explainIssue,
): ContentProblem[] {
  const file = path.join(root, name);
  const shown = `${label}/${name}`;
  if (!existsSync(file)) return [];
  const source = readFileSync(file, 'utf8');
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch (error) {
    const e = error as { linePos?: { line: number }[]; message?: string };
    return [
      {
        file: shown,
        field: 'YAML',
        line: e.linePos?.[0]?.line,
        severity: 'error',
        vi: `lỗi cú pháp YAML: ${e.message} (kiểm tra dấu hai chấm và thụt lề)`,
        en: `YAML syntax error: ${e.message} (check colons and indentation)`,
      },
    ];
  }
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const field = fieldPath(issue.path) || 'settings';
    const { vi, en } = explain(issue, valueAt(data, issue.path), field);
    return {
      file: shown,
      field,
      line: lineOfField(source, field),
      severity: 'error' as const,
      vi,
      en,
    };
  });
}

function checkImages(f: ContentFile, publicDir: string): ContentProblem[] {
  const refs: { field: string; src: unknown }[] = [];
  const d = f.data;
  if (f.locale !== 'vi') return [];
  if (f.kind === 'village') {
    refs.push({ field: 'cover.src', src: (d.cover as { src?: unknown } | undefined)?.src });
    (Array.isArray(d.gallery) ? d.gallery : []).forEach((g: { src?: unknown }, i) =>
      refs.push({ field: `gallery[${i}].src`, src: g?.src }),
    );
  } else {
    (Array.isArray(d.images) ? d.images : []).forEach((g: { src?: unknown }, i) =>
      refs.push({ field: `images[${i}].src`, src: g?.src }),
    );
  }
  return refs
    .filter(
      (r): r is { field: string; src: string } =>
        typeof r.src === 'string' && r.src.startsWith('/'),
    )
    .filter((r) => !r.src.includes('..') && !existsSync(path.join(publicDir, r.src)))
    .map((r) =>
      problem(
        f,
        r.field,
        `không tìm thấy ảnh public${r.src} (tải ảnh lên thư mục đó, hoặc sửa đường dẫn cho đúng tên file, kể cả chữ hoa/thường)`,
        `image public${r.src} not found (upload it there, or fix the path to match the file name, including case)`,
      ),
    );
}

function checkCrossFile(files: ContentFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const vi = files.filter((f) => f.locale === 'vi');
  const villages = new Map(vi.filter((f) => f.kind === 'village').map((f) => [f.slug, f]));
  const key = (f: ContentFile) => `${f.kind}:${f.folder ?? ''}:${f.slug}`;
  const viKeys = new Set(vi.map(key));
  const enKeys = new Set(files.filter((f) => f.locale === 'en').map(key));

  for (const f of files) {
    if (f.locale === 'en' && !viKeys.has(key(f))) {
      problems.push(
        problem(
          f,
          'tên file',
          `bản dịch này không có file tiếng Việt ${f.slug}.mdx cùng thư mục (đổi tên cho khớp hoặc tạo file tiếng Việt)`,
          `this translation has no Vietnamese ${f.slug}.mdx beside it (rename it to match, or create the Vietnamese file)`,
        ),
      );
    }
    if (f.locale === 'vi' && !enKeys.has(key(f))) {
      problems.push(
        problem(
          f,
          'bản dịch',
          `chưa có bản tiếng Anh ${f.slug}.en.mdx; trang tiếng Anh sẽ hiện tiếng Việt kèm ghi chú "chưa dịch"`,
          `no English ${f.slug}.en.mdx yet; the English page shows the Vietnamese text with a "not yet translated" note`,
          'warning',
        ),
      );
    }
  }

  const skus = new Map<string, ContentFile>();
  const slugs = new Map<string, ContentFile>();
  for (const f of vi.filter((x) => x.kind === 'product')) {
    const sku = typeof f.data.sku === 'string' ? f.data.sku.toUpperCase() : undefined;
    if (sku) {
      const other = skus.get(sku);
      if (other) {
        problems.push(
          problem(
            f,
            'sku',
            `mã ${sku} đã dùng cho ${other.file}; mỗi sản phẩm cần một mã riêng (dùng mã kế tiếp còn trống)`,
            `SKU ${sku} is already used by ${other.file}; each product needs its own (take the next free number)`,
          ),
        );
      } else skus.set(sku, f);
    }
    const other = slugs.get(f.slug);
    if (other) {
      problems.push(
        problem(
          f,
          'tên file',
          `tên "${f.slug}" trùng với ${other.file}; đổi tên file cho khác`,
          `the name "${f.slug}" is also used by ${other.file}; rename the file`,
        ),
      );
    } else slugs.set(f.slug, f);

    const villageSlug = f.data.village;
    const village = typeof villageSlug === 'string' ? villages.get(villageSlug) : undefined;
    if (typeof villageSlug === 'string' && !village) {
      problems.push(
        problem(
          f,
          'village',
          `không có làng "${villageSlug}"; dùng tên file của một làng trong content/villages (${[...villages.keys()].join(', ')})`,
          `there is no village "${villageSlug}"; use the file name of a village in content/villages (${[...villages.keys()].join(', ')})`,
        ),
      );
    }
    // Moving the file to products/{village}/ only helps when that village exists.
    if (village && f.folder !== villageSlug) {
      problems.push(
        problem(
          f,
          'village',
          `sản phẩm của làng "${villageSlug}" nhưng nằm trong thư mục products/${f.folder}/ (chuyển file sang products/${villageSlug}/)`,
          `product of village "${villageSlug}" sits in products/${f.folder}/ (move it to products/${villageSlug}/)`,
        ),
      );
    }
    const crafts = village?.data.crafts;
    if (
      village &&
      Array.isArray(crafts) &&
      typeof f.data.craft === 'string' &&
      !crafts.includes(f.data.craft)
    ) {
      problems.push(
        problem(
          f,
          'craft',
          `nghề "${f.data.craft}" không có trong danh sách nghề của làng (${crafts.join(', ')}); thêm vào file làng hoặc sửa lại`,
          `craft "${f.data.craft}" is not among the village's crafts (${crafts.join(', ')}); add it to the village file or fix it`,
        ),
      );
    }
  }
  for (const f of vi.filter((x) => x.kind === 'product')) {
    for (const old of Array.isArray(f.data.redirectFrom) ? f.data.redirectFrom : []) {
      const clash = slugs.get(String(old));
      if (clash) {
        problems.push(
          problem(
            f,
            'redirectFrom',
            `tên cũ "${old}" đang là tên của ${clash.file}; xoá nó khỏi redirectFrom`,
            `old name "${old}" is the current name of ${clash.file}; remove it from redirectFrom`,
          ),
        );
      }
    }
  }
  return problems;
}

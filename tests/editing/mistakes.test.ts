import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentWithImages, formatProblem } from '@/tools/content-check';

/**
 * Every deliberate mistake explains itself: file, line where possible, field, Vietnamese reason and
 * fix, English beneath. Errors live in fixtures/content/broken (also run by tests/content), warnings
 * — the site still builds — in fixtures/content/warnings, each folder with its own public/ when needed.
 */
const fixtures = path.resolve('tests/fixtures/content');
const sharedPublic = path.join(fixtures, 'valid-public');

interface Expected {
  file: string;
  field: string;
  contains: string;
  line?: number;
}

// Lines for the foundation's fixtures, whose expected.json predates the `line` key (the new ones carry it).
// Missing fields, unknown keys and file-level problems have no line to point at.
const knownLines: Record<string, number> = {
  'alt-missing': 12,
  'bad-email': 9,
  'bad-sku': 2,
  'craft-not-of-village': 5,
  'duplicate-sku': 2,
  'image-missing': 12,
  'image-wrong-format': 12,
  'negative-stock': 8,
  'price-with-dong': 6,
  'price-with-dots': 6,
  'price-zero': 6,
  'translation-with-fact': 2,
  'unknown-availability': 7,
  'unknown-component': 21,
  'unknown-village': 4,
  'wrong-folder': 4,
  'wrong-type': 11,
};

function read(dir: string): Expected {
  const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;
  return { ...expected, line: expected.line ?? knownLines[path.basename(dir)] };
}
const kinds = (set: string) => readdirSync(path.join(fixtures, set)).sort();

describe.each([
  ['broken', 'error'],
  ['warnings', 'warning'],
] as const)('%s fixtures', (set, severity) => {
  it.each(kinds(set))('%s names file, line, field and fix', async (name) => {
    const dir = path.join(fixtures, set, name);
    const expected = read(dir);
    const publicDir = existsSync(path.join(dir, 'public'))
      ? path.join(dir, 'public')
      : sharedPublic;
    const problems = await checkContentWithImages(dir, publicDir, 'content');
    const match = problems.find(
      (p) =>
        p.severity === severity &&
        p.file === `content/${expected.file}` &&
        p.field === expected.field &&
        p.vi.includes(expected.contains),
    );
    expect(match, JSON.stringify(problems, null, 2)).toBeDefined();
    if (expected.line !== undefined) expect(match?.line).toBe(expected.line);
    expect(match?.en.length).toBeGreaterThan(10);
    const printed = formatProblem(match!);
    expect(
      printed.startsWith(
        `content/${expected.file}${match?.line ? `:${match.line}` : ''}: ${expected.field} — `,
      ),
    ).toBe(true);
    expect(printed).toContain('\n    EN: ');
    if (severity === 'warning') expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('coverage of the issue’s list of mistakes', () => {
  it('has at least 20 kinds, including a changed SKU and image warnings', () => {
    const all = [...kinds('broken'), ...kinds('warnings')];
    expect(all.length).toBeGreaterThanOrEqual(20);
    for (const kind of [
      'sku-changed',
      'duplicate-sku',
      'negative-stock',
      'price-with-dots',
      'price-with-dong',
      'image-missing',
      'alt-missing',
      'translation-with-fact',
      'body-html-tag',
      'body-script',
      'body-expression',
      'unknown-component',
      'unknown-village',
      'missing-field',
      'wrong-type',
      'image-too-heavy',
      'image-not-web-format',
    ]) {
      expect(all).toContain(kind);
    }
  });
});

describe('one mistake, one message', () => {
  const errorsOn = async (dir: string, field: string) =>
    (await checkContentWithImages(dir, sharedPublic, 'content')).filter(
      (p) => p.severity === 'error' && p.field === field,
    );

  it('a price typed the Vietnamese way, "320.000đ", is explained once', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'once-'));
    try {
      cpSync(path.join(fixtures, 'valid'), dir, { recursive: true });
      const file = path.join(dir, 'products/lang-a/gio-a.mdx');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(/^priceVnd: .*$/m, 'priceVnd: 320.000đ'),
      );
      const errors = await errorsOn(dir, 'priceVnd');
      expect(errors.map((p) => p.vi)).toEqual([expect.stringContaining('"320.000đ"')]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("an unknown village is not also told to move to that village's folder", async () => {
    const errors = await errorsOn(path.join(fixtures, 'broken', 'unknown-village'), 'village');
    expect(errors.map((p) => p.vi)).toEqual([expect.stringContaining('không có làng "lang-z"')]);
  });
});

describe('a picture the site cannot show', () => {
  it('is an error, not a warning: a file that is no image under an image name', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'unreadable-'));
    try {
      cpSync(path.join(fixtures, 'valid'), path.join(dir, 'content'), { recursive: true });
      cpSync(sharedPublic, path.join(dir, 'public'), { recursive: true });
      // What a phone's share sheet can produce: a document saved under the photo's name.
      writeFileSync(path.join(dir, 'public/images/a.webp'), '%PDF-1.4 not a picture');
      const problems = await checkContentWithImages(
        path.join(dir, 'content'),
        path.join(dir, 'public'),
        'content',
      );
      // Every file that shows it: two products and the village's cover.
      const unreadable = problems.filter((p) => p.vi.includes('không đọc được'));
      expect(unreadable.map((p) => `${p.file} ${p.field} ${p.severity}`).sort()).toEqual([
        'content/products/lang-a/gio-a.mdx images[0].src error',
        'content/products/lang-a/khay-a.mdx images[0].src error',
        'content/villages/lang-a.mdx cover.src error',
      ]);
      expect(unreadable[0]?.vi).toContain('trang web không hiện được ảnh này');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContentWithImages } from '@/tools/content-check';
import {
  productSourceSchema,
  productTranslationSchema,
  villageSourceSchema,
  villageTranslationSchema,
} from '@/lib/content/schema';
import {
  newsSourceSchema,
  newsTranslationSchema,
  tourSourceSchema,
  tourTranslationSchema,
} from '@/lib/content/schema-explore';
import { PLACEHOLDER } from '@/tools/placeholders';
import { ScaffoldError, type ScaffoldKind } from '@/tools/scaffold/plan';
import { planFromAnswers, type Answers } from '@/tools/scaffold/questions';
import { readSite } from '@/tools/scaffold/site';
import { applyPlan } from '@/tools/scaffold/write';

const fixtures = path.resolve('tests/fixtures/content');
let tmp: string;
let root: string;
let publicDir: string;

beforeEach(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'scaffold-'));
  root = path.join(tmp, 'content');
  publicDir = path.join(tmp, 'public');
  cpSync(path.join(fixtures, 'valid'), root, { recursive: true });
  cpSync(path.join(fixtures, 'valid-public'), publicDir, { recursive: true });
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const schemas = {
  product: [productSourceSchema, productTranslationSchema],
  village: [villageSourceSchema, villageTranslationSchema],
  tour: [tourSourceSchema, tourTranslationSchema],
  news: [newsSourceSchema, newsTranslationSchema],
} as const;

const answers: Record<ScaffoldKind, Answers> = {
  product: { village: 'lang-a', name: 'Giỏ mây tròn', price: '250.000 đ', stock: '4' },
  village: {
    name: 'Đông Sơn',
    commune: 'Xã Phú Nghĩa',
    crafts: 'may-tre-dan, mo-go',
    phone: '0900 000 009',
  },
  tour: { title: 'Nửa ngày ở làng A', villages: 'lang-a', phone: '0900 000 010' },
  news: {
    title: 'Hội chợ làng nghề',
    start: '2026-12-05',
    end: '2026-12-07',
    place: 'Nhà văn hóa xã',
    kind: 'fair',
  },
};

const markerIn = (line: string) => Object.values(PLACEHOLDER).find((m) => line.includes(m));

/** A photo uploaded over the stand-in picture, under the same name. */
async function photo(file: string, width: number, height: number) {
  const background = { r: 180, g: 140, b: 90 };
  await sharp({ create: { width, height, channels: 3, background } })
    .webp()
    .toFile(file);
}

/** What a representative does after `npm run new`: real text for the sample, the notes deleted. */
function fillIn(source: string): string {
  return source
    .split('\n')
    .map((line) => {
      if (line.includes(PLACEHOLDER.paragraphVi)) return 'Giỏ đan tay từ mây rừng.';
      if (line.includes(PLACEHOLDER.paragraphEn)) return 'A basket woven by hand from rattan.';
      const notes = [
        PLACEHOLDER.measure,
        PLACEHOLDER.weigh,
        PLACEHOLDER.locate,
        PLACEHOLDER.confirm,
        PLACEHOLDER.untranslated,
      ];
      return notes
        .reduce((l, note) => l.replace(`  # ${note}`, ''), line)
        .replaceAll(` ${PLACEHOLDER.rewriteVi}`, '')
        .replaceAll(` ${PLACEHOLDER.rewriteEn}`, '');
    })
    .join('\n');
}

describe.each(Object.keys(answers) as ScaffoldKind[])('npm run new -- %s', (kind) => {
  it('writes both locales, every field commented; the check lists exactly what is left to fill in', async () => {
    const plan = planFromAnswers(readSite(root), kind, answers[kind]);
    const written = await applyPlan(root, publicDir, plan);
    expect(written.files.map((f) => path.basename(f))).toEqual([
      `${plan.slug}.mdx`,
      `${plan.slug}.en.mdx`,
    ]);
    expect(existsSync(path.join(publicDir, plan.image.src))).toBe(true);

    const [vi, en] = written.files.map((f) => readFileSync(f, 'utf8'));
    const [viSchema, enSchema] = schemas[kind];
    // Parsed directly too, so tours and news are covered even before the check reads their folders.
    expect(viSchema.safeParse(matter(vi ?? '', {}).data).error?.issues).toBeUndefined();
    expect(enSchema.safeParse(matter(en ?? '', {}).data).error?.issues).toBeUndefined();
    for (const key of Object.keys(viSchema.shape)) {
      expect(vi, key).toMatch(new RegExp(`# [^\\n]+\\n(# )?${key}:`));
    }

    // Nothing wrong but the placeholders, each reported at its line: errors (a sample size or
    // paragraph must not go live as a fact) but for the untranslated name, which only warns.
    const problems = await checkContentWithImages(root, publicDir);
    expect(problems.filter((p) => p.severity === 'error' && !p.file.includes(plan.slug))).toEqual(
      [],
    );
    const stillStandIn = problems.filter((p) => p.vi.includes('ảnh minh họa tạm'));
    expect(stillStandIn.map((p) => [p.file.includes(plan.slug), p.severity])).toEqual([
      [true, 'error'],
    ]);
    expect(stillStandIn[0]?.vi).toContain(`public${plan.image.src}`);
    const reported = problems
      .filter((p) => p.file.includes(plan.slug) && !stillStandIn.includes(p))
      .map((p) => `${path.basename(p.file)}:${p.line} ${p.severity}`);
    const expected = written.files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => {
          const marker = markerIn(line);
          if (!marker) return [];
          const severity = marker === PLACEHOLDER.untranslated ? 'warning' : 'error';
          return [`${path.basename(f)}:${i + 1} ${severity}`];
        }),
    );
    expect(expected.length).toBeGreaterThanOrEqual(2); // at least the paragraph in each language
    expect(reported.sort()).toEqual(expected.sort());

    // Filled in, the check has nothing more to say about these files.
    for (const f of written.files) writeFileSync(f, fillIn(readFileSync(f, 'utf8')));
    await photo(path.join(publicDir, plan.image.src), plan.image.width, plan.image.height);
    const after = await checkContentWithImages(root, publicDir);
    expect(after.filter((p) => p.file.includes(plan.slug))).toEqual([]);
  });

  it('refuses to overwrite an existing file', async () => {
    const plan = planFromAnswers(readSite(root), kind, answers[kind]);
    await applyPlan(root, publicDir, plan);
    await expect(applyPlan(root, publicDir, plan)).rejects.toBeInstanceOf(ScaffoldError);
  });
});

describe('npm run new -- product', () => {
  it('takes the next SKU after both the products and the registry, and registers it', async () => {
    const site = readSite(root);
    expect(planFromAnswers(site, 'product', answers.product).sku).toBe('LA-0003');
    const plan = planFromAnswers(site, 'product', answers.product);
    await applyPlan(root, publicDir, plan);
    const registry = JSON.parse(readFileSync(path.join(root, 'sku-registry.json'), 'utf8')) as {
      skus: Record<string, { file: string }>;
    };
    expect(registry.skus['LA-0003']?.file).toBe(`products/lang-a/${plan.slug}.mdx`);
    expect(Object.keys(registry.skus)).toEqual(['LA-0001', 'LA-0002', 'LA-0003']);
    expect(
      planFromAnswers(readSite(root), 'product', { ...answers.product, name: 'Giỏ khác' }).sku,
    ).toBe('LA-0004');
  });

  it('a draft (npm run new -- product --draft) only warns about its placeholders, in both files', async () => {
    const plan = planFromAnswers(readSite(root), 'product', answers.product, true);
    await applyPlan(root, publicDir, plan);
    const mine = (await checkContentWithImages(root, publicDir)).filter((p) =>
      p.file.includes(plan.slug),
    );
    expect(mine.some((p) => p.file.endsWith('.en.mdx'))).toBe(true);
    expect(mine.some((p) => p.field === 'dimensions')).toBe(true);
    expect(mine.some((p) => p.vi.includes('ảnh minh họa tạm'))).toBe(true);
    expect(mine.map((p) => p.severity)).not.toContain('error');
  });

  it('explains a wrong village or price in Vietnamese', () => {
    const site = readSite(root);
    expect(() =>
      planFromAnswers(site, 'product', { ...answers.product, village: 'lang-z' }),
    ).toThrow(/không có làng "lang-z"/);
    expect(() =>
      planFromAnswers(site, 'product', { ...answers.product, price: 'hai trăm' }),
    ).toThrow(/không phải số nguyên/);
    expect(() => planFromAnswers(site, 'news', { ...answers.news, start: '05/12/2026' })).toThrow(
      /NĂM-THÁNG-NGÀY/,
    );
  });
});

describe('npm run new -- village', () => {
  it('marks the sample map point, and not coordinates the representative gave', async () => {
    const site = readSite(root);
    const sample = planFromAnswers(site, 'village', answers.village);
    const given = planFromAnswers(site, 'village', {
      ...answers.village,
      name: 'Đông Phú',
      lat: '20.88',
      lng: '105.66',
    });
    await applyPlan(root, publicDir, sample);
    await applyPlan(root, publicDir, given);
    const coordinates = (await checkContentWithImages(root, publicDir)).filter(
      (p) => p.field === 'coordinates',
    );
    expect(coordinates.map((p) => [path.basename(p.file), p.severity])).toEqual([
      [`${sample.slug}.mdx`, 'error'],
    ]);
    expect(coordinates[0]?.vi).toContain('tọa độ vẫn là điểm mẫu');
  });
});

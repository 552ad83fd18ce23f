import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkExplore } from '@/tools/content-check/explore';
import { dateMessage } from '@/tools/content-check/explore-messages';
import { isIsoDay, newsSourceSchema } from '@/lib/content/schema-explore';
import { getArtisan, getArtisans, isPublishable } from '@/lib/content/artisans';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A throwaway content tree: { 'news/x.mdx': '...' } */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'explore-check-'));
  dirs.push(root);
  for (const [rel, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), body);
  }
  return root;
}

const village = `---\nname: "Làng"\ncrafts: [may-tre-dan]\n---\n`;
const news = (fields: string) =>
  `---\ntitle: "Hội chợ (mẫu)"\nkind: "fair"\n${fields}\nplace: "Xã Phú Nghĩa"\nsummary: "Mẫu."\nsample: true\n---\nNội dung.\n`;
const errors = (root: string) => checkExplore(root, root).filter((p) => p.severity === 'error');

describe('dates', () => {
  it.each(['2026-12-18', '2028-02-29'])('accepts %s', (d) => expect(isIsoDay(d)).toBe(true));
  it.each(['18/12/2026', '2026-02-30', '2026-13-01', '2026-1-5', '20261218', ''])(
    'rejects %s',
    (d) => expect(isIsoDay(d)).toBe(false),
  );

  it('accepts an unquoted YAML date (read as a Date) as the same day', () => {
    const root = tree({
      'villages/lang.mdx': village,
      'news/hoi-cho.mdx': news('start: 2026-12-18\nend: 2026-12-21'),
    });
    expect(errors(root)).toEqual([]);
    expect(
      newsSourceSchema.parse({
        title: 'a',
        kind: 'fair',
        start: new Date('2026-12-18T00:00:00Z'),
        place: 'p',
        summary: 's',
        sample: true,
      }).start,
    ).toBe('2026-12-18');
  });

  it.each([
    ['start: "18/12/2026"', 'start', '"18/12/2026"'],
    ['start: "2026-02-30"', 'start', '"2026-02-30"'],
    ['start: "2026-12-18"\nend: "21-12-2026"', 'end', '"21-12-2026"'],
    ['start: 20261218', 'start', '20261218'],
  ])('%s → a Vietnamese message naming the field', (fields, field, shown) => {
    const root = tree({ 'news/hoi-cho.mdx': news(fields) });
    const problem = errors(root).find((p) => p.field === field);
    expect(problem?.file).toBe('content/news/hoi-cho.mdx');
    expect(problem?.line).toBeGreaterThan(1);
    expect(problem?.vi).toContain(`trường "${field}"`);
    expect(problem?.vi).toContain('YYYY-MM-DD');
    expect(problem?.vi).toContain(shown);
    expect(problem?.en).toContain(`"${field}"`);
  });

  it('reports a missing start date by name', () => {
    const problem = errors(tree({ 'news/hoi-cho.mdx': news('') })).find((p) => p.field === 'start');
    expect(problem?.vi).toBe(dateMessage('start', undefined).vi);
  });

  it('rejects an end before the start', () => {
    const problem = errors(
      tree({ 'news/hoi-cho.mdx': news('start: "2026-12-18"\nend: "2026-12-01"') }),
    ).find((p) => p.field === 'end');
    expect(problem?.vi).toContain('không được trước ngày bắt đầu');
  });
});

describe('references and translations', () => {
  it('reports an unknown village and facts in an English twin', () => {
    const root = tree({
      'villages/lang.mdx': village,
      'news/hoi-cho.mdx': news('start: "2026-12-18"\nvillage: "khong-co"'),
      'news/hoi-cho.en.mdx': `---\ntitle: "Fair"\nsummary: "S"\nstart: "2026-12-18"\n---\n`,
    });
    const found = errors(root);
    expect(found.find((p) => p.field === 'village')?.vi).toContain('không có làng "khong-co"');
    expect(
      found.find((p) => p.file === 'content/news/hoi-cho.en.mdx' && p.field === 'start')?.vi,
    ).toContain('chỉ ghi trong file tiếng Việt');
  });

  it('checks the plan targets add up', () => {
    const root = tree({
      'settings/plan.yml':
        'plan: "119/KH-UBND"\nyear: 2020\ntotalTarget: 2000\ntargets:\n  - { key: decision-1956, target: 1260 }\n  - { key: industry-extension, target: 875 }\nreportedSample: true\n',
    });
    expect(errors(root).find((p) => p.field === 'totalTarget')?.vi).toContain('tổng');
  });

  it('accepts the real content folder', () => {
    expect(
      checkExplore(path.resolve('content'), path.resolve('public')).filter(
        (p) => p.severity === 'error',
      ),
    ).toEqual([]);
  });
});

describe('consent', () => {
  const artisan = (consent: boolean) =>
    `---\nname: "Thợ (hồ sơ mẫu)"\nvillage: "lang"\ncraft: "may-tre-dan"\nsummary: "Mẫu."\nportrait: { src: "/images/a.webp", alt: "Hình minh họa" }\nconsent: ${consent}\nsample: true\n---\nMẫu.\n`;
  const product = (slug: string) => `---\nartisan: "${slug}"\n---\n`;

  it('reports a product naming an unknown artisan, and warns when the artisan has not consented', () => {
    const root = tree({
      'villages/lang.mdx': village,
      'artisans/tho.mdx': artisan(false),
      'products/lang/gio.mdx': product('tho'),
      'products/lang/khay.mdx': product('khong-co'),
    });
    const found = checkExplore(root, root);
    expect(found.find((p) => p.file === 'content/products/lang/khay.mdx')?.vi).toContain(
      'không có nghệ nhân "khong-co"',
    );
    const warning = found.find((p) => p.file === 'content/products/lang/gio.mdx');
    expect(warning?.severity).toBe('warning');
    expect(warning?.vi).toContain('chưa đồng ý');
  });

  it('publishes only consent: true', () => {
    expect(isPublishable({ consent: true })).toBe(true);
    expect(isPublishable({ consent: false })).toBe(false);
  });

  it('keeps a profile without consent out of every listing and lookup', () => {
    const slugs = getArtisans('vi').map((a) => a.slug);
    expect(slugs.length).toBeGreaterThanOrEqual(3);
    expect(slugs).not.toContain('tho-dan-giang-dong-phuong-yen');
    expect(getArtisan('tho-dan-giang-dong-phuong-yen', 'vi')).toBeUndefined();
    expect(getArtisan('tho-dan-giang-dong-phuong-yen', 'en')).toBeUndefined();
    expect(getArtisans('en').every((a) => a.consent)).toBe(true);
  });
});

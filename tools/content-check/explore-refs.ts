import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { ExploreFile } from './explore';
import { lineOfField, type ContentProblem } from './problem';

type Data = Record<string, unknown>;

function frontmatters(dir: string): Map<string, Data> {
  const out = new Map<string, Data>();
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.mdx') || name.endsWith('.en.mdx')) continue;
    try {
      out.set(
        name.replace(/\.mdx$/, ''),
        matter(readFileSync(path.join(dir, name), 'utf8'), {}).data as Data,
      );
    } catch {
      // A broken village file is reported by the main check.
    }
  }
  return out;
}

const problem = (
  f: { file: string; source: string },
  field: string,
  vi: string,
  en: string,
): ContentProblem => ({
  file: f.file,
  field,
  line: lineOfField(f.source, field),
  severity: 'error',
  vi,
  en,
});

/** Every slug a tour, artisan, news item or product points at must exist (and make sense). */
export function checkReferences(
  files: ExploreFile[],
  root: string,
  label: string,
): ContentProblem[] {
  const villages = frontmatters(path.join(root, 'villages'));
  const known = [...villages.keys()].join(', ');
  const artisans = new Map(
    files.filter((f) => f.kind === 'artisan' && f.locale === 'vi').map((f) => [f.slug, f.data]),
  );
  const problems: ContentProblem[] = [];
  const villageRef = (f: ExploreFile, field: string, slug: unknown) => {
    if (typeof slug === 'string' && !villages.has(slug)) {
      problems.push(
        problem(
          f,
          field,
          `không có làng "${slug}"; dùng tên file của một làng trong content/villages (${known})`,
          `there is no village "${slug}"; use the file name of a village in content/villages (${known})`,
        ),
      );
    }
  };
  for (const f of files.filter((x) => x.locale === 'vi')) {
    const d = f.data;
    if (f.kind === 'tour') {
      const stops = Array.isArray(d.villages) ? d.villages : [];
      stops.forEach((v, i) => villageRef(f, `villages[${i}]`, v));
      (Array.isArray(d.schedule) ? (d.schedule as Data[]) : []).forEach((s, i) => {
        if (typeof s?.village === 'string' && !stops.includes(s.village)) {
          problems.push(
            problem(
              f,
              `schedule[${i}].village`,
              `làng "${s.village}" không có trong danh sách villages của tour (thêm vào villages hoặc sửa lại)`,
              `village "${s.village}" is not in the tour's villages (add it to villages or fix it)`,
            ),
          );
        }
      });
    }
    if (f.kind === 'artisan' || f.kind === 'news') villageRef(f, 'village', d.village);
    const crafts = typeof d.village === 'string' ? villages.get(d.village)?.crafts : undefined;
    if (
      f.kind === 'artisan' &&
      Array.isArray(crafts) &&
      typeof d.craft === 'string' &&
      !crafts.includes(d.craft)
    ) {
      problems.push(
        problem(
          f,
          'craft',
          `nghề "${d.craft}" không có trong danh sách nghề của làng (${crafts.join(', ')})`,
          `craft "${d.craft}" is not among the village's crafts (${crafts.join(', ')})`,
        ),
      );
    }
  }
  const productsDir = path.join(root, 'products');
  for (const folder of existsSync(productsDir) ? readdirSync(productsDir) : []) {
    const dir = path.join(productsDir, folder);
    for (const [slug, data] of frontmatters(dir)) {
      if (typeof data.artisan !== 'string') continue;
      const file = `${label}/products/${folder}/${slug}.mdx`;
      const source = readFileSync(path.join(dir, `${slug}.mdx`), 'utf8');
      const maker = artisans.get(data.artisan);
      if (maker && maker.consent !== true) {
        problems.push({
          ...problem(
            { file, source },
            'artisan',
            `nghệ nhân "${data.artisan}" chưa đồng ý đăng hồ sơ (consent: false): dòng “Người làm” sẽ không hiện`,
            `artisan "${data.artisan}" has not consented (consent: false): "made by" will not be shown`,
          ),
          severity: 'warning',
        });
      }
      if (maker) continue;
      problems.push(
        problem(
          { file, source },
          'artisan',
          `không có nghệ nhân "${data.artisan}"; dùng tên file trong content/artisans (${[...artisans.keys()].join(', ')})`,
          `there is no artisan "${data.artisan}"; use a file name in content/artisans (${[...artisans.keys()].join(', ')})`,
        ),
      );
    }
  }
  return problems;
}

export function checkExploreImages(files: ExploreFile[], publicDir: string): ContentProblem[] {
  const field = { tour: 'cover', news: 'cover', artisan: 'portrait' } as const;
  return files.flatMap((f) => {
    if (f.locale !== 'vi' || !(f.kind in field)) return [];
    const name = field[f.kind as keyof typeof field];
    const src = (f.data[name] as { src?: unknown } | undefined)?.src;
    if (
      typeof src !== 'string' ||
      !src.startsWith('/') ||
      src.includes('..') ||
      existsSync(path.join(publicDir, src))
    )
      return [];
    return [
      problem(
        f,
        `${name}.src`,
        `không tìm thấy ảnh public${src} (tải ảnh lên thư mục đó, hoặc sửa đường dẫn)`,
        `image public${src} not found (upload it there, or fix the path)`,
      ),
    ];
  });
}

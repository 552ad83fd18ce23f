import { CRAFTS, SLUG_PATTERN, type Craft } from '@/lib/content/schema';
import { NEWS_KINDS, isIsoDay, type NewsKind } from '@/lib/content/schema-explore';
import { freeSlug, nextSku, slugify, suggestSkuPrefix } from './names';
import type { Site } from './site';
import { renderNews, renderProduct, renderTour, renderVillage, type Rendered } from './templates';

export const SCAFFOLD_KINDS = ['product', 'village', 'tour', 'news'] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

/** A request the scaffolder cannot honour, explained in Vietnamese first. */
export class ScaffoldError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(`${vi}\n  EN: ${en}`);
    this.name = 'ScaffoldError';
  }
}

export interface Plan {
  kind: ScaffoldKind;
  slug: string;
  /** Paths relative to the content folder; the Vietnamese file first. */
  files: { path: string; content: string }[];
  image: { src: string; width: number; height: number };
  sku?: string;
}

const byCraft: Record<Craft, { materials: [string[], string[]]; care: [string, string] }> = {
  'may-tre-dan': {
    materials: [['Mây'], ['Rattan']],
    care: [
      'Để nơi khô thoáng, tránh mưa và nắng gắt; lau bụi bằng khăn khô.',
      'Keep dry and out of rain and harsh sun; dust with a dry cloth.',
    ],
  },
  'mo-go': {
    materials: [['Gỗ'], ['Wood']],
    care: [
      'Lau bằng khăn mềm hơi ẩm rồi lau khô; tránh để gần nguồn nhiệt.',
      'Wipe with a soft, slightly damp cloth, then dry; keep away from heat.',
    ],
  },
  'theu-ren': {
    materials: [
      ['Vải', 'Chỉ thêu'],
      ['Fabric', 'Embroidery thread'],
    ],
    care: [
      'Giặt tay nước lạnh, phơi trong bóng râm, là mặt trái.',
      'Hand-wash cold, dry in the shade, iron on the reverse.',
    ],
  },
};

function twin(folder: string, slug: string, r: Rendered): Plan['files'] {
  return [
    { path: `${folder}/${slug}.mdx`, content: r.vi },
    { path: `${folder}/${slug}.en.mdx`, content: r.en },
  ];
}

function pickSlug(wanted: string | undefined, name: string, taken: ReadonlySet<string>): string {
  const slug = wanted ?? freeSlug(slugify(name), taken);
  if (!SLUG_PATTERN.test(slug))
    throw new ScaffoldError(
      `tên tệp "${slug}" chỉ được gồm chữ thường không dấu, số và "-"`,
      `the file name "${slug}" may only hold lower-case letters, digits and "-"`,
    );
  return slug;
}

function villageOf(site: Site, slug: string) {
  const village = site.villages.find((v) => v.slug === slug);
  const known = site.villages.map((v) => v.slug).join(', ');
  if (!village)
    throw new ScaffoldError(
      `không có làng "${slug}"; chọn một trong: ${known}`,
      `there is no village "${slug}"; pick one of: ${known}`,
    );
  return village;
}

export interface ProductRequest {
  village: string;
  name: string;
  nameEn?: string;
  priceVnd: number;
  stock?: number;
  leadTimeDays?: number;
  craft?: string;
  slug?: string;
  draft?: boolean;
}

export function planProduct(site: Site, r: ProductRequest): Plan {
  const village = villageOf(site, r.village);
  const craft = (r.craft ?? village.crafts[0]) as Craft | undefined;
  if (!craft || !village.crafts.includes(craft)) {
    throw new ScaffoldError(
      `nghề "${r.craft}" không phải nghề của làng ${village.name} (${village.crafts.join(', ')})`,
      `craft "${r.craft}" is not one of ${village.name}'s crafts (${village.crafts.join(', ')})`,
    );
  }
  if (!Number.isInteger(r.priceVnd) || r.priceVnd <= 0)
    throw new ScaffoldError(
      'giá phải là số nguyên dương (ví dụ 250000)',
      'the price must be a positive whole number (e.g. 250000)',
    );
  const slug = pickSlug(r.slug, r.name, site.productSlugs);
  if (site.productSlugs.has(slug))
    throw new ScaffoldError(
      `đã có sản phẩm tên tệp "${slug}"`,
      `a product named "${slug}" already exists`,
    );
  const sku = nextSku(village.skuPrefix, site.skus);
  const image = { src: `/images/products/${sku.toLowerCase()}-1.webp`, width: 1200, height: 1200 };
  const { materials, care } = byCraft[craft];
  const rendered = renderProduct({
    sku,
    name: r.name,
    nameEn: r.nameEn,
    village: village.slug,
    craft,
    priceVnd: r.priceVnd,
    stock: r.stock,
    leadTimeDays: r.leadTimeDays ?? 14,
    sampleLeadTime: r.leadTimeDays === undefined,
    materials: materials[0],
    materialsEn: materials[1],
    care: care[0],
    careEn: care[1],
    image: image.src,
    published: !r.draft,
  });
  return {
    kind: 'product',
    slug,
    sku,
    image,
    files: twin(`products/${village.slug}`, slug, rendered),
  };
}

export interface VillageRequest {
  name: string;
  nameEn?: string;
  commune: string;
  crafts: string[];
  skuPrefix?: string;
  phone: string;
  lat?: number;
  lng?: number;
  summary?: string;
  summaryEn?: string;
  slug?: string;
}

export function planVillage(site: Site, r: VillageRequest): Plan {
  const crafts = r.crafts.filter((c): c is Craft => (CRAFTS as readonly string[]).includes(c));
  if (crafts.length === 0 || crafts.length !== r.crafts.length) {
    throw new ScaffoldError(
      `nghề phải là: ${CRAFTS.join(', ')} (đang là: ${r.crafts.join(', ') || 'trống'})`,
      `crafts must be among: ${CRAFTS.join(', ')} (got: ${r.crafts.join(', ') || 'none'})`,
    );
  }
  const taken = new Set(site.villages.map((v) => v.skuPrefix));
  const skuPrefix = r.skuPrefix ?? suggestSkuPrefix(r.name, taken);
  if (!/^[A-Z]{2,4}$/.test(skuPrefix) || taken.has(skuPrefix)) {
    throw new ScaffoldError(
      `tiền tố mã "${skuPrefix}" phải gồm 2–4 chữ in hoa và chưa làng nào dùng (đã dùng: ${[...taken].join(', ')})`,
      `SKU prefix "${skuPrefix}" must be 2–4 capitals not used by another village (taken: ${[...taken].join(', ')})`,
    );
  }
  const slug = pickSlug(r.slug, r.name, site.slugsIn('villages'));
  if (site.villages.some((v) => v.slug === slug))
    throw new ScaffoldError(
      `đã có làng tên tệp "${slug}"`,
      `a village named "${slug}" already exists`,
    );
  const image = { src: `/images/villages/${slug}/cover.webp`, width: 1600, height: 900 };
  const rendered = renderVillage({
    name: r.name,
    nameEn: r.nameEn,
    commune: r.commune,
    crafts,
    skuPrefix,
    // Roughly the middle of Chương Mỹ: a pin on the map until the real one is filled in (the file
    // says so, and the check holds it back until then).
    lat: r.lat ?? 20.9,
    lng: r.lng ?? 105.7,
    sampleCoordinates: r.lat === undefined || r.lng === undefined,
    phone: r.phone,
    summary: r.summary ?? `Làng nghề ${r.name} ở vùng Chương Mỹ.`,
    summaryEn: r.summaryEn ?? `The craft village of ${r.nameEn ?? r.name} in Chương Mỹ.`,
    cover: image.src,
  });
  return { kind: 'village', slug, image, files: twin('villages', slug, rendered) };
}

export interface TourRequest {
  title: string;
  titleEn?: string;
  summary?: string;
  summaryEn?: string;
  villages: string[];
  durationHours?: number;
  priceVnd?: number;
  phone: string;
  slug?: string;
}

export function planTour(site: Site, r: TourRequest): Plan {
  if (r.villages.length === 0)
    throw new ScaffoldError('tour cần ít nhất một làng', 'a tour needs at least one village');
  r.villages.forEach((v) => villageOf(site, v));
  const slug = pickSlug(r.slug, r.title, site.slugsIn('tours'));
  if (site.slugsIn('tours').has(slug))
    throw new ScaffoldError(
      `đã có tour tên tệp "${slug}"`,
      `a tour named "${slug}" already exists`,
    );
  const image = { src: `/images/tours/${slug}.webp`, width: 1600, height: 900 };
  const rendered = renderTour({
    title: r.title,
    titleEn: r.titleEn ?? r.title,
    summary: r.summary ?? `Tour ${r.title}.`,
    summaryEn: r.summaryEn ?? `The ${r.titleEn ?? r.title} tour.`,
    villages: r.villages,
    durationHours: r.durationHours ?? 4,
    sampleDuration: r.durationHours === undefined,
    untranslatedTitle: r.titleEn === undefined,
    priceVnd: r.priceVnd,
    phone: r.phone,
    cover: image.src,
  });
  return { kind: 'tour', slug, image, files: twin('tours', slug, rendered) };
}

export interface NewsRequest {
  title: string;
  titleEn?: string;
  kind?: string;
  start: string;
  end?: string;
  place: string;
  village?: string;
  summary?: string;
  summaryEn?: string;
  slug?: string;
}

export function planNews(site: Site, r: NewsRequest): Plan {
  const kind = (r.kind ?? 'news') as NewsKind;
  if (!NEWS_KINDS.includes(kind))
    throw new ScaffoldError(
      `loại tin phải là: ${NEWS_KINDS.join(', ')}`,
      `the kind must be one of: ${NEWS_KINDS.join(', ')}`,
    );
  for (const day of [r.start, r.end].filter((d): d is string => d !== undefined)) {
    if (!isIsoDay(day))
      throw new ScaffoldError(
        `ngày "${day}" phải viết dạng NĂM-THÁNG-NGÀY, ví dụ 2026-12-05`,
        `the date "${day}" must be written YEAR-MONTH-DAY, e.g. 2026-12-05`,
      );
  }
  if (r.end !== undefined && r.end < r.start)
    throw new ScaffoldError(
      'ngày kết thúc trước ngày bắt đầu',
      'the end date is before the start date',
    );
  if (r.village !== undefined) villageOf(site, r.village);
  const slug = pickSlug(r.slug, r.title, site.slugsIn('news'));
  if (site.slugsIn('news').has(slug))
    throw new ScaffoldError(
      `đã có tin tên tệp "${slug}"`,
      `a news item named "${slug}" already exists`,
    );
  const image = { src: `/images/news/${slug}.webp`, width: 1200, height: 675 };
  const rendered = renderNews({
    title: r.title,
    titleEn: r.titleEn ?? r.title,
    kind,
    start: r.start,
    end: r.end,
    place: r.place,
    village: r.village,
    summary: r.summary ?? r.title,
    summaryEn: r.summaryEn ?? r.titleEn ?? r.title,
    cover: image.src,
  });
  return { kind: 'news', slug, image, files: twin('news', slug, rendered) };
}

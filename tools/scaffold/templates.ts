import type { Craft } from '@/lib/content/schema';
import {
  newsNotes,
  newsTranslationNotes,
  productNotes,
  productTranslationNotes,
  tourNotes,
  tourTranslationNotes,
  villageNotes,
  villageTranslationNotes,
} from './fields';
import { PARAGRAPH_EN, PARAGRAPH_VI, PLACEHOLDER } from '../placeholders';
import { block, frontmatter, inline, list, q } from './yaml';

export interface Rendered {
  vi: string;
  en: string;
}

const UNTRANSLATED = `# ${PLACEHOLDER.untranslated}`;
/** After a tour's usual terms: plausible, but only the village can say they are its own. */
const CONFIRM = `  # ${PLACEHOLDER.confirm}`;

export interface ProductDraft {
  sku: string;
  name: string;
  /** undefined = not translated yet: the Vietnamese name stands in, marked for translation. */
  nameEn?: string;
  village: string;
  craft: Craft;
  priceVnd: number;
  /** Pieces on the shelf; undefined = made to order. */
  stock?: number;
  leadTimeDays: number;
  /** The lead time is the scaffold's default, not the maker's. */
  sampleLeadTime?: boolean;
  /** The craft's usual materials, for the maker to confirm. */
  materials: string[];
  materialsEn: string[];
  care: string;
  careEn: string;
  image: string;
  published: boolean;
}

export function renderProduct(d: ProductDraft): Rendered {
  const inStock = d.stock !== undefined && d.stock > 0;
  const vi = frontmatter(productNotes, [
    { key: 'sku', value: q(d.sku) },
    { key: 'name', value: q(d.name) },
    { key: 'village', value: q(d.village) },
    { key: 'craft', value: q(d.craft) },
    { key: 'priceVnd', value: String(d.priceVnd) },
    { key: 'availability', value: q(inStock ? 'in_stock' : 'made_to_order') },
    { key: 'stock', value: String(inStock ? d.stock : 1), off: !inStock },
    {
      key: 'leadTimeDays',
      value: `${d.leadTimeDays}${d.sampleLeadTime ? CONFIRM : ''}`,
      off: inStock,
    },
    { key: 'materials', value: list(d.materials) + CONFIRM },
    {
      key: 'dimensions',
      value: `${inline({ lengthCm: 30, widthCm: 30, heightCm: 20 })}  # ${PLACEHOLDER.measure}`,
    },
    { key: 'weightGrams', value: `500  # ${PLACEHOLDER.weigh}` },
    { key: 'images', value: block([inline({ src: d.image, alt: `Ảnh ${d.name.toLowerCase()}` })]) },
    { key: 'care', value: q(d.care) },
    { key: 'ocopStars', value: '3', off: true },
    { key: 'ocopSample', value: 'false', off: true },
    { key: 'tags', value: '[]' },
    { key: 'published', value: String(d.published) },
    { key: 'featured', value: 'false' },
    { key: 'redirectFrom', value: '[]' },
    { key: 'artisan', value: q('…'), off: true },
  ]);
  const en = frontmatter(productTranslationNotes, [
    { key: 'name', value: d.nameEn ? q(d.nameEn) : `${q(d.name)}  ${UNTRANSLATED}` },
    { key: 'materials', value: list(d.materialsEn) + CONFIRM },
    { key: 'care', value: q(d.careEn) },
    { key: 'imageAlts', value: block([q(`Photo of the ${(d.nameEn ?? d.name).toLowerCase()}`)]) },
  ]);
  return { vi: `${vi}${PARAGRAPH_VI}\n`, en: `${en}${PARAGRAPH_EN}\n` };
}

export interface VillageDraft {
  name: string;
  nameEn?: string;
  commune: string;
  crafts: Craft[];
  skuPrefix: string;
  lat: number;
  lng: number;
  /** The coordinates are the scaffold's sample point, not the village's. */
  sampleCoordinates?: boolean;
  phone: string;
  summary: string;
  summaryEn: string;
  cover: string;
}

export function renderVillage(d: VillageDraft): Rendered {
  const vi = frontmatter(villageNotes, [
    { key: 'name', value: q(d.name) },
    { key: 'commune', value: q(d.commune) },
    { key: 'formerCommune', value: q('…'), off: true },
    { key: 'historicalDistrict', value: q('Chương Mỹ') },
    { key: 'crafts', value: `[${d.crafts.join(', ')}]` },
    { key: 'skuPrefix', value: q(d.skuPrefix) },
    {
      key: 'recognition',
      value: inline({ title: 'Làng nghề truyền thống', sample: true }),
      off: true,
    },
    { key: 'collectiveTrademark', value: inline({ name: '…', sample: true }), off: true },
    { key: 'geographicIndication', value: inline({ name: '…', sample: true }), off: true },
    {
      key: 'coordinates',
      value: `${inline({ lat: d.lat, lng: d.lng })}${d.sampleCoordinates ? `  # ${PLACEHOLDER.locate}` : ''}`,
    },
    { key: 'cover', value: inline({ src: d.cover, alt: `Ảnh làng ${d.name}` }) },
    { key: 'gallery', value: '[]' },
    { key: 'contact', value: inline({ phone: d.phone }) },
    {
      key: 'pickup',
      value: inline({
        address: `${d.name}, ${d.commune}, Hà Nội`,
        hours: '8:00–17:00',
        sample: true,
      }),
      off: true,
    },
    { key: 'summary', value: q(d.summary) },
    { key: 'featured', value: 'false' },
    { key: 'showScanCount', value: 'false' },
    { key: 'takesCommissions', value: 'false' },
  ]);
  const en = frontmatter(villageTranslationNotes, [
    { key: 'name', value: d.nameEn ? q(d.nameEn) : `${q(d.name)}  ${UNTRANSLATED}` },
    { key: 'summary', value: q(d.summaryEn) },
    { key: 'coverAlt', value: q(`Photo of ${d.nameEn ?? d.name}`) },
    { key: 'galleryAlts', value: '[]' },
    { key: 'recognitionTitle', value: q('Traditional craft village'), off: true },
    { key: 'pickupHours', value: q('8:00–17:00'), off: true },
  ]);
  return { vi: `${vi}${PARAGRAPH_VI}\n`, en: `${en}${PARAGRAPH_EN}\n` };
}

export interface TourDraft {
  title: string;
  titleEn: string;
  summary: string;
  summaryEn: string;
  villages: string[];
  durationHours: number;
  /** The duration is the scaffold's default, not the village's. */
  sampleDuration?: boolean;
  /** The English title is the Vietnamese one, still to translate. */
  untranslatedTitle?: boolean;
  /** undefined = price on request */
  priceVnd?: number;
  phone: string;
  cover: string;
}

export function renderTour(d: TourDraft): Rendered {
  const vi = frontmatter(tourNotes, [
    { key: 'title', value: q(d.title) },
    { key: 'summary', value: q(d.summary) },
    {
      key: 'durationHours',
      value: `${d.durationHours}${d.sampleDuration ? CONFIRM : ''}`,
    },
    { key: 'villages', value: `[${d.villages.join(', ')}]` },
    {
      key: 'schedule',
      value: block(
        d.villages.map((v, i) =>
          inline({
            time: `${String(Math.min(8 + 2 * i, 20)).padStart(2, '0')}:00`,
            village: v,
            activity: `Ghé thăm xưởng ${PLACEHOLDER.rewriteVi}`,
          }),
        ),
      ),
    },
    { key: 'priceVnd', value: String(d.priceVnd ?? 500000), off: d.priceVnd === undefined },
    { key: 'priceOnRequest', value: 'true', off: d.priceVnd !== undefined },
    { key: 'included', value: list(['Hướng dẫn viên']) + CONFIRM },
    { key: 'meetingPoint', value: q(`Nhà văn hóa thôn ${PLACEHOLDER.rewriteVi}`) },
    { key: 'season', value: q('Quanh năm') + CONFIRM },
    { key: 'groupSize', value: inline({ min: 2, max: 15 }) + CONFIRM },
    { key: 'guideLanguages', value: '[vi]' + CONFIRM },
    { key: 'contact', value: inline({ phone: d.phone }) },
    { key: 'cover', value: inline({ src: d.cover, alt: `Ảnh tour ${d.title}` }) },
    { key: 'sample', value: 'false' },
  ]);
  const en = frontmatter(tourTranslationNotes, [
    {
      key: 'title',
      value: d.untranslatedTitle ? `${q(d.titleEn)}  ${UNTRANSLATED}` : q(d.titleEn),
    },
    { key: 'summary', value: q(d.summaryEn) },
    {
      key: 'activities',
      value: block(d.villages.map(() => q(`Workshop visit ${PLACEHOLDER.rewriteEn}`))),
    },
    { key: 'included', value: list(['Guide']) + CONFIRM },
    { key: 'meetingPoint', value: q(`Village hall ${PLACEHOLDER.rewriteEn}`) },
    { key: 'season', value: q('All year') + CONFIRM },
    { key: 'coverAlt', value: q(`Photo for the tour ${d.titleEn}`) },
  ]);
  return { vi: `${vi}${PARAGRAPH_VI}\n`, en: `${en}${PARAGRAPH_EN}\n` };
}

export interface NewsDraft {
  title: string;
  titleEn: string;
  kind: 'fair' | 'exhibition' | 'training' | 'news';
  start: string;
  end?: string;
  place: string;
  village?: string;
  summary: string;
  summaryEn: string;
  cover: string;
}

export function renderNews(d: NewsDraft): Rendered {
  const vi = frontmatter(newsNotes, [
    { key: 'title', value: q(d.title) },
    { key: 'kind', value: q(d.kind) },
    { key: 'start', value: q(d.start) },
    { key: 'end', value: q(d.end ?? d.start), off: d.end === undefined },
    { key: 'place', value: q(d.place) },
    { key: 'village', value: q(d.village ?? '…'), off: d.village === undefined },
    { key: 'summary', value: q(d.summary) },
    { key: 'cover', value: inline({ src: d.cover, alt: `Ảnh ${d.title}` }) },
    { key: 'sample', value: 'false' },
  ]);
  const en = frontmatter(newsTranslationNotes, [
    { key: 'title', value: q(d.titleEn) },
    { key: 'summary', value: q(d.summaryEn) },
    { key: 'place', value: q(d.place) },
    { key: 'coverAlt', value: q(`Photo: ${d.titleEn}`) },
  ]);
  return { vi: `${vi}${PARAGRAPH_VI}\n`, en: `${en}${PARAGRAPH_EN}\n` };
}

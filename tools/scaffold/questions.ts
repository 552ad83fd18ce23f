import { parseWholeNumber } from './names';
import {
  ScaffoldError,
  planNews,
  planProduct,
  planTour,
  planVillage,
  type Plan,
  type ScaffoldKind,
} from './plan';
import type { Site } from './site';

/** One value `npm run new` needs: taken from `--flag`, else asked (when `ask`), else left to its default. */
export interface Question {
  flag: string;
  prompt: string;
  required?: boolean;
  ask?: boolean;
}

export const questions: Record<ScaffoldKind, Question[]> = {
  product: [
    { flag: 'village', prompt: 'Làng (tên tệp, ví dụ phu-vinh)', required: true },
    { flag: 'name', prompt: 'Tên sản phẩm (tiếng Việt, có dấu)', required: true },
    { flag: 'price', prompt: 'Giá bán (đồng, ví dụ 250000)', required: true },
    { flag: 'stock', prompt: 'Số lượng đang có trên kệ (để trống = làm theo đơn)', ask: true },
    { flag: 'name-en', prompt: 'Tên tiếng Anh (để trống = dịch sau)', ask: true },
    { flag: 'craft', prompt: 'Nghề (may-tre-dan | mo-go | theu-ren)' },
    { flag: 'lead-time', prompt: 'Số ngày làm theo đơn' },
    { flag: 'slug', prompt: 'Tên tệp' },
  ],
  village: [
    { flag: 'name', prompt: 'Tên làng (không kèm chữ “Làng”)', required: true },
    { flag: 'commune', prompt: 'Xã/phường hiện nay (ví dụ Xã Phú Nghĩa)', required: true },
    {
      flag: 'crafts',
      prompt: 'Nghề, cách nhau bằng dấu phẩy (may-tre-dan, mo-go, theu-ren)',
      required: true,
    },
    { flag: 'phone', prompt: 'Số điện thoại liên hệ', required: true },
    {
      flag: 'prefix',
      prompt: 'Tiền tố mã sản phẩm, 2–4 chữ in hoa (để trống = tự đặt)',
      ask: true,
    },
    { flag: 'name-en', prompt: 'Tên tiếng Anh' },
    { flag: 'lat', prompt: 'Vĩ độ' },
    { flag: 'lng', prompt: 'Kinh độ' },
    { flag: 'summary', prompt: 'Giới thiệu ngắn' },
    { flag: 'slug', prompt: 'Tên tệp' },
  ],
  tour: [
    { flag: 'title', prompt: 'Tên tour (tiếng Việt, có dấu)', required: true },
    {
      flag: 'villages',
      prompt: 'Các làng ghé thăm, cách nhau bằng dấu phẩy (ví dụ phu-vinh, truong-yen)',
      required: true,
    },
    { flag: 'phone', prompt: 'Số điện thoại đặt tour', required: true },
    { flag: 'price', prompt: 'Giá mỗi người (đồng; để trống = báo giá khi hỏi)', ask: true },
    { flag: 'hours', prompt: 'Thời lượng (giờ)', ask: true },
    { flag: 'title-en', prompt: 'Tên tiếng Anh' },
    { flag: 'summary', prompt: 'Giới thiệu ngắn' },
    { flag: 'slug', prompt: 'Tên tệp' },
  ],
  news: [
    { flag: 'title', prompt: 'Tiêu đề tin (tiếng Việt, có dấu)', required: true },
    {
      flag: 'start',
      prompt: 'Ngày bắt đầu, dạng NĂM-THÁNG-NGÀY (ví dụ 2026-12-05)',
      required: true,
    },
    { flag: 'place', prompt: 'Địa điểm', required: true },
    { flag: 'kind', prompt: 'Loại tin: fair | exhibition | training | news', ask: true },
    { flag: 'end', prompt: 'Ngày kết thúc (để trống nếu chỉ một ngày)', ask: true },
    { flag: 'village', prompt: 'Làng liên quan (tên tệp; để trống nếu không có)' },
    { flag: 'title-en', prompt: 'Tiêu đề tiếng Anh' },
    { flag: 'summary', prompt: 'Tóm tắt' },
    { flag: 'slug', prompt: 'Tên tệp' },
  ],
};

export type Answers = Record<string, string | undefined>;

function whole(answers: Answers, flag: string): number | undefined {
  const raw = answers[flag]?.trim();
  if (!raw) return undefined;
  const n = parseWholeNumber(raw);
  if (n === undefined)
    throw new ScaffoldError(
      `--${flag}: "${raw}" không phải số nguyên (ví dụ 250000)`,
      `--${flag}: "${raw}" is not a whole number (e.g. 250000)`,
    );
  return n;
}

function decimal(answers: Answers, flag: string): number | undefined {
  const raw = answers[flag]?.trim();
  if (!raw) return undefined;
  const n = Number(raw.replace(',', '.'));
  if (!Number.isFinite(n))
    throw new ScaffoldError(
      `--${flag}: "${raw}" không phải số`,
      `--${flag}: "${raw}" is not a number`,
    );
  return n;
}

const text = (answers: Answers, flag: string) => answers[flag]?.trim() || undefined;
const listOf = (answers: Answers, flag: string) =>
  (answers[flag] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function required(answers: Answers, flag: string): string {
  const value = text(answers, flag);
  if (!value) throw new ScaffoldError(`thiếu --${flag}`, `--${flag} is missing`);
  return value;
}

/** Turns the answers (all strings, as typed) into a plan; every mistake becomes a ScaffoldError. */
export function planFromAnswers(site: Site, kind: ScaffoldKind, a: Answers, draft = false): Plan {
  switch (kind) {
    case 'product':
      return planProduct(site, {
        village: required(a, 'village'),
        name: required(a, 'name'),
        nameEn: text(a, 'name-en'),
        priceVnd: whole({ price: required(a, 'price') }, 'price') ?? 0,
        stock: whole(a, 'stock'),
        leadTimeDays: whole(a, 'lead-time'),
        craft: text(a, 'craft'),
        slug: text(a, 'slug'),
        draft,
      });
    case 'village':
      return planVillage(site, {
        name: required(a, 'name'),
        nameEn: text(a, 'name-en'),
        commune: required(a, 'commune'),
        crafts: listOf(a, 'crafts'),
        skuPrefix: text(a, 'prefix')?.toUpperCase(),
        phone: required(a, 'phone'),
        lat: decimal(a, 'lat'),
        lng: decimal(a, 'lng'),
        summary: text(a, 'summary'),
        slug: text(a, 'slug'),
      });
    case 'tour':
      return planTour(site, {
        title: required(a, 'title'),
        titleEn: text(a, 'title-en'),
        villages: listOf(a, 'villages'),
        phone: required(a, 'phone'),
        priceVnd: whole(a, 'price'),
        durationHours: decimal(a, 'hours'),
        summary: text(a, 'summary'),
        slug: text(a, 'slug'),
      });
    case 'news':
      return planNews(site, {
        title: required(a, 'title'),
        titleEn: text(a, 'title-en'),
        start: required(a, 'start'),
        end: text(a, 'end'),
        place: required(a, 'place'),
        kind: text(a, 'kind'),
        village: text(a, 'village'),
        summary: text(a, 'summary'),
        slug: text(a, 'slug'),
      });
  }
}

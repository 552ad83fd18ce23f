import type {
  ProductSource,
  ProductTranslation,
  VillageSource,
  VillageTranslation,
} from '@/lib/content/schema';
import type {
  NewsSource,
  NewsTranslation,
  TourSource,
  TourTranslation,
} from '@/lib/content/schema-explore';

/**
 * The one-line Vietnamese comment written above each frontmatter field of a new file (and the English
 * one in the .en.mdx twin). Typed as Record<keyof Schema, …>, so a field added to a schema without a
 * comment here fails the type check instead of reaching representatives unexplained.
 */
export const productNotes: Record<keyof ProductSource, string> = {
  sku: 'Mã sản phẩm (SKU) — in trên tem QR, KHÔNG BAO GIỜ đổi',
  name: 'Tên sản phẩm, viết đầy đủ dấu',
  village: 'Làng sản xuất — tên tệp của làng trong content/villages',
  craft: 'Nghề: may-tre-dan | mo-go | theu-ren (phải là một nghề của làng)',
  priceVnd: 'Giá bán (đồng) — chỉ ghi số, không dấu chấm, không chữ “đ” (ví dụ 250000)',
  availability:
    'Tình trạng: in_stock (còn hàng) | made_to_order (làm theo đơn) | sold_out (hết hàng)',
  stock: 'Số lượng đang có trên kệ — chỉ ghi khi availability là in_stock',
  leadTimeDays: 'Số ngày làm xong một chiếc — bắt buộc khi availability là made_to_order',
  materials: 'Chất liệu, mỗi thứ một mục',
  dimensions: 'Kích thước (cm): lengthCm dài, widthCm rộng, heightCm cao — ghi ít nhất một',
  weightGrams: 'Khối lượng (gam), số nguyên',
  images:
    'Ảnh sản phẩm (vuông): đường dẫn trong public/ và mô tả ảnh (alt) cho người không nhìn thấy',
  care: 'Hướng dẫn bảo quản, một hai câu',
  ocopStars: 'Số sao OCOP: 3, 4 hoặc 5 — chỉ ghi khi sản phẩm đã được chứng nhận (không bắt buộc)',
  ocopSample: 'true = số sao OCOP là dữ liệu mẫu (không bắt buộc)',
  tags: 'Nhãn phân loại: chữ thường, không dấu, nối bằng gạch ngang (không bắt buộc)',
  published: 'true = hiện trên trang; false = tạm ẩn',
  featured: 'true = đưa lên mục sản phẩm nổi bật (không bắt buộc)',
  redirectFrom: 'Tên tệp cũ, nếu đã đổi tên tệp — đường dẫn cũ vẫn mở được (không bắt buộc)',
  artisan: 'Người làm — tên tệp của nghệ nhân trong content/artisans (không bắt buộc)',
};

export const productTranslationNotes: Record<keyof ProductTranslation, string> = {
  name: 'Product name in English',
  materials: 'Materials in English, same order as the Vietnamese file',
  care: 'Care instructions in English',
  imageAlts: 'Image alt texts in English, same order as the images',
};

export const villageNotes: Record<keyof VillageSource, string> = {
  name: 'Tên làng, không kèm chữ “Làng”',
  commune: 'Xã/phường hiện nay (theo địa giới từ 1/7/2025)',
  formerCommune: 'Xã cũ trước năm 2025 (không bắt buộc)',
  historicalDistrict: 'Vùng lịch sử — luôn ghi “Chương Mỹ”',
  crafts: 'Nghề của làng: may-tre-dan (mây tre đan), mo-go (mộc, chạm gỗ), theu-ren (thêu ren)',
  skuPrefix: 'Tiền tố mã sản phẩm: 2–4 chữ in hoa, đặt một lần rồi KHÔNG đổi',
  recognition:
    'Danh hiệu làng nghề: title, year, issuer, sample (không bắt buộc; năm chỉ ghi khi có nguồn)',
  collectiveTrademark: 'Nhãn hiệu tập thể: name, holder, sample (không bắt buộc)',
  geographicIndication: 'Chỉ dẫn địa lý: name, holder, sample (không bắt buộc)',
  coordinates:
    'Tọa độ trên bản đồ (vĩ độ lat, kinh độ lng) — lấy từ Google Maps: nhấn giữ vào làng',
  cover: 'Ảnh bìa 16:9: đường dẫn trong public/ và mô tả ảnh (alt)',
  gallery: 'Bộ ảnh thêm, mỗi ảnh một dòng (không bắt buộc)',
  contact: 'Liên hệ: phone (bắt buộc), zalo, email (không bắt buộc)',
  pickup:
    'Nhận hàng tại làng: address, hours, sample — hiện trên trang đơn hàng của người chọn nhận tại làng (không bắt buộc)',
  summary: 'Giới thiệu ngắn, một hai câu',
  featured: 'true = hiện trên trang chủ (không bắt buộc)',
  showScanCount: 'true = hiện số lượt quét QR trên trang làng (không bắt buộc)',
  takesCommissions:
    'true = làng nhận làm theo đơn: sản phẩm hết hàng hiện cách liên hệ đặt làm (không bắt buộc)',
};

export const villageTranslationNotes: Record<keyof VillageTranslation, string> = {
  name: 'Village name in English (Vietnamese diacritics usually stay)',
  summary: 'One or two sentences',
  coverAlt: 'Alt text for the cover image',
  galleryAlts: 'Alt texts for the gallery, same order as the Vietnamese file',
  recognitionTitle: 'Recognition title in English',
  pickupHours: 'Pick-up hours in English (the address stays as in the Vietnamese file)',
};

export const tourNotes: Record<keyof TourSource, string> = {
  title: 'Tên tour, viết đầy đủ dấu',
  summary: 'Giới thiệu ngắn, một hai câu',
  durationHours: 'Thời lượng (giờ)',
  villages: 'Các làng ghé thăm, theo đúng thứ tự (tên tệp làng trong content/villages)',
  schedule: 'Lịch trình theo giờ: time (HH:MM), village (không bắt buộc), activity',
  priceVnd:
    'Giá mỗi người (đồng), số viết liền. Không có giá thì bỏ dòng này và ghi priceOnRequest: true',
  priceOnRequest: 'true = giá báo khi hỏi (chỉ dùng khi không ghi priceVnd)',
  included: 'Bao gồm những gì, mỗi thứ một mục',
  meetingPoint: 'Điểm hẹn',
  season: 'Mùa phù hợp',
  groupSize: 'Số khách mỗi đoàn: min (ít nhất), max (nhiều nhất)',
  guideLanguages: 'Ngôn ngữ của hướng dẫn viên (mã 2 chữ: vi, en, fr…)',
  contact: 'Liên hệ đặt tour: phone (bắt buộc), email (không bắt buộc)',
  cover: 'Ảnh bìa 16:9 và mô tả ảnh (alt)',
  sample: 'true = tour mẫu để trình diễn; false = tour thật',
};

export const tourTranslationNotes: Record<keyof TourTranslation, string> = {
  title: 'Tour title in English',
  summary: 'One or two sentences',
  activities: 'Activities in English, same order as the Vietnamese schedule',
  included: 'What is included, same order',
  meetingPoint: 'Meeting point in English',
  season: 'Season in English',
  coverAlt: 'Alt text for the cover image',
};

export const newsNotes: Record<keyof NewsSource, string> = {
  title: 'Tiêu đề tin, viết đầy đủ dấu',
  kind: 'Loại tin: fair (hội chợ) | exhibition (triển lãm) | training (lớp học) | news (tin)',
  start: 'Ngày bắt đầu, dạng NĂM-THÁNG-NGÀY (ví dụ 2026-12-05)',
  end: 'Ngày kết thúc, dạng NĂM-THÁNG-NGÀY, không trước ngày bắt đầu (không bắt buộc)',
  place: 'Địa điểm',
  village: 'Làng liên quan — tên tệp làng trong content/villages (không bắt buộc)',
  summary: 'Tóm tắt, một hai câu',
  cover: 'Ảnh bìa 16:9 và mô tả ảnh (alt) (không bắt buộc)',
  sample: 'true = tin mẫu để trình diễn; false = tin thật',
};

export const newsTranslationNotes: Record<keyof NewsTranslation, string> = {
  title: 'Title in English',
  summary: 'One or two sentences',
  place: 'Place in English',
  coverAlt: 'Alt text for the cover image',
};

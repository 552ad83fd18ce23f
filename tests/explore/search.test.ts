import { describe, expect, it } from 'vitest';
import { fold, tokens } from '@/lib/search/fold';
import { search, SHOWN_RESULTS, toEntry, type SearchEntry } from '@/lib/search/rank';

const docs: SearchEntry[] = [
  toEntry({
    kind: 'product',
    title: 'Giỏ mây tròn có nắp',
    url: '/vi/products/gio-may-tron-co-nap',
    detail: 'Phú Vinh',
    body: 'Mây Phú Vinh Mây tre đan PV-0001',
  }),
  toEntry({
    kind: 'product',
    title: 'Lẵng giang quai xách',
    url: '/vi/products/lan-giang-quai-xach',
    detail: 'Đông Phương Yên',
    body: 'Giang Đông Phương Yên Mây tre đan',
  }),
  toEntry({
    kind: 'product',
    title: 'Hộp gỗ chạm hoa sen',
    url: '/vi/products/hop-go-cham-hoa-sen',
    detail: 'Phù Yên',
    body: 'Gỗ mít Phù Yên Mộc, chạm gỗ',
  }),
  toEntry({
    kind: 'product',
    title: 'Khăn trải bàn thêu hoa sen',
    url: '/vi/products/khan-trai-ban',
    detail: 'Văn Võ',
    body: 'Vải lanh Chỉ thêu Văn Võ Thêu ren',
  }),
  toEntry({
    kind: 'product',
    title: 'Đèn mây thả trần hình cầu',
    url: '/vi/products/den-may',
    detail: 'Phú Vinh',
    body: 'Mây Phú Vinh Mây tre đan',
  }),
  toEntry({
    kind: 'product',
    title: 'Set of 3 rattan storage boxes',
    url: '/en/products/bo-3-hop-may',
    detail: 'Phú Vinh',
    body: 'Rattan Cotton lining Rattan, bamboo and giang weaving',
  }),
  toEntry({
    kind: 'village',
    title: 'Phú Vinh',
    url: '/vi/villages/phu-vinh',
    detail: 'Xã Phú Nghĩa',
    body: 'Làng được mệnh danh là anh cả của nghề mây tre đan Xã Phú Nghĩa Mây tre đan',
  }),
  toEntry({
    kind: 'village',
    title: 'Đông Phương Yên',
    url: '/vi/villages/dong-phuong-yen',
    detail: 'Xã Phú Nghĩa',
    body: 'Vùng đan giang Xã Phú Nghĩa Mây tre đan',
  }),
  toEntry({
    kind: 'village',
    title: 'Văn Võ',
    url: '/vi/villages/van-vo',
    detail: 'Xã Hòa Phú',
    body: 'Thêu ren Xã Hòa Phú',
  }),
  toEntry({
    kind: 'artisan',
    title: 'Nghệ nhân đan mây Phú Vinh (hồ sơ mẫu)',
    url: '/vi/artisans/nghe-nhan',
    detail: 'Phú Vinh',
    body: 'thợ đan mây lâu năm',
  }),
  toEntry({
    kind: 'tour',
    title: 'Một ngày mây tre đan ở Phú Nghĩa (tour mẫu)',
    url: '/vi/tours/mot-ngay',
    detail: 'Phú Vinh → Trường Yên',
    body: 'Phú Vinh Trường Yên Đông Phương Yên',
  }),
  toEntry({
    kind: 'tour',
    title: 'Gỗ và mây: nửa ngày Phù Yên – Quảng Bị (tour mẫu)',
    url: '/vi/tours/go-va-may',
    detail: 'Phù Yên → Quảng Bị',
    body: 'xưởng mộc CNC',
  }),
];

const urls = (q: string) => search(docs, q).map((d) => d.url);

describe('fold', () => {
  it.each([
    ['Mây tre Đan', 'may tre dan'],
    ['ĐÔNG PHƯƠNG YÊN', 'dong phuong yen'],
    ['Thêu ren', 'theu ren'],
    ['Hòa Phú', 'hoa phu'],
    // Decomposed input (some keyboards) folds the same as precomposed.
    ['Me\u0302\u0301', 'me'],
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it('splits on punctuation', () => {
    expect(tokens('Gỗ và mây: nửa ngày Phù Yên – Quảng Bị')).toEqual([
      'go',
      'va',
      'may',
      'nua',
      'ngay',
      'phu',
      'yen',
      'quang',
      'bi',
    ]);
  });
});

// query → a URL that must be among the results (and, where given, the first one)
const table: [query: string, expected: string, first?: boolean][] = [
  ['may tre dan', '/vi/tours/mot-ngay', true],
  ['may tre dan', '/vi/villages/phu-vinh'],
  ['mây tre đan', '/vi/products/gio-may-tron-co-nap'],
  ['dan', '/vi/artisans/nghe-nhan'],
  ['đan', '/vi/artisans/nghe-nhan'],
  ['DAN', '/vi/villages/dong-phuong-yen'],
  ['gio may', '/vi/products/gio-may-tron-co-nap', true],
  ['GIỎ MÂY', '/vi/products/gio-may-tron-co-nap', true],
  ['phu vinh', '/vi/villages/phu-vinh', true],
  ['Phú Vinh', '/vi/villages/phu-vinh', true],
  ['dong phuong yen', '/vi/villages/dong-phuong-yen', true],
  ['van vo', '/vi/villages/van-vo', true],
  ['theu', '/vi/products/khan-trai-ban'],
  ['hoa sen', '/vi/products/hop-go-cham-hoa-sen'],
  ['hoa sen', '/vi/products/khan-trai-ban'],
  ['den', '/vi/products/den-may', true],
  ['go', '/vi/products/hop-go-cham-hoa-sen'],
  ['lang giang', '/vi/products/lan-giang-quai-xach'],
  ['giang', '/vi/products/lan-giang-quai-xach', true],
  ['rattan', '/en/products/bo-3-hop-may', true],
  ['RATTAN BOX', '/en/products/bo-3-hop-may', true],
  ['cnc', '/vi/tours/go-va-may'],
  ['pv-0001', '/vi/products/gio-may-tron-co-nap', true],
  ['  tre   dan  ', '/vi/tours/mot-ngay'],
];

describe('search', () => {
  it.each(table)('"%s" finds %s', (query, expected, first) => {
    const found = urls(query);
    expect(found).toContain(expected);
    if (first) expect(found[0]).toBe(expected);
  });

  it('has at least 20 query → hit pairs', () => {
    expect(table.length).toBeGreaterThanOrEqual(20);
  });

  it('requires every word to match', () => {
    expect(urls('may sen')).toEqual([]);
    expect(urls('xyz')).toEqual([]);
    expect(urls('')).toEqual([]);
    expect(urls('   ')).toEqual([]);
  });

  it('ranks title hits before body-only hits', () => {
    const found = urls('phu vinh');
    expect(found.indexOf('/vi/villages/phu-vinh')).toBeLessThan(
      found.indexOf('/vi/products/gio-may-tron-co-nap'),
    );
  });

  it('ranks a whole-word title hit before a prefix title hit', () => {
    const entries = [
      toEntry({ kind: 'product', title: 'Đèn lồng', url: '/a', detail: '', body: '' }),
      toEntry({ kind: 'product', title: 'Đen', url: '/b', detail: '', body: '' }),
    ];
    expect(search(entries, 'den').map((e) => e.url)).toEqual(['/b', '/a']);
  });

  it('returns every match, so the page can count them all (it lists the first SHOWN_RESULTS)', () => {
    const many = Array.from({ length: SHOWN_RESULTS + 7 }, (_, i) =>
      toEntry({ kind: 'product', title: `Giỏ mây ${i}`, url: `/p${i}`, detail: '', body: '' }),
    );
    expect(search(many, 'gio may')).toHaveLength(SHOWN_RESULTS + 7);
  });
});

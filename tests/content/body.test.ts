import { describe, expect, it } from 'vitest';
import { checkBody } from '@/tools/content-check/body';
import { bodyToHtml } from '@/tools/content-build/markdown';

const errors = (body: string) => checkBody('content/x.mdx', body, 10);

describe('the body check', () => {
  it('accepts what the guide teaches: headings, emphasis, lists, links, pictures, quotes, tables', () => {
    const body = [
      '## Lịch sử',
      '',
      'Làng **Phú Vinh** có nghề *mây tre đan*.  ',
      'Dòng mới sau hai dấu cách.',
      '',
      '- Giỏ',
      '1. Khay',
      '',
      '> Lời kể của người thợ.',
      '',
      '[Hỏi mua](tel:+84912345678) · [Thư](mailto:a@b.vn) · [Trang làng](/vi/villages/phu-vinh) · [Bản đồ](https://www.openstreetmap.org/)',
      '',
      '![Giỏ mây](/images/products/gio.webp)',
      '',
      '| Cỡ | Giá |',
      '| --- | ---: |',
      '| Nhỏ | 250000 |',
      '',
      'Dấu ngoặc viết tay: \\{ và \\}, mã `{x}` trong dấu huyền.',
      '',
      '<!-- ghi chú cho người sửa sau -->',
    ].join('\n');
    expect(errors(body)).toEqual([]);
  });

  it.each([
    ['<SCRIPT>alert(1)</SCRIPT>', '<script>'],
    ['<ScRiPt src="https://evil.example/x.js"></ScRiPt>', '<script>'],
    ['[x](JaVaScRiPt:alert(1))', '"javascript:"'],
    ['<a href="&#106;avascript:alert(1)">x</a>', '"javascript:"'],
    ['<a href="  javascript:alert(1)">x</a>', '"javascript:"'],
    ['<a href="java&#x09;script:alert(1)">x</a>', '"javascript:"'],
    ['[x][ref]\n\n[ref]: javascript:alert(1)', '"javascript:"'],
    ['<javascript:alert(1)>', '"javascript:"'],
    ['<img src="/images/a.webp" alt="a" ONLOAD="x()">', 'onload='],
    ['<a href="/vi" onmouseover="x()">x</a>', 'onmouseover='],
    ['<Gallery />', 'thành phần <Gallery>'],
    ['<p class="x">a</p>', 'class='],
    ['[x](ftp://evil.example/)', 'liên kết "ftp://evil.example/"'],
    ['[x](//evil.example/)', 'liên kết "//evil.example/"'],
    ['# Tiêu đề lớn', 'dùng ##'],
    ['a {b} c', 'dấu ngoặc nhọn'],
    ['Giá }', 'dấu ngoặc nhọn'],
  ])('refuses %s', (body, message) => {
    const found = errors(body);
    expect(found.map((p) => p.vi).join('\n')).toContain(message);
    expect(found.every((p) => p.severity === 'error' && p.en.length > 10)).toBe(true);
  });

  it('points at the line of the construct, counted in the whole file', () => {
    const found = errors('Đoạn một.\n\nĐoạn hai.\n\n<script>x</script>');
    expect(found[0]?.line).toBe(14);
  });
});

describe('the body pipeline (what the build stores)', () => {
  it('turns Markdown into plain HTML, with outside links marked and pictures lazy', async () => {
    const html = await bodyToHtml(
      '## Nghề\n\nChữ **đậm** [OSM](https://www.openstreetmap.org/).\n\n![Giỏ](/images/gio.webp)\n\n| a | b |\n| :-: | - |\n| 1 | 2 |',
    );
    expect(html).toContain('<h2>Nghề</h2>');
    expect(html).toContain('<strong>đậm</strong>');
    expect(html).toContain(
      '<a href="https://www.openstreetmap.org/" rel="noopener noreferrer">OSM</a>',
    );
    expect(html).toContain(
      '<img src="/images/gio.webp" alt="Giỏ" loading="lazy" decoding="async">',
    );
    expect(html).toContain('<table>');
    // GitHub-style column alignment would be an obsolete HTML attribute: dropped.
    expect(html).not.toContain('align=');
  });

  it('keeps the words of what it drops and drops what runs', async () => {
    const html = await bodyToHtml(
      '<div class="x" style="color:red">Chữ giữ lại</div>\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) ![p](https://tracker.example/p.gif)',
    );
    expect(html).toContain('Chữ giữ lại');
    expect(html).not.toMatch(/<div|style=|class=|<script|alert\(1\)<\/script|javascript:|tracker/);
  });
});

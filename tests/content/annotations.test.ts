import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatAnnotation, formatSummary, type ContentProblem } from '@/tools/content-check';

const price: ContentProblem = {
  file: 'content/products/phu-vinh/gio.mdx',
  field: 'priceVnd',
  line: 11,
  severity: 'error',
  vi: 'phải là số viết liền (đang là "320.000đ")',
  en: 'must be a plain number (got "320.000đ")',
};

describe('GitHub annotations of content problems', () => {
  it('puts an error on its file and line, Vietnamese then English', () => {
    expect(formatAnnotation(price)).toBe(
      '::error file=content/products/phu-vinh/gio.mdx,line=11,title=priceVnd::' +
        'phải là số viết liền (đang là "320.000đ")%0AEN: must be a plain number (got "320.000đ")',
    );
  });

  it('escapes what would end a property or the command, and leaves out a missing line', () => {
    const odd: ContentProblem = {
      file: 'content/a,b:c.mdx',
      field: 'images[0].src, alt',
      severity: 'warning',
      vi: '100% sai\ndòng hai',
      en: 'x',
    };
    expect(formatAnnotation(odd)).toBe(
      '::warning file=content/a%2Cb%3Ac.mdx,title=images[0].src%2C alt::100%25 sai%0Adòng hai%0AEN: x',
    );
  });

  it('lists every problem in a table for the run page, with counts and table-safe text', () => {
    const component: ContentProblem = {
      ...price,
      field: 'nội dung',
      severity: 'warning',
      vi: 'thẻ <Foo> không dùng được | xoá nó',
      en: 'tag <Foo> is not allowed',
    };
    const summary = formatSummary([price, component]);
    expect(summary).toMatch(/^### ✗ 1 lỗi, 1 cảnh báo/);
    expect(summary).toContain('| ✗ lỗi | `content/products/phu-vinh/gio.mdx:11` | `priceVnd` |');
    expect(summary).toContain('thẻ &lt;Foo&gt; không dùng được \\| xoá nó<br>EN: tag &lt;Foo&gt;');
    expect(formatSummary([])).toMatch(/^### ✓ Nội dung hợp lệ \(0 cảnh báo\)/);
  });

  it('npm run content:check prints them on GitHub and writes the summary, and fails on an error', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'annotations-'));
    const summary = path.join(dir, 'summary.md');
    const fixture = path.resolve('tests/fixtures/content/broken/price-with-dots');
    try {
      let output = '';
      let status = 0;
      try {
        execFileSync(
          'npx',
          [
            'tsx',
            'scripts/content-check.ts',
            '--dir',
            fixture,
            '--public',
            'tests/fixtures/content/valid-public',
          ],
          {
            env: { ...process.env, GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary },
            encoding: 'utf8',
            stdio: 'pipe',
          },
        );
      } catch (error) {
        const e = error as { status: number; stdout: string };
        status = e.status;
        output = e.stdout;
      }
      expect(status).toBe(1);
      expect(output).toMatch(
        /^::error file=[^,]+\/products\/lang-a\/gio-a\.mdx,line=\d+,title=priceVnd::/m,
      );
      expect(readFileSync(summary, 'utf8')).toMatch(/^### ✗ \d+ lỗi/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

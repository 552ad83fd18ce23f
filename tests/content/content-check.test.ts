import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '@/tools/content-check';

const fixtures = path.resolve('tests/fixtures/content');
const publicDir = path.join(fixtures, 'valid-public');

describe('content check', () => {
  it('accepts the valid fixture with no errors', () => {
    const errors = checkContent(path.join(fixtures, 'valid'), publicDir).filter(
      (p) => p.severity === 'error',
    );
    expect(errors).toEqual([]);
  });

  it('warns (without failing) when an English translation is missing', () => {
    const problems = checkContent(path.join(fixtures, 'valid'), publicDir);
    expect(problems.filter((p) => p.field === 'bản dịch').map((p) => p.severity)).toEqual([
      'warning',
      'warning',
    ]);
  });

  const cases = readdirSync(path.join(fixtures, 'broken')).sort();
  it('has at least 20 kinds of broken content', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  describe.each(cases)('broken fixture %s', (name) => {
    const dir = path.join(fixtures, 'broken', name);
    const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as {
      file: string;
      field: string;
      contains: string;
    };
    const problems = checkContent(dir, publicDir, 'content');
    const errors = problems.filter((p) => p.severity === 'error');

    it('is reported as an error naming the file and field, in Vietnamese and English', () => {
      const match = errors.find(
        (p) => p.file === `content/${expected.file}` && p.field === expected.field,
      );
      expect(match, JSON.stringify(errors, null, 2)).toBeDefined();
      expect(match?.vi).toContain(expected.contains);
      expect(match?.en.length).toBeGreaterThan(10);
      const printed = formatProblem(match!);
      expect(printed).toMatch(
        new RegExp(`^content/${expected.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(:\\d+)?: `),
      );
      expect(printed).toContain('\n    EN: ');
    });
  });
});

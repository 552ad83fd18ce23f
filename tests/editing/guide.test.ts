import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  productSourceSchema,
  productTranslationSchema,
  villageSourceSchema,
  villageTranslationSchema,
} from '@/lib/content/schema';
import {
  newsSourceSchema,
  newsTranslationSchema,
  tourSourceSchema,
  tourTranslationSchema,
} from '@/lib/content/schema-explore';

// The guide's field tables are written by hand; this keeps them in step with the schemas.
const schemas = [
  productSourceSchema,
  productTranslationSchema,
  villageSourceSchema,
  villageTranslationSchema,
  tourSourceSchema,
  tourTranslationSchema,
  newsSourceSchema,
  newsTranslationSchema,
];

describe.each(['docs/huong-dan-noi-dung.md', 'docs/content-guide.md'])('%s', (file) => {
  const guide = readFileSync(file, 'utf8');
  it('has a table row for every field of every content type', () => {
    const missing = schemas
      .flatMap((s) => Object.keys(s.shape))
      .filter((key) => !guide.includes(`| \`${key}\` |`));
    expect(missing).toEqual([]);
  });
  it('explains the label preview and the scaffolder', () => {
    expect(guide).toContain('/vi/labels?sku=');
    expect(guide).toContain('/vi/labels?village=');
    expect(guide).toContain('npm run new -- product');
  });
});

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { productRedirects } from '@/lib/content/redirects.mjs';

function generated(docs: object[]) {
  const dir = mkdtempSync(path.join(tmpdir(), 'redirects-'));
  mkdirSync(path.join(dir, 'Product'));
  writeFileSync(path.join(dir, 'Product', '_index.json'), JSON.stringify(docs));
  return dir;
}

describe('productRedirects', () => {
  it('maps each old slug of a published product to its current page, in every locale, permanently', () => {
    const dir = generated([
      { locale: 'vi', slug: 'gio-moi', published: true, redirectFrom: ['gio-cu', 'gio-rat-cu'] },
      { locale: 'en', slug: 'gio-moi', redirectFrom: ['ignored'] },
      { locale: 'vi', slug: 'an', published: false, redirectFrom: ['an-cu'] },
    ]);
    expect(productRedirects(dir, ['vi', 'en'])).toEqual([
      {
        source: '/:locale(vi|en)/products/gio-cu',
        destination: '/:locale/products/gio-moi',
        permanent: true,
      },
      {
        source: '/:locale(vi|en)/products/gio-rat-cu',
        destination: '/:locale/products/gio-moi',
        permanent: true,
      },
    ]);
  });

  it('skips values that are not slugs (they could not be matched safely)', () => {
    const dir = generated([
      {
        locale: 'vi',
        slug: 'x',
        published: true,
        redirectFrom: ['//evil', 'a/b', 42, 'ok-slug', 'x'],
      },
    ]);
    expect(productRedirects(dir, ['vi']).map((r) => r.source)).toEqual([
      '/:locale(vi)/products/ok-slug',
    ]);
  });

  it('returns nothing before contentlayer has run', () => {
    expect(productRedirects(path.join(tmpdir(), 'does-not-exist'), ['vi'])).toEqual([]);
  });
});

import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '@/tools/content-check';
import { readContent } from '@/tools/content-check/files';
import {
  productsOf,
  readSkuRegistry,
  updateSkuRegistry,
  writeSkuRegistry,
} from '@/tools/content-check/sku-registry';

const fixtures = path.resolve('tests/fixtures/content');
const publicDir = path.join(fixtures, 'valid-public');
let root: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'registry-'));
  cpSync(path.join(fixtures, 'valid'), root, { recursive: true });
  writeSkuRegistry(
    root,
    updateSkuRegistry(undefined, productsOf(readContent(root).files, 'content')),
  );
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const gio = () => path.join(root, 'products/lang-a/gio-a.mdx');
const edit = (file: string, from: RegExp, to: string) =>
  writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
const skuProblems = () => checkContent(root, publicDir).filter((p) => p.field === 'sku');

describe('SKU registry', () => {
  it('is quiet for unchanged content', () => {
    expect(skuProblems()).toEqual([]);
  });

  it('catches a SKU changed on an existing product, naming the old one', () => {
    edit(gio(), /^sku: LA-0001$/m, 'sku: LA-0042');
    const [problem, ...rest] = skuProblems();
    expect(problem).toMatchObject({
      file: 'content/products/lang-a/gio-a.mdx',
      field: 'sku',
      line: 2,
      severity: 'error',
    });
    expect(problem?.vi).toContain('đổi lại thành sku: "LA-0001"');
    expect(rest).toEqual([]);
  });

  it('follows a product moved to another file name that keeps its old name in redirectFrom', () => {
    edit(gio(), /^redirectFrom: \[gio-cu\]$/m, 'redirectFrom: [gio-cu, gio-a]');
    renameSync(gio(), path.join(root, 'products/lang-a/gio-moi.mdx'));
    expect(skuProblems()).toEqual([]);
    edit(path.join(root, 'products/lang-a/gio-moi.mdx'), /^sku: LA-0001$/m, 'sku: LA-0009');
    expect(skuProblems()[0]?.vi).toContain('đổi lại thành sku: "LA-0001"');
  });

  it('warns when a registered product disappears, unless its SKU is retired', () => {
    rmSync(gio());
    const [problem] = skuProblems();
    expect(problem).toMatchObject({ file: 'content/sku-registry.json', severity: 'warning' });
    expect(problem?.vi).toContain('LA-0001');
    edit(
      path.join(root, 'sku-registry.json'),
      /"slug": "gio-a" \}/,
      '"slug": "gio-a", "retired": true }',
    );
    expect(skuProblems()).toEqual([]);
  });

  it('updating never re-assigns a registered SKU nor drops a retired one', () => {
    edit(gio(), /^sku: LA-0001$/m, 'sku: LA-0042');
    const updated = updateSkuRegistry(
      readSkuRegistry(root),
      productsOf(readContent(root).files, 'content'),
    );
    expect(updated.skus['LA-0001']?.file).toBe('products/lang-a/gio-a.mdx');
    expect(updated.skus['LA-0042']).toBeUndefined();
  });
});

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 23's layering, read from the sources: the database is reached from lib/ (and the routes and
// desk actions that call it), never from a component or from proxy.ts.

const root = path.resolve(__dirname, '../..');
const EXTENSIONS = ['.ts', '.tsx', '.mjs', '/index.ts', '/index.tsx'];

/** Runtime imports of one file (type-only imports are erased and reach nothing). */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s+'([^']+)'/gm)]
    .map((m) => m[1]!)
    .concat([...source.matchAll(/^\s*import\s+'([^']+)'/gm)].map((m) => m[1]!));
}

function resolve(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/')
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith('.')
      ? path.resolve(path.dirname(from), specifier)
      : undefined;
  if (!base) return undefined; // a package
  if (existsSync(base) && statSync(base).isFile()) return base;
  return EXTENSIONS.map((e) => base + e).find((f) => existsSync(f));
}

/** Every file of ours the module graph from `entry` loads, and every package it names. */
function graph(entry: string, stopAt: (file: string) => boolean = () => false) {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const specifier of importsOf(file)) {
      const target = resolve(file, specifier);
      if (target === undefined) packages.add(specifier);
      else if (!stopAt(target)) queue.push(target);
    }
  }
  return { files: [...files].map((f) => path.relative(root, f)), packages: [...packages] };
}

const isDatabase = (f: string) => f.startsWith('lib/db/');
const databaseDrivers = ['better-sqlite3', 'drizzle-orm', 'pg', 'postgres'];

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

describe('who reaches the database', () => {
  it('proxy.ts does not, by any path', () => {
    const { files, packages } = graph(path.join(root, 'proxy.ts'));
    expect(files.filter(isDatabase)).toEqual([]);
    expect(
      packages.filter((p) => databaseDrivers.some((d) => p === d || p.startsWith(`${d}/`))),
    ).toEqual([]);
    expect(files).toContain('lib/orders/link.ts'); // the graph is really walked
  });

  it('no component does, except through a server action (a request to the server)', () => {
    const components = walk(path.join(root, 'components')).filter((f) => /\.tsx?$/.test(f));
    expect(components.length).toBeGreaterThan(20);
    const serverAction = (f: string) => /\/app\/.*\/_actions\//.test(f);
    const reaching = components.filter((c) => graph(c, serverAction).files.some(isDatabase));
    expect(reaching.map((f) => path.relative(root, f))).toEqual([]);
  });
});

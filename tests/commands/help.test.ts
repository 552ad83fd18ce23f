import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Each command as its package.json script starts it (tsx, same tsconfig and conditions; tsx as
// Node's loader, one process instead of two), all at once, against a database path that must still
// not exist afterwards: --help and a wrong argument touch nothing.
const pkg: { scripts: Record<string, string> } = JSON.parse(readFileSync('package.json', 'utf8'));
const COMMANDS = [
  'staff',
  'new',
  'scans',
  'orders',
  'reconcile',
  'db:migrate',
  'images:optimize',
  'content:check',
] as const;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const tmp = mkdtempSync(path.join(tmpdir(), 'commands-'));
const database = path.join(tmp, 'shop.db');

function run(name: string, args: string[]): Promise<Run> {
  const [bin, ...words] = (pkg.scripts[name] ?? '').split(' ');
  expect(bin, name).toBe('tsx');
  const at = words.indexOf('--tsconfig');
  const tsconfig = at === -1 ? undefined : words.splice(at, 2)[1];
  const file = words.pop() ?? '';
  expect(
    words.every((w) => w.startsWith('--conditions=')),
    name,
  ).toBe(true);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...words, '--import', 'tsx', file, ...args],
      {
        env: { ...process.env, DATABASE_PATH: database, TSX_TSCONFIG_PATH: tsconfig },
        timeout: 60_000,
      },
      (error, stdout, stderr) =>
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : null) : 0,
          stdout,
          stderr,
        }),
    );
  });
}

// One wrong option per command, a subcommand's --help and a missing argument for each program with
// subcommands; tests/commands/parser.test.ts covers the rest of the shared parser in-process.
const cases = {
  ...Object.fromEntries(COMMANDS.map((name) => [`${name} --nope`, [name, ['--nope']]])),
  'staff add --help': ['staff', ['add', '--help']],
  'new product -h': ['new', ['product', '-h']],
  'staff reset': ['staff', ['reset']],
  'new product --yes': ['new', ['product', '--yes']],
} satisfies Record<string, [string, string[]]>;
const results = new Map<string, Run>();

beforeAll(async () => {
  const runs = await Promise.all(
    Object.entries(cases).map(async ([key, [name, args]]) => [key, await run(name, args)] as const),
  );
  for (const [key, result] of runs) results.set(key, result);
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const result = (key: string): Run => {
  const r = results.get(key);
  if (!r) throw new Error(`no run for ${key}`);
  return r;
};

/** Vietnamese (with its diacritics, NFC) before English, and never a stack trace. */
function expectUsage(text: string, command: string) {
  const vi = text.indexOf('Cách dùng:');
  const en = text.indexOf('Usage:');
  expect(vi, text).toBeGreaterThanOrEqual(0);
  expect(en).toBeGreaterThan(vi);
  expect(text.slice(vi, en)).toContain('hiện hướng dẫn này');
  expect(text.slice(en)).toContain('show this help');
  expect(text).toContain(`npm run ${command}`);
  expect(text).toBe(text.normalize('NFC'));
}

describe.each(COMMANDS)('npm run %s', (name) => {
  it('an unknown option exits 2 with the problem and the usage in both languages on stderr, no stack trace', () => {
    const r = result(`${name} --nope`);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^✗ không có tuỳ chọn --nope\n {2}unknown option: --nope\n/);
    expectUsage(r.stderr, name);
    expect(r.stderr).not.toContain('    at ');
  });
});

describe('subcommands', () => {
  it('each has its own --help (-h): its usage on stdout, exit 0', () => {
    for (const [key, own, other] of [
      ['staff add --help', 'staff -- add --username', 'staff -- list'],
      ['new product -h', 'new -- product', 'new -- village'],
    ] as const) {
      const r = result(key);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      expectUsage(r.stdout, own);
      expect(r.stdout).not.toContain(other);
    }
  });

  it('a missing argument exits 2 naming it, with the usage, no stack trace', () => {
    for (const [key, missing] of [
      ['staff reset', '✗ thiếu --username\n  --username is required'],
      ['new product --yes', '✗ thiếu --village\n  --village is missing'],
    ] as const) {
      const r = result(key);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr.startsWith(missing), r.stderr).toBe(true);
      expectUsage(r.stderr, key.split(' ')[0] ?? '');
      expect(r.stderr).not.toContain('    at ');
    }
  });

  it('none of these touched the database', () => {
    expect(existsSync(database)).toBe(false);
  });
});

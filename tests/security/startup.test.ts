import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
// What instrumentation.ts does when `next start` boots, in a process of its own (it may exit).
const probe = path.join(mkdtempSync(path.join(tmpdir(), 'startup-')), 'probe.mts');
writeFileSync(probe, `await import(${JSON.stringify(path.join(root, 'lib/startup.ts'))});\n`);

function boot(env: { NODE_ENV: 'production' | 'development'; TRUSTED_PROXY_HOPS?: string }) {
  const { PATH, HOME } = process.env;
  const run = spawnSync(
    'npx',
    ['tsx', '--tsconfig', 'scripts/tsconfig.json', '--conditions=react-server', probe],
    { cwd: root, env: { PATH, HOME, ...env }, encoding: 'utf8', timeout: 60_000 },
  );
  return { status: run.status, output: run.stdout + run.stderr };
}

describe('lib/startup.ts and TRUSTED_PROXY_HOPS', () => {
  it('a production server without it refuses to start, naming the variable and what to set', () => {
    const { status, output } = boot({ NODE_ENV: 'production' });
    expect(status, output).toBe(1);
    expect(output).toContain('TRUSTED_PROXY_HOPS: required in production');
    expect(output).toContain('1 behind deploy/nginx.conf, 0 with nothing in front');
  }, 60_000);

  it('a malformed value stops it too', () => {
    for (const value of ['-1', 'one', '1.5', '0x1']) {
      const { status, output } = boot({ NODE_ENV: 'production', TRUSTED_PROXY_HOPS: value });
      expect(status, `${value}: ${output}`).toBe(1);
      expect(output).toContain('TRUSTED_PROXY_HOPS: must be the number of proxies');
    }
  }, 120_000);

  it('0 or 1 in production, or unset in development, starts', () => {
    for (const env of [
      { NODE_ENV: 'production', TRUSTED_PROXY_HOPS: '0' },
      { NODE_ENV: 'production', TRUSTED_PROXY_HOPS: '1' },
      { NODE_ENV: 'development' },
    ] as const)
      expect(boot(env).status, JSON.stringify(env)).toBe(0);
  }, 120_000);
});

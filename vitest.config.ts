import path from 'node:path';
import { defineConfig } from 'vitest/config';

const shared = {
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      'contentlayer/generated': path.resolve(import.meta.dirname, '.contentlayer/generated'),
      'server-only': path.resolve(import.meta.dirname, 'tests/stubs/server-only.ts'),
      // What next-intl's plugin wires up inside Next, so route handlers can be called in tests.
      'next-intl/config': path.resolve(import.meta.dirname, 'i18n/request.ts'),
    },
  },
};

// The suites that read and write orders run twice: on the embedded SQLite and on PostgreSQL
// (TEST_DATABASE_URL, default the loopback server's `test`), each test file on a clone of its own.
const DATABASE_SUITES = ['tests/shop', 'tests/desk', 'tests/orders', 'tests/notify', 'tests/db'];

export default defineConfig({
  ...shared,
  test: {
    environment: 'node',
    // next-intl imports 'next/server' without an extension, which Node's ESM loader refuses.
    server: { deps: { inline: ['next-intl'] } },
    projects: [
      {
        ...shared,
        test: {
          name: 'sqlite',
          include: ['tests/**/*.test.ts', 'lib/**/*.test.ts', 'tools/**/*.test.ts'],
          // The property suites open hundreds of databases: ~4 s alone, more on a busy CI machine.
          testTimeout: 30_000,
          environment: 'node',
          server: { deps: { inline: ['next-intl'] } },
        },
      },
      {
        ...shared,
        test: {
          name: 'postgres',
          include: DATABASE_SUITES.map((dir) => `${dir}/**/*.test.ts`),
          environment: 'node',
          server: { deps: { inline: ['next-intl'] } },
          // A clone per property run adds up: the fast-check suites need more than the default 5 s.
          testTimeout: 60_000,
          // Every property run clones a database here; the full fuzz depth runs on SQLite.
          env: { DATABASE_URL: 'postgres://placeholder/replaced-per-file', FUZZ_RUNS: '100' },
          globalSetup: ['tests/support/pg-setup.ts'],
          setupFiles: ['tests/support/pg-file.ts'],
        },
      },
    ],
  },
});

import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      'contentlayer/generated': path.resolve(import.meta.dirname, '.contentlayer/generated'),
      'server-only': path.resolve(import.meta.dirname, 'tests/stubs/server-only.ts'),
      // What next-intl's plugin wires up inside Next, so route handlers can be called in tests.
      'next-intl/config': path.resolve(import.meta.dirname, 'i18n/request.ts'),
    },
  },
  test: {
    include: ['tests/**/*.test.ts', 'lib/**/*.test.ts', 'tools/**/*.test.ts'],
    environment: 'node',
    // next-intl imports 'next/server' without an extension, which Node's ESM loader refuses.
    server: { deps: { inline: ['next-intl'] } },
  },
});

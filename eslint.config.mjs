import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // Public pages link through components/ui/link.tsx, which does not prefetch (see there).
    files: ['app/**/*.tsx', 'components/**/*.tsx'],
    ignores: ['app/desk/**', 'components/desk/**', 'components/ui/link.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'next/link',
              message: "Use { Link } from '@/components/ui/link': public pages do not prefetch.",
            },
          ],
        },
      ],
    },
  },
  {
    // lib/ is what the running site uses; tools/ is build-time code and must not ship with it.
    files: ['app/**', 'components/**', 'lib/**', 'i18n/**', 'worker/**', 'proxy.ts'],
    rules: {
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: ['./app', './components', './lib', './i18n', './worker', './proxy.ts'],
              from: './tools',
              message: 'tools/ is build-time code; what the running site needs belongs in lib/.',
            },
          ],
        },
      ],
    },
  },
  {
    // Every database call is a promise (lib/db/client.ts): one left un-awaited would run after its
    // transaction ended, or fail where no one catches it.
    files: ['app/**/*.{ts,tsx}', 'lib/**/*.ts', 'scripts/**/*.ts', 'tests/**/*.ts', 'e2e/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
    },
  },
  {
    ignores: [
      'public/sw.js',
      'public/swe-worker-*.js',
      '.next/**',
      '.contentlayer/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
];

export default config;

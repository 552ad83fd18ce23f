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

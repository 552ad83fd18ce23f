import type { ReactNode } from 'react';

const tones = {
  leaf: 'border-leaf-700 bg-white text-leaf-800',
  bamboo: 'border-bamboo-600 bg-bamboo-100 text-bamboo-800',
} as const;

export function Badge({
  children,
  tone = 'bamboo',
}: {
  children: ReactNode;
  tone?: keyof typeof tones;
}) {
  return (
    <span
      className={`inline-flex items-center rounded-full border px-2.5 py-0.5 text-xs font-semibold ${tones[tone]}`}
    >
      {children}
    </span>
  );
}

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

// Satori (next/og) reads woff and ttf, not woff2. Fontsource splits Be Vietnam Pro into subsets:
// Latin holds a–z, the Vietnamese subset the precomposed letters (ệ, ữ, ỹ…) and ₫. Satori keeps
// one face per name and weight, so each subset gets its own name and the family lists both:
// a glyph missing from the first is taken from the second (else Satori would fetch a web font).
const FILES = [
  { subset: 'latin', weight: 400 },
  { subset: 'vietnamese', weight: 400 },
  { subset: 'latin', weight: 700 },
  { subset: 'vietnamese', weight: 700 },
] as const;

const NAMES = { latin: 'Be Vietnam Pro', vietnamese: 'Be Vietnam Pro Vietnamese' } as const;
export const OG_FONT = `'${NAMES.latin}', '${NAMES.vietnamese}'`;

export interface OgFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

let fonts: Promise<OgFont[]> | undefined;

export function ogFonts(): Promise<OgFont[]> {
  fonts ??= Promise.all(
    FILES.map(async ({ subset, weight }) => ({
      name: NAMES[subset],
      weight,
      style: 'normal' as const,
      data: await readFile(
        join(
          process.cwd(),
          `node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff`,
        ),
      ),
    })),
  );
  return fonts;
}

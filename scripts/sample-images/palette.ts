/** Material colours, seeded from the SKU / slug so every picture of one product agrees. */
import { hsl, pick, rng } from './util';

export type Material = 'may' | 'tre' | 'giang' | 'go' | 'vai';

export interface Palette {
  /** the woven strand (or fabric) colour, with its lit and shadowed tones */
  base: string;
  light: string;
  dark: string;
  /** warm lamp light */
  glow: string;
  /** embroidery threads: red-pink, leaf green, gold, white, vermilion */
  threads: string[];
  wood: { base: string; light: string; dark: string };
  /** the second material of mixed pieces (a rattan seat on a wooden stool) */
  hue: number;
}

export function palette(seed: string, mat: Material, name: string): Palette {
  const r = rng(seed);
  const woodH = 18 + r() * 10;
  const woodL = 36 + r() * 10;
  const wood = {
    base: hsl(woodH, 42, woodL),
    light: hsl(woodH + 6, 44, woodL + 16),
    dark: hsl(woodH - 4, 45, woodL - 18),
  };
  const threads = [
    hsl(350, 62, 56),
    hsl(125, 30, 38),
    hsl(44, 78, 55),
    hsl(40, 30, 96),
    hsl(12, 70, 50),
  ];
  const glow = hsl(40, 95, 72);
  const strands = (h: number, s: number, l: number) => ({
    base: hsl(h, s, l),
    light: hsl(h + 4, s + 6, l + 16),
    dark: hsl(h - 8, s - 4, l - 24),
    glow,
    threads,
    wood,
    hue: h,
  });
  switch (mat) {
    case 'may':
      return strands(32 + r() * 8, 44, 58);
    case 'tre':
      return strands(42 + r() * 8, 46, 58);
    case 'giang':
      return strands(40 + r() * 8, 34, 68);
    case 'go':
      // base/light/dark stay rattan-coloured: wooden pieces here often carry a rattan seat or rim.
      return strands(34 + r() * 6, 42, 58);
    case 'vai': {
      const n = name.toLowerCase();
      const fabric = /gối|chàm/.test(n)
        ? [222, 40, 30]
        : /túi/.test(n)
          ? [38, 28, 78]
          : /lanh|trải bàn|khăn ăn/.test(n)
            ? [40, 40, 90]
            : pick(
                [
                  [40, 30, 95],
                  [100, 16, 78],
                  [30, 38, 90],
                ],
                r(),
              );
      const [fh = 40, fs = 40, fl = 90] = fabric;
      return {
        base: hsl(fh, fs, fl),
        light: hsl(fh, fs, Math.min(98, fl + 6)),
        dark: hsl(fh, fs, Math.max(12, fl - 32)),
        glow,
        threads,
        wood,
        hue: fh,
      };
    }
  }
}

export function materialOf(materials: string[], craft: string): Material {
  const m = materials[0] ?? '';
  if (/^Mây/i.test(m)) return 'may';
  if (/^Tre/i.test(m)) return 'tre';
  if (/^Giang/i.test(m)) return 'giang';
  if (/^Gỗ/i.test(m)) return 'go';
  if (/^(Vải|Lụa)/i.test(m)) return 'vai';
  return craft === 'mo-go' ? 'go' : craft === 'theu-ren' ? 'vai' : 'may';
}

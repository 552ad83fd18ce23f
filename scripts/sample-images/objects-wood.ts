/** Wooden pieces and furniture: boxes, a chest, tables, shelves, a carved buffalo, utensils, seats. */
import type { Kind } from './kinds';
import { clothFolds, type Ctx, roundShade, weave } from './materials';
import {
  board,
  box3d,
  boxFoot,
  cane,
  carve,
  coils,
  type Face,
  rod,
  sphere,
  woodPath,
} from './solids';
import type { Piece } from './studio';
import { f1, hsl, lit, stops } from './util';

const wood =
  (x: Ctx, tone = 0.5) =>
  (face: Face, w: number, h: number): string =>
    board(x, w, h, face === 'side' ? tone - 0.08 : tone, 2);

/** A lotus carved in relief on a lid (local coordinates of a w × h face). */
function lotus(x: Ctx, w: number, h: number): string {
  const cx = w / 2;
  const cy = h / 2;
  const dark = lit(x.c.wood.dark, 0.2);
  const light = lit(x.c.wood.light, 0.75);
  let s = carve(`M${w * 0.06} ${h * 0.1} H${w * 0.94} V${h * 0.9} H${w * 0.06} Z`, 5, dark, light);
  const petal = `M${f1(cx)} ${f1(cy + h * 0.25)} C ${f1(cx - 28)} ${f1(cy)}, ${f1(cx - 16)} ${f1(cy - h * 0.28)}, ${f1(cx)} ${f1(cy - h * 0.36)} C ${f1(cx + 16)} ${f1(cy - h * 0.28)}, ${f1(cx + 28)} ${f1(cy)}, ${f1(cx)} ${f1(cy + h * 0.25)} Z`;
  for (const a of [-56, -28, 0, 28, 56])
    s += `<g transform="rotate(${a} ${f1(cx)} ${f1(cy + h * 0.25)})">${carve(petal, 5, dark, light, lit(x.c.wood.base, 0.58))}</g>`;
  s += carve(
    `M${f1(w * 0.2)} ${f1(cy + h * 0.3)} Q ${f1(cx)} ${f1(cy + h * 0.12)} ${f1(w * 0.8)} ${f1(cy + h * 0.3)}`,
    5,
    dark,
    light,
  );
  return s;
}

function woodBox(x: Ctx, tissue: boolean): Piece {
  const g = { x: 250, y: 560, w: 560, h: tissue ? 300 : 260, dx: 210, dy: 130 };
  const fill = (face: Face, w: number, h: number) => {
    let s = board(x, w, h, face === 'side' ? 0.42 : 0.5, 2);
    if (face === 'front' && !tissue)
      s += carve(`M0 ${f1(h * 0.22)} H${w}`, 3, lit(x.c.wood.dark, 0.2), lit(x.c.wood.light, 0.7));
    if (face === 'top')
      s += tissue
        ? `<rect x="${f1(w * 0.25)}" y="${f1(h * 0.38)}" width="${f1(w * 0.5)}" height="${f1(h * 0.24)}" rx="${f1(h * 0.12)}" fill="#1c130d"/>`
        : lotus(x, w, h);
    return s;
  };
  let s = box3d(x, g, fill);
  if (tissue) {
    const folds = clothFolds(x.d, x.seed, 0.02, 3);
    s += `<path d="M560 490 C 570 380, 650 440, 640 340 C 700 420, 760 380, 730 490 Z" fill="#fbf9f4" filter="url(#${folds})"/>
      <path d="M560 490 C 570 380, 650 440, 640 340 C 700 420, 760 380, 730 490 Z" fill="url(#${roundShade(x.d, 0.6)})"/>`;
  }
  return { svg: s, foot: boxFoot(g) };
}

function chest(x: Ctx): Piece {
  const g = { x: 300, y: 330, w: 560, h: 580, dx: 150, dy: 90 };
  const fill = (face: Face, w: number, h: number) => {
    let s = board(x, w, h, face === 'side' ? 0.4 : 0.5, 3);
    if (face !== 'front') return s;
    for (let i = 0; i < 3; i++) {
      const y = 40 + i * 180;
      s += `<g transform="translate(34 ${y})">${board(x, w - 68, 160, 0.56, 6)}</g>`;
      s += carve(
        `M34 ${y} h${w - 68} v160 h${-(w - 68)} Z`,
        4,
        lit(x.c.wood.dark, 0.15),
        lit(x.c.wood.light, 0.7),
      );
      s += sphere(x, w / 2, y + 80, 18, x.c.wood.dark, 0.9);
    }
    return s;
  };
  return {
    svg:
      rod(x, 330, 880, 330, 975, 30, x.c.wood.dark) +
      rod(x, 830, 880, 830, 975, 30, x.c.wood.dark) +
      rod(x, 970, 820, 970, 900, 24, x.c.wood.dark) +
      box3d(x, g, fill),
    foot: { cx: 640, cy: 960, rx: 380, ry: 40 },
    contact: 0.6,
  };
}

/** A cabriole ("chân quỳ") leg: knee out, ankle in, a small foot. */
const cabriole = (x0: number, y0: number, h: number, dir: number) =>
  `M${x0} ${y0} C ${x0 + dir * 40} ${y0 + h * 0.25}, ${x0 - dir * 30} ${y0 + h * 0.6}, ${x0 + dir * 6} ${y0 + h * 0.92} L${x0 + dir * 30} ${y0 + h} L${x0 - dir * 18} ${y0 + h} C ${x0 - dir * 50} ${y0 + h * 0.6}, ${x0 - dir * 10} ${y0 + h * 0.3}, ${x0 - dir * 40} ${y0} Z`;

function teaTable(x: Ctx): Piece {
  const legs = [
    [300, 600, 320, 1, 0.36],
    [900, 600, 320, -1, 0.36],
    [210, 640, 330, 1, 0.5],
    [800, 640, 330, -1, 0.42],
  ] as const;
  let s = '';
  for (const [lx, ly, h, dir, tone] of legs) {
    const d = cabriole(lx, ly, h, dir);
    s += woodPath(x, d, tone, 0.6) + `<path d="${d}" fill="url(#${roundShade(x.d, 0.8)})"/>`;
  }
  s += box3d(x, { x: 200, y: 598, w: 640, h: 56, dx: 110, dy: 70 }, wood(x, 0.4));
  s += box3d(x, { x: 150, y: 540, w: 740, h: 50, dx: 160, dy: 110 }, wood(x, 0.52));
  // a small tea set on the top
  const cup = (cx: number, cy: number) =>
    `<path d="M${cx - 30} ${cy} L${cx - 24} ${cy + 40} H${cx + 24} L${cx + 30} ${cy} Z" fill="url(#${roundShade(x.d, 0.9)})"/><path d="M${cx - 30} ${cy} L${cx - 24} ${cy + 40} H${cx + 24} L${cx + 30} ${cy} Z" fill="${hsl(90, 14, 80)}" opacity="0.8"/><ellipse cx="${cx}" cy="${cy}" rx="30" ry="9" fill="${hsl(30, 30, 40)}"/>`;
  s += `${sphere(x, 560, 450, 62, hsl(20, 30, 35), 0.9)}<path d="M610 440 q 50 -10 70 -50" stroke="${hsl(20, 30, 30)}" stroke-width="16" fill="none" stroke-linecap="round"/>
    <ellipse cx="560" cy="392" rx="30" ry="12" fill="${hsl(20, 30, 28)}"/>${cup(720, 470)}${cup(800, 490)}`;
  return { svg: s, foot: { cx: 560, cy: 960, rx: 420, ry: 40 }, contact: 0.4 };
}

const pickHue = (t: number) => [8, 25, 40, 150, 200, 215, 350][Math.floor(t * 7)] ?? 30;

/** A row of book spines and a little potted plant (no titles). */
function books(x: Ctx, x0: number, y: number, maxW: number): string {
  let s = '';
  let bx = x0;
  while (bx < x0 + maxW - 40) {
    const w = 26 + x.r() * 24;
    const h = 140 + x.r() * 70;
    const col = hsl(pickHue(x.r()), 14 + x.r() * 18, 28 + x.r() * 24);
    s += `<rect x="${f1(bx)}" y="${f1(y - h)}" width="${f1(w)}" height="${f1(h)}" rx="3" fill="${col}"/><rect x="${f1(bx)}" y="${f1(y - h)}" width="${f1(w)}" height="${f1(h)}" rx="3" fill="url(#${roundShade(x.d, 0.9)})"/>`;
    bx += w + 3;
  }
  return s;
}

function plant(x: Ctx, px: number, y: number): string {
  let leaves = '';
  for (let i = 0; i < 7; i++) {
    const a = -160 + i * 22 + x.r() * 10;
    leaves += `<ellipse cx="${f1(px + Math.cos((a * Math.PI) / 180) * 70)}" cy="${f1(y - 110 + Math.sin((a * Math.PI) / 180) * 70)}" rx="52" ry="17" transform="rotate(${f1(a)} ${f1(px + Math.cos((a * Math.PI) / 180) * 70)} ${f1(y - 110 + Math.sin((a * Math.PI) / 180) * 70)})" fill="${hsl(110 + x.r() * 20, 35, 28 + x.r() * 16)}"/>`;
  }
  return `${leaves}<path d="M${px - 46} ${y - 90} H${px + 46} L${px + 36} ${y} H${px - 36} Z" fill="${hsl(18, 40, 52)}"/><path d="M${px - 46} ${y - 90} H${px + 46} L${px + 36} ${y} H${px - 36} Z" fill="url(#${roundShade(x.d, 1)})"/>`;
}

function shelf(x: Ctx, wall: boolean): Piece {
  let s = '';
  if (wall) {
    const p = weave(x, { u: 18 });
    s += `<rect x="250" y="290" width="700" height="600" fill="url(#${p})"/><rect x="250" y="290" width="700" height="600" fill="url(#${roundShade(x.d, 0.5)})"/>`;
    s +=
      rod(x, 230, 270, 230, 910, 34, x.c.wood.base) + rod(x, 970, 270, 970, 910, 34, x.c.wood.base);
    s +=
      plant(x, 420, 560) +
      books(x, 600, 560, 300) +
      books(x, 290, 860, 330) +
      sphere(x, 780, 800, 60, hsl(190, 20, 70), 0.9);
    s += box3d(x, { x: 200, y: 560, w: 800, h: 34, dx: 0.1, dy: 0.1 }, wood(x, 0.55));
    s += box3d(x, { x: 200, y: 860, w: 800, h: 34, dx: 0.1, dy: 0.1 }, wood(x, 0.55));
    return { svg: s };
  }
  s += box3d(x, { x: 200, y: 320, w: 40, h: 620, dx: 120, dy: 80 }, wood(x, 0.5));
  s += `<rect x="240" y="330" width="720" height="520" fill="${lit(x.c.wood.base, 0.3)}"/>`;
  s += box3d(x, { x: 240, y: 600, w: 720, h: 32, dx: 120, dy: 80 }, wood(x, 0.55));
  s += books(x, 270, 600, 420) + plant(x, 820, 600);
  s += box3d(x, { x: 240, y: 900, w: 720, h: 40, dx: 120, dy: 80 }, wood(x, 0.55));
  s += books(x, 520, 900, 420);
  s += box3d(x, { x: 960, y: 320, w: 40, h: 620, dx: 120, dy: 80 }, wood(x, 0.5));
  return { svg: s, foot: { cx: 640, cy: 935, rx: 440, ry: 50 } };
}

function buffalo(x: Ctx): Piece {
  const vol = x.d.id('bv');
  x.d.add(
    `<radialGradient id="${vol}" cx="0.35" cy="0.3" r="0.8">${stops([
      [0, '#fff2d8', 0.28],
      [0.45, '#000', 0],
      [1, '#000', 0.5],
    ])}</radialGradient>`,
  );
  const part = (d: string, tone = 0.45) =>
    woodPath(x, d, tone, 0.5) + `<path d="${d}" fill="url(#${vol})"/>`;
  const body =
    'M420 620 C 470 520, 760 500, 900 560 C 1000 600, 1010 760, 950 830 L 470 830 C 410 780, 390 690, 420 620 Z';
  const head =
    'M460 590 C 400 560, 330 580, 300 630 C 270 690, 240 780, 270 815 C 300 840, 350 830, 380 800 C 420 750, 470 660, 460 590 Z';
  const horns =
    'M330 600 C 250 590, 190 530, 200 470 C 230 520, 290 560, 360 570 Z M440 585 C 520 560, 560 500, 545 440 C 525 500, 470 540, 410 560 Z';
  return {
    svg:
      box3d(x, { x: 220, y: 830, w: 800, h: 70, dx: 60, dy: 40 }, wood(x, 0.3)) +
      part(body) +
      part(
        'M520 830 C 520 770, 600 760, 640 800 L 660 830 Z M800 830 C 800 780, 880 770, 900 810 L 910 830 Z',
        0.36,
      ) +
      `<path d="M950 700 Q 1010 760 985 830" fill="none" stroke="${lit(x.c.wood.dark, 0.3)}" stroke-width="12" stroke-linecap="round"/>` +
      part(head, 0.5) +
      part(horns, 0.62) +
      carve(
        'M318 668 q 14 -8 28 0 M394 660 q 12 -8 24 2 M284 790 q 10 6 22 2',
        4,
        lit(x.c.wood.dark, 0.15),
        lit(x.c.wood.light, 0.7),
      ) +
      `
      <path d="M470 600 C 600 540, 760 540, 880 580" fill="none" stroke="#fff6df" stroke-width="10" opacity="0.25" stroke-linecap="round"/>`,
    foot: { cx: 640, cy: 895, rx: 440, ry: 40 },
  };
}

function utensils(x: Ctx): Piece {
  const bowl = x.d.id('ub');
  x.d.add(
    `<radialGradient id="${bowl}" cx="0.42" cy="0.4" r="0.6">${stops([
      [0, '#000', 0.05],
      [0.6, '#000', 0.22],
      [0.9, '#fff', 0.12],
      [1, '#000', 0.2],
    ])}</radialGradient>`,
  );
  const tool = (y: number, a: number, head: string) =>
    `<g transform="rotate(${a} 600 ${y})">${rod(x, 190, y, 760, y, 34, x.c.wood.base)}${woodPath(x, head, 0.55, 0.5)}<path d="${head}" fill="url(#${bowl})"/></g>`;
  return {
    svg:
      tool(430, -14, `M740 400 C 800 330, 1000 330, 1020 430 C 1010 530, 800 530, 740 460 Z`) +
      tool(620, -6, `M750 590 C 800 540, 960 550, 990 620 C 960 690, 800 700, 750 650 Z`) +
      tool(820, 4, `M750 790 L 980 770 C 1010 790, 1010 850, 980 870 L 750 850 Z`),
    foot: { cx: 600, cy: 620, rx: 400, ry: 300 },
  };
}

function stool(x: Ctx): Piece {
  const k = 0.34;
  const legs =
    rod(x, 360, 520, 300, 990, 34, x.c.wood.base) +
    rod(x, 840, 520, 900, 990, 34, x.c.wood.dark) +
    rod(x, 500, 560, 480, 940, 28, x.c.wood.dark) +
    rod(x, 700, 560, 720, 940, 28, x.c.wood.dark) +
    rod(x, 330, 800, 870, 800, 20, x.c.wood.base);
  return {
    svg: `${legs}<ellipse cx="600" cy="520" rx="320" ry="${f1(320 * k)}" fill="${lit(x.c.wood.base, 0.3)}"/>
      <rect x="280" y="480" width="640" height="40" fill="${lit(x.c.wood.base, 0.42)}"/>
      ${coils(x, 600, 480, 300, k, 14)}<ellipse cx="600" cy="480" rx="300" ry="${f1(300 * k)}" fill="url(#${roundShade(x.d, 0.5)})"/>
      ${cane(x, `M280 480 A320 ${f1(320 * k)} 0 1 0 920 480 A320 ${f1(320 * k)} 0 1 0 280 480`, 20, x.c.wood.base)}`,
    foot: { cx: 600, cy: 970, rx: 320, ry: 50 },
    contact: 0.45,
  };
}

function armchair(x: Ctx): Piece {
  const wv = weave(x, { u: 16, tf: 'rotate(45)' });
  const seat = weave(x, { u: 16, tf: 'matrix(1 0 0.6 0.45 0 0) rotate(45)' });
  const W = x.c.wood.base;
  const D = x.c.wood.dark;
  return {
    svg:
      rod(x, 450, 290, 450, 890, 30, D) +
      rod(x, 860, 290, 860, 890, 30, D) +
      `<path d="M450 320 H860 V600 H450 Z" fill="url(#${wv})"/><path d="M450 320 H860 V600 H450 Z" fill="url(#${roundShade(x.d, 0.6)})"/>` +
      rod(x, 440, 300, 870, 300, 34, W) +
      `<path d="M380 700 L800 700 L860 615 L450 615 Z" fill="url(#${seat})"/><path d="M380 700 L800 700 L860 615 L450 615 Z" fill="#fff" opacity="0.06"/>` +
      rod(x, 380, 690, 380, 965, 32, W) +
      rod(x, 800, 700, 800, 965, 32, D) +
      rod(x, 375, 700, 805, 700, 30, W) +
      rod(x, 800, 700, 860, 615, 24, D) +
      rod(x, 450, 470, 372, 545, 26, W) +
      rod(x, 378, 545, 378, 700, 22, W) +
      rod(x, 860, 470, 798, 548, 26, W) +
      rod(x, 800, 548, 800, 700, 22, D),
    foot: { cx: 620, cy: 930, rx: 320, ry: 60 },
    contact: 0.45,
  };
}

function sofa(x: Ctx): Piece {
  const wv = weave(x, { u: 16, tf: 'rotate(45)' });
  const folds = clothFolds(x.d, x.seed, 0.012, 4);
  const cloth = hsl(28 + x.r() * 20, 12 + x.r() * 10, 70 + x.r() * 8);
  const block = (d: string, k = 0.6) =>
    `<path d="${d}" fill="url(#${wv})"/><path d="${d}" fill="url(#${roundShade(x.d, k)})"/>`;
  const cushion = (d: string) =>
    `<path d="${d}" fill="${cloth}" filter="url(#${folds})"/><path d="${d}" fill="url(#${roundShade(x.d, 0.9, true)})"/><path d="${d}" fill="url(#${roundShade(x.d, 0.6)})"/><path d="${d}" fill="none" stroke="${lit(cloth, 0.3)}" stroke-width="3" opacity="0.6"/>`;
  return {
    svg:
      block('M180 360 Q 180 320 220 320 H980 Q 1020 320 1020 360 V640 H180 Z') +
      cushion('M230 380 Q 230 350 260 350 H590 Q 610 350 610 380 V600 H230 Z') +
      cushion('M610 380 Q 610 350 640 350 H940 Q 970 350 970 380 V600 H610 Z') +
      block('M120 520 Q 120 470 170 470 H230 V800 H120 Z', 0.9) +
      block('M970 470 H1030 Q 1080 470 1080 520 V800 H970 Z', 0.9) +
      block('M230 680 H970 V800 H230 Z', 0.4) +
      cushion('M230 600 Q 230 580 260 580 H940 Q 970 580 970 600 V690 H230 Z') +
      rod(x, 140, 800, 140, 860, 22, x.c.wood.dark) +
      rod(x, 1060, 800, 1060, 860, 22, x.c.wood.dark),
    foot: { cx: 600, cy: 860, rx: 500, ry: 50 },
    contact: 0.7,
  };
}

export const WOOD: Partial<Record<Kind, (x: Ctx) => Piece>> = {
  'carved-box': (x) => woodBox(x, false),
  'tissue-box': (x) => woodBox(x, true),
  chest,
  'tea-table': teaTable,
  bookshelf: (x) => shelf(x, false),
  'wall-shelf': (x) => shelf(x, true),
  buffalo,
  utensils,
  stool,
  armchair,
  'sofa-set': sofa,
};

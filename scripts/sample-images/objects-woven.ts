/** Woven round pieces: baskets, bowls, tubs, bags, a bamboo tube, a cradle, and the lamps. */
import type { Kind } from './kinds';
import { cylinderGradient, type Ctx, roundShade, weave } from './materials';
import { cane, rod, sphere } from './solids';
import type { Piece } from './studio';
import { f1, hsl, lit, mix, stops } from './util';
import { caneRing, type VesselOpts, wovenVessel } from './vessel';

const foot = (o: VesselOpts) => ({
  cx: o.cx,
  cy: o.bottom,
  rx: o.wb,
  ry: o.wb * (o.k ?? 0.2) * 1.35,
});

function vessel(x: Ctx, o: VesselOpts): Piece {
  // rattan is fine round cane; bamboo and giang are wider flat strips
  const flat = x.mat === 'tre' || x.mat === 'giang';
  const k = x.detail ?? 1;
  const opts = {
    ...o,
    weave: o.weave ?? 'plain',
    rowH: (o.rowH ?? (flat ? 20 : 16)) * k,
    stakes: Math.round((o.stakes ?? (flat ? 36 : 42)) / k),
    stakeW: flat ? 1.05 : 0.7,
  };
  return { svg: wovenVessel(x.d, x.c, x.r, opts), foot: foot(opts) };
}

/** A few fruit resting in a bowl (drawn after its far wall, before its front). */
function fruit(x: Ctx, cx: number, y: number, w: number): string {
  let s = '';
  const cols = [hsl(30, 75, 50), hsl(75, 35, 42), hsl(45, 70, 55), hsl(20, 60, 45)];
  for (let i = 0; i < 6; i++) {
    const fx = cx - w * 0.55 + (i % 3) * w * 0.5 + x.r() * 30;
    const fy = y + (i < 3 ? -10 : 30) + x.r() * 14;
    s += sphere(x, fx, fy, 70 + x.r() * 30, cols[Math.floor(x.r() * cols.length)] ?? '#c80', 0.7);
  }
  return s;
}

function bowl(x: Ctx): Piece {
  const o: VesselOpts = { cx: 600, top: 610, bottom: 850, wt: 380, wb: 230, k: 0.3, belly: 0.08 };
  const p = vessel(x, { ...o, rim: 24 });
  if (!/quả/i.test(x.name)) return p;
  // fruit sits inside: draw the bowl, then fruit clipped above the front rim
  const clip = x.d.id('fc');
  x.d.add(
    `<clipPath id="${clip}"><path d="M0 0 H1200 V${o.top} H${o.cx + o.wt} A${o.wt} ${o.wt * 0.3} 0 0 1 ${o.cx - o.wt} ${o.top} H0 Z"/></clipPath>`,
  );
  return {
    ...p,
    svg: `${p.svg}<g clip-path="url(#${clip})">${fruit(x, o.cx, o.top + 20, o.wt)}</g>`,
  };
}

/** A bamboo section: smooth waxy culm with a node ridge, holding chopsticks. */
function tube(x: Ctx): Piece {
  const cx = 600;
  const w = 170;
  const top = 440;
  const bottom = 920;
  const col = hsl(x.c.hue + 10, 34, 60);
  const g = cylinderGradient(x.d, col, 0.35);
  let sticks = '';
  for (let i = 0; i < 9; i++) {
    const sx = cx - 110 + i * 27 + x.r() * 10;
    sticks += rod(
      x,
      sx,
      top + 30,
      sx + (i - 4) * 9,
      top - 230 - x.r() * 60,
      13,
      i % 3 ? x.c.wood.base : x.c.wood.dark,
    );
  }
  let streaks = '';
  for (let i = 0; i < 7; i++) {
    const sx = cx - w + 30 + x.r() * (2 * w - 60);
    streaks += `<path d="M${f1(sx)} ${top + 20} V${bottom}" stroke="${i % 2 ? '#fff' : '#3a2a10'}" stroke-width="${f1(2 + x.r() * 3)}" opacity="0.07"/>`;
  }
  const k = 0.24;
  const node = top + 300;
  const ring = (y: number, stroke: string, sw: number, op: number) =>
    `<path d="M${cx - w} ${y} A${w} ${f1(w * k * 1.1)} 0 0 0 ${cx + w} ${y}" fill="none" stroke="${stroke}" stroke-width="${sw}" opacity="${op}"/>`;
  return {
    svg: `<ellipse cx="${cx}" cy="${top}" rx="${w}" ry="${w * k}" fill="${lit(col, 0.2)}"/>${sticks}
      <path d="M${cx - w} ${top} V${bottom} A${w} ${w * k * 1.2} 0 0 0 ${cx + w} ${bottom} V${top} A${w} ${w * k} 0 0 1 ${cx - w} ${top} Z" fill="url(#${g})"/>${streaks}
      ${ring(node + 16, '#f4f0e0', 14, 0.35)}${ring(node, lit(col, 0.25), 12, 1)}${ring(node - 7, '#fff6df', 4, 0.5)}
      <ellipse cx="${cx}" cy="${top}" rx="${w - 6}" ry="${f1(w * k - 3)}" fill="none" stroke="${lit(col, 0.75)}" stroke-width="12"/>`,
    foot: { cx, cy: bottom, rx: w, ry: w * k * 1.2 },
  };
}

/** A half-moon rattan handbag with a ring handle and a wooden toggle. */
function handbag(x: Ctx): Piece {
  const wv = weave(x, { u: 18, tf: 'rotate(45)' });
  const body = 'M300 560 H900 C 900 760, 800 900, 600 900 C 400 900, 300 760, 300 560 Z';
  const sh = roundShade(x.d, 1.1);
  const vs = roundShade(x.d, 0.7, true);
  return {
    svg: `${cane(x, 'M420 570 C 420 300, 780 300, 780 570', 26, x.c.base, true)}
      <path d="${body}" fill="url(#${wv})"/><path d="${body}" fill="url(#${sh})"/><path d="${body}" fill="url(#${vs})"/>
      ${rod(x, 300, 560, 900, 560, 30, x.c.base)}
      <rect x="585" y="570" width="30" height="80" rx="10" fill="${x.c.wood.dark}"/>${sphere(x, 600, 660, 26, x.c.wood.base, 0.8)}`,
    foot: { cx: 600, cy: 890, rx: 200, ry: 40 },
  };
}

/** Ball pendant: a loose rattan lattice round a glowing bulb. */
function pendant(x: Ctx): Piece {
  const R = 300;
  const cx = 600;
  const cy = 600;
  const glow = x.d.id('pg');
  x.d.add(
    `<radialGradient id="${glow}" cx="0.5" cy="0.52" r="0.5">${stops([
      [0, '#fffbe8'],
      [0.25, x.c.glow],
      [0.8, mix(x.c.glow, x.c.base, 0.6), 0.9],
      [1, x.c.base, 0.6],
    ])}</radialGradient>`,
  );
  let back = '';
  let front = '';
  for (let i = 0; i < 22; i++) {
    // each strand is a great circle: its far half seen dimly through the glow, its near half dark
    const rot = f1(x.r() * 180);
    const rx = f1(R * (0.15 + x.r() * 0.85));
    const tf = `transform="translate(${cx} ${cy}) rotate(${rot})"`;
    const near = `M0 ${-R} A${rx} ${R} 0 0 1 0 ${R}`;
    back += `<path d="M0 ${-R} A${rx} ${R} 0 0 0 0 ${R}" ${tf} stroke="${lit(x.c.dark, 0.35)}" stroke-width="7" opacity="0.45"/>`;
    front += `<path d="${near}" ${tf} stroke="${lit(x.c.dark, 0.22)}" stroke-width="11"/><path d="${near}" ${tf} stroke="${mix(x.c.glow, x.c.light, 0.5)}" stroke-width="3" opacity="0.7"/>`;
  }
  return {
    svg: `<path d="M${cx} -20 V${cy - R}" stroke="#2a211b" stroke-width="7"/><rect x="${cx - 26}" y="${cy - R - 30}" width="52" height="36" rx="8" fill="#2a211b"/>
      <circle cx="${cx}" cy="${cy}" r="${R}" fill="url(#${glow})"/><g fill="none">${back}${front}</g>
      <circle cx="${cx}" cy="${cy}" r="${R}" fill="none" stroke="${lit(x.c.dark, 0.25)}" stroke-width="10"/>`,
    glow: { cx, cy, r: R },
  };
}

/** A triaxial (mắt cáo) open weave as a pattern: three sets of strands crossing at 60°. */
function hexWeave(x: Ctx, u: number): string {
  const id = x.d.id('hx');
  const h = u * Math.sqrt(3);
  const line = (d: string) =>
    `<path d="${d}" stroke="${lit(x.c.dark, 0.28)}" stroke-width="${f1(u * 0.22)}"/><path d="${d}" stroke="${mix(x.c.base, x.c.glow, 0.3)}" stroke-width="${f1(u * 0.08)}" opacity="0.8"/>`;
  x.d.add(
    `<pattern id="${id}" width="${f1(u * 2)}" height="${f1(h * 2)}" patternUnits="userSpaceOnUse">${line(`M0 0 H${u * 2} M0 ${f1(h)} H${u * 2} M0 ${f1(h * 2)} H${u * 2}`)}${line(`M0 0 L${f1(u * 2)} ${f1(h * 2)} M${-u} ${f1(-h)} L${f1(u * 3)} ${f1(h * 3)}`)}${line(`M${u * 2} 0 L0 ${f1(h * 2)} M${u * 3} ${f1(-h)} L${-u} ${f1(h * 3)}`)}</pattern>`,
  );
  return id;
}

function lampGlow(x: Ctx): string {
  const id = x.d.id('lg');
  x.d.add(
    `<radialGradient id="${id}" cx="0.5" cy="0.75" r="0.75">${stops([
      [0, '#fffbea'],
      [0.35, x.c.glow],
      [1, mix(x.c.glow, x.c.dark, 0.45)],
    ])}</radialGradient>`,
  );
  return id;
}

/** Bell shade with an open hexagonal weave; light pours out of the bottom. */
function shade(x: Ctx): Piece {
  const d = 'M300 790 C 300 520, 420 350, 600 340 C 780 350, 900 520, 900 790 Z';
  const hx = hexWeave(x, 26);
  const sh = roundShade(x.d, 0.8);
  const cone = x.d.id('lc');
  x.d.add(
    `<linearGradient id="${cone}" x1="0" x2="0" y1="0" y2="1">${stops([
      [0, '#ffe2a6', 0.5],
      [1, '#ffe2a6', 0],
    ])}</linearGradient>`,
  );
  return {
    svg: `<path d="M600 -20 V345" stroke="#2a211b" stroke-width="7"/>
      <path d="M320 800 L120 1200 H1080 L880 800 Z" fill="url(#${cone})"/>
      <path d="${d}" fill="url(#${lampGlow(x)})"/><path d="${d}" fill="url(#${hx})"/><path d="${d}" fill="url(#${sh})" opacity="0.6"/>
      <ellipse cx="600" cy="790" rx="300" ry="52" fill="#fff8e2"/>
      ${caneRing(x.d, x.c, 600, 790, 300, 52, 18)}`,
    glow: { cx: 600, cy: 700, r: 300 },
  };
}

/** A ribbed bamboo lantern with a silk skin glowing between the ribs. */
function lantern(x: Ctx): Piece {
  let ribs = '';
  for (let i = 0; i <= 10; i++) {
    const t = i / 10;
    const xt = 390 + t * 420;
    const bulge = 600 + (xt - 600) * 1.45;
    ribs += cane(x, `M${f1(xt)} 360 Q ${f1(bulge)} 640 ${f1(xt)} 900`, 12, x.c.base);
  }
  const silk = x.d.id('sk');
  x.d.add(
    `<radialGradient id="${silk}" cx="0.45" cy="0.5" r="0.6">${stops([
      [0, '#fff3cf'],
      [0.5, hsl(20, 85, 60)],
      [1, hsl(8, 70, 38)],
    ])}</radialGradient>`,
  );
  return {
    svg: `<path d="M600 -20 V320" stroke="#2a211b" stroke-width="7"/>
      <path d="M390 360 Q 200 630 390 900 H810 Q 1000 630 810 360 Z" fill="url(#${silk})"/>${ribs}
      ${rod(x, 370, 350, 830, 350, 44, x.c.wood.dark)}${rod(x, 370, 910, 830, 910, 44, x.c.wood.dark)}
      <path d="M600 932 V1060" stroke="${hsl(8, 70, 40)}" stroke-width="16" stroke-linecap="round"/>`,
    glow: { cx: 600, cy: 630, r: 280 },
  };
}

/** A small table lamp: turned wooden base and stem, woven cone shade, lit. */
function tableLamp(x: Ctx): Piece {
  const d = 'M390 610 L450 330 H750 L810 610 Z';
  const wv = weave(x, { u: 16, weave: 'twill', tone: 0.75 });
  const base = cylinderGradient(x.d, x.c.wood.base, 0.3);
  return {
    svg: `<ellipse cx="600" cy="970" rx="170" ry="38" fill="url(#${base})"/><rect x="430" y="930" width="340" height="40" fill="url(#${base})"/>
      <ellipse cx="600" cy="930" rx="170" ry="38" fill="${lit(x.c.wood.base, 0.72)}"/>
      ${rod(x, 600, 930, 600, 600, 42, x.c.wood.base, 'butt')}
      <path d="${d}" fill="url(#${lampGlow(x)})"/><path d="${d}" fill="url(#${wv})" opacity="0.78"/><path d="${d}" fill="url(#${roundShade(x.d, 0.7)})"/>
      <ellipse cx="600" cy="610" rx="210" ry="34" fill="#fff6dc"/>${caneRing(x.d, x.c, 600, 610, 210, 34, 14)}`,
    foot: { cx: 600, cy: 970, rx: 170, ry: 38 },
    glow: { cx: 600, cy: 520, r: 220 },
  };
}

/** A woven baby cradle on a wooden rocking stand. */
function cradle(x: Ctx): Piece {
  const o: VesselOpts = { cx: 600, top: 500, bottom: 760, wt: 420, wb: 360, k: 0.3, rim: 30 };
  const legs =
    rod(x, 330, 700, 250, 960, 26, x.c.wood.base) +
    rod(x, 870, 700, 950, 960, 26, x.c.wood.base) +
    rod(x, 330, 700, 420, 960, 26, x.c.wood.dark) +
    rod(x, 870, 700, 780, 960, 26, x.c.wood.dark);
  const p = vessel(x, o);
  return {
    svg: `${legs}${cane(x, 'M170 975 Q 600 1045 1030 975', 26, x.c.wood.base)}${p.svg}`,
    foot: { cx: 600, cy: 985, rx: 430, ry: 46 },
    contact: 0.5,
  };
}

/** A cone basket hung on the wall, holding dried grasses. */
function wallBasket(x: Ctx): Piece {
  let stems = '';
  for (let i = 0; i < 14; i++) {
    const sx = 470 + x.r() * 260;
    const tx = sx + (x.r() - 0.5) * 300;
    const ty = 150 + x.r() * 160;
    stems += `<path d="M${f1(sx)} 460 Q ${f1((sx + tx) / 2)} ${f1(ty + 120)} ${f1(tx)} ${f1(ty)}" fill="none" stroke="${hsl(38, 35, 55 + x.r() * 15)}" stroke-width="4"/>
      <ellipse cx="${f1(tx)}" cy="${f1(ty)}" rx="10" ry="34" transform="rotate(${f1((tx - sx) / 6)} ${f1(tx)} ${f1(ty)})" fill="${hsl(36, 40, 70 + x.r() * 10)}"/>`;
  }
  const o: VesselOpts = { cx: 600, top: 440, bottom: 900, wt: 280, wb: 60, k: 0.12, rim: 22 };
  return {
    svg: `<path d="M560 440 Q 600 330 640 440" fill="none" stroke="${lit(x.c.dark, 0.3)}" stroke-width="8"/>${stems}${vessel(x, o).svg}`,
  };
}

export const WOVEN: Partial<Record<Kind, (x: Ctx) => Piece>> = {
  basket: (x) =>
    vessel(x, {
      cx: 600,
      top: 470,
      bottom: 900,
      wt: 270,
      wb: 215,
      belly: 0.06,
      handle: x.r() > 0.4,
    }),
  'basket-lid': (x) =>
    vessel(x, { cx: 600, top: 500, bottom: 910, wt: 280, wb: 235, belly: 0.05, lid: true }),
  'basket-tall': (x) =>
    vessel(x, {
      cx: 600,
      top: 300,
      bottom: 980,
      wt: 250,
      wb: 215,
      lid: true,
      k: 0.22,
      rowH: 24,
      stakes: 30,
    }),
  bowl,
  tub: (x) => vessel(x, { cx: 600, top: 520, bottom: 900, wt: 340, wb: 280, k: 0.24, rim: 26 }),
  'market-bag': (x) =>
    vessel(x, { cx: 600, top: 540, bottom: 910, wt: 310, wb: 255, k: 0.16, handle: true }),
  handbag,
  tube,
  cradle,
  'wall-basket': wallBasket,
  pendant,
  shade,
  lantern,
  'table-lamp': tableLamp,
};

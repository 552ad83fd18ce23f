/** Product photographs: picks the drawing for a product and stages it. */
import { FOCUS, kindOf, type Kind, settingOf } from './kinds';
import type { Ctx } from './materials';
import { FLAT } from './objects-flat';
import { TEXTILE } from './objects-textile';
import { WOOD } from './objects-wood';
import { WOVEN } from './objects-woven';
import { materialOf, palette } from './palette';
import { type Piece, productScene } from './studio';
import { Defs, hash, rng, svgRoot } from './util';

const DRAW: Partial<Record<Kind, (x: Ctx) => Piece>> = { ...WOVEN, ...FLAT, ...WOOD, ...TEXTILE };

export function drawPiece(kind: Kind, x: Ctx): Piece {
  const draw = DRAW[kind] ?? WOVEN.basket;
  if (!draw) throw new Error(`no drawing for ${kind}`);
  return draw(x);
}

/**
 * Picture n of a product (1200×1200): n = 1 is the whole piece in its setting, n ≥ 2 a close-up
 * of its most detailed part. The piece and its setting are seeded from the SKU alone, so every
 * picture of one product shows the same piece on the same table.
 */
export function productSvg(
  sku: string,
  n: number,
  name: string,
  materials: string[],
  craft: string,
): string {
  const mat = materialOf(materials, craft);
  const kind = kindOf(name, mat);
  const d = new Defs(`p${hash(`${sku}-${n}`).toString(36)}`);
  const x: Ctx = {
    d,
    c: palette(sku, mat, name),
    r: rng(`${sku}-piece`),
    mat,
    name,
    seed: hash(sku),
  };
  const piece = drawPiece(kind, x);
  const [fx, fy] = FOCUS[kind] ?? [600, 620];
  const zoom = n > 1 ? { x: fx + (n - 2) * 120, y: fy, z: 2.2 } : undefined;
  const scene = productScene(d, rng(`${sku}-look`), settingOf(kind), piece, x.seed, zoom);
  return svgRoot(1200, 1200, d, scene);
}

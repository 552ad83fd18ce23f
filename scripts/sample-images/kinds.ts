/** Which piece a product is (from its Vietnamese name) and how it is photographed. */
import type { Material } from './palette';

export type Kind =
  | 'basket'
  | 'basket-lid'
  | 'basket-tall'
  | 'bowl'
  | 'tub'
  | 'wall-basket'
  | 'tray'
  | 'tray-legs'
  | 'round-tray'
  | 'plates'
  | 'pendant'
  | 'shade'
  | 'table-lamp'
  | 'lantern'
  | 'market-bag'
  | 'handbag'
  | 'tote'
  | 'box'
  | 'box-set'
  | 'carved-box'
  | 'tissue-box'
  | 'tube'
  | 'buffalo'
  | 'cloth'
  | 'hanky'
  | 'napkins'
  | 'pillow'
  | 'picture'
  | 'armchair'
  | 'sofa-set'
  | 'stool'
  | 'tea-table'
  | 'cradle'
  | 'cage'
  | 'blind'
  | 'screen'
  | 'bookshelf'
  | 'wall-shelf'
  | 'chest'
  | 'mirror'
  | 'fan'
  | 'utensils';

/** Chooses a drawing from the Vietnamese product name; order matters (e.g. "Đèn lồng" is a lamp). */
export function kindOf(name: string, mat: Material): Kind {
  const n = name.toLowerCase();
  const rules: [RegExp, Kind][] = [
    [/khăn giấy/, 'tissue-box'],
    [/khăn tay/, 'hanky'],
    [/khăn ăn/, 'napkins'],
    [/khăn/, 'cloth'],
    [/gối/, 'pillow'],
    [/tranh/, 'picture'],
    [/túi vải/, 'tote'],
    [/đèn lồng/, 'lantern'],
    [/đèn bàn/, 'table-lamp'],
    [/chao/, 'shade'],
    [/đèn/, 'pendant'],
    [/bộ bàn ghế/, 'sofa-set'],
    [/ghế đẩu/, 'stool'],
    [/ghế/, 'armchair'],
    [/kệ treo/, 'wall-shelf'],
    [/kệ/, 'bookshelf'],
    [/tủ/, 'chest'],
    [/bàn trà|bàn/, 'tea-table'],
    [/bộ 3 hộp|bộ hộp/, 'box-set'],
    [/hộp/, mat === 'go' ? 'carved-box' : 'box'],
    [/ống/, 'tube'],
    [/tượng/, 'buffalo'],
    [/túi/, 'handbag'],
    [/làn/, 'market-bag'],
    [/nôi/, 'cradle'],
    [/lồng/, 'cage'],
    [/mành/, 'blind'],
    [/bình phong/, 'screen'],
    [/gương/, 'mirror'],
    [/quạt/, 'fan'],
    [/đĩa/, 'plates'],
    [/muôi|thìa/, 'utensils'],
    [/chân gấp/, 'tray-legs'],
    [/mâm/, 'round-tray'],
    [/khay/, 'tray'],
    [/treo tường/, 'wall-basket'],
    [/thúng/, 'tub'],
    [/rổ|hoa quả/, 'bowl'],
    [/đồ giặt/, 'basket-tall'],
    [/nắp/, 'basket-lid'],
    [/giỏ/, 'basket'],
  ];
  for (const [re, k] of rules) if (re.test(n)) return k;
  return mat === 'go' ? 'carved-box' : mat === 'vai' ? 'cloth' : 'basket';
}

/**
 * Where the piece is photographed: on a tabletop, on the floor of a room, hung on a wall,
 * hanging lit from the ceiling, or flat on a surface seen from above.
 */
export type Setting = 'table' | 'floor' | 'wall' | 'lamp' | 'flat';

export function settingOf(kind: Kind): Setting {
  switch (kind) {
    case 'armchair':
    case 'sofa-set':
    case 'stool':
    case 'tea-table':
    case 'cradle':
    case 'chest':
    case 'screen':
    case 'basket-tall':
      return 'floor';
    case 'wall-basket':
    case 'plates':
    case 'mirror':
    case 'wall-shelf':
    case 'blind':
    case 'picture':
      return 'wall';
    case 'pendant':
    case 'shade':
    case 'lantern':
    case 'table-lamp':
      return 'lamp';
    case 'cloth':
    case 'hanky':
    case 'napkins':
    case 'fan':
    case 'utensils':
      return 'flat';
    default:
      return 'table';
  }
}

/** Where the close-up (image 2) looks: the part of each picture with the most detail. */
export const FOCUS: Partial<Record<Kind, [number, number]>> = {
  basket: [600, 640],
  'basket-lid': [560, 520],
  'basket-tall': [600, 470],
  bowl: [600, 660],
  tub: [600, 600],
  'market-bag': [600, 600],
  handbag: [600, 640],
  pendant: [560, 600],
  shade: [600, 600],
  lantern: [600, 600],
  'table-lamp': [600, 520],
  'carved-box': [640, 560],
  'tea-table': [600, 520],
  'sofa-set': [230, 620],
  armchair: [600, 560],
  mirror: [760, 760],
  cloth: [600, 600],
  picture: [600, 620],
  pillow: [600, 620],
  buffalo: [420, 640],
  cradle: [600, 600],
  'box-set': [420, 700],
};

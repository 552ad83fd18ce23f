import type { CSSProperties } from 'react';
import type { Locale } from '@/i18n/routing';
import type { Label } from '@/lib/labels';
import { formatVnd } from '@/lib/format';
import { qrSvg } from '@/lib/qr';

/**
 * A4 sheet, 3 × 8 labels of 70 × 37 mm (the common 24-up label paper). Sizes are in mm so the
 * printed QR is 25 mm wide — comfortably above the 20 mm a phone needs at arm's length.
 */
export async function LabelSheet({
  labels,
  locale,
  site,
  withPrice,
  offset,
}: {
  labels: Label[];
  locale: Locale;
  /** The site's name, printed on every label so a scanner knows where the code leads. */
  site: string;
  withPrice: boolean;
  /** The printer's shift in mm (content/settings/shop.yml), undone in print. */
  offset: { x: number; y: number };
}) {
  const codes = await Promise.all(labels.map((l) => qrSvg(l.sku)));
  const style = {
    '--label-offset-x': `${offset.x}mm`,
    '--label-offset-y': `${offset.y}mm`,
  } as CSSProperties;
  return (
    <ul className="label-sheet" style={style}>
      {labels.map((l, i) => (
        <li key={l.sku} className="label" data-sku={l.sku}>
          <div
            className="label-qr"
            role="img"
            aria-label={`QR ${l.sku}`}
            dangerouslySetInnerHTML={{ __html: codes[i] ?? '' }}
          />
          <div className="label-text">
            <p className="label-name" lang="vi">
              {l.nameVi}
            </p>
            <p className="label-name-en" lang="en">
              {l.nameEn}
            </p>
            {withPrice && <p className="label-price">{formatVnd(l.priceVnd, locale)}</p>}
            <p className="label-village">{l.village}</p>
            <p className="label-sku">{l.sku}</p>
            <p className="label-site">{site}</p>
            <p className="label-scan">Quét để xem • Scan to see</p>
          </div>
        </li>
      ))}
    </ul>
  );
}

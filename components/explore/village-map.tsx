import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Village } from '@/lib/content';
import { layoutPins } from '@/lib/map';
import { paths } from '@/lib/paths';

const W = 800;
const H = 560;

/**
 * An SVG sketch of the villages' positions, rendered on the server: no tiles, no third parties.
 * A named group rather than role="img": an image's children are hidden from assistive technology,
 * and the pins are real links. The page lists the same links below for anyone who skips the drawing.
 */
export async function VillageMap({ villages, locale }: { villages: Village[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Map' });
  const { pins, kmPerPx } = layoutPins(
    villages.map((v) => ({ slug: v.slug, label: v.name, ...v.coordinates })),
    W,
    H,
  );
  const scaleKm = kmPerPx > 0 ? Math.max(1, Math.round(kmPerPx * 150)) : 0;
  const scalePx = kmPerPx > 0 ? scaleKm / kmPerPx : 0;
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      role="group"
      aria-labelledby="map-title"
      aria-describedby="map-desc"
      className="border-bamboo-200 h-auto w-full rounded-lg border bg-[#eef3e6]"
    >
      <title id="map-title">{t('svgTitle')}</title>
      <desc id="map-desc">{t('svgDesc')}</desc>
      <g aria-hidden="true" fill="none" stroke="#d6e2c4" strokeWidth="1">
        {Array.from({ length: 9 }, (_, i) => (
          <line key={`v${i}`} x1={(i + 1) * 80} y1="0" x2={(i + 1) * 80} y2={H} />
        ))}
        {Array.from({ length: 6 }, (_, i) => (
          <line key={`h${i}`} x1="0" y1={(i + 1) * 80} x2={W} y2={(i + 1) * 80} />
        ))}
      </g>
      <g aria-hidden="true" fontSize="16" fill="#2f220e">
        <path d="M 760 60 l 10 -30 l 10 30 l -10 -8 Z" fill="#234a2c" />
        <text x="770" y="80" textAnchor="middle" fontWeight="700">
          {t('north')}
        </text>
        {scaleKm > 0 && (
          <>
            <line
              x1="30"
              y1={H - 30}
              x2={30 + scalePx}
              y2={H - 30}
              stroke="#2f220e"
              strokeWidth="3"
            />
            <text x="30" y={H - 40}>
              {t('scale', { km: scaleKm })}
            </text>
          </>
        )}
      </g>
      {pins.map((p) => (
        <a key={p.slug} href={paths.village(locale, p.slug)}>
          <circle cx={p.x} cy={p.y} r="9" fill="#2f5d3a" stroke="#fff" strokeWidth="3" />
          <text
            x={p.labelX}
            y={p.labelY}
            textAnchor={p.anchor}
            fontSize="16"
            fontWeight="700"
            fill="#2f220e"
            stroke="#eef3e6"
            strokeWidth="4"
            paintOrder="stroke"
          >
            {p.label}
          </text>
        </a>
      ))}
    </svg>
  );
}

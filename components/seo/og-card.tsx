import { BRAND } from '@/lib/seo/brand';
import { OG_FONT } from '@/lib/seo/og-fonts';

export const OG_SIZE = { width: 1200, height: 630 };

export interface OgCardProps {
  /** Small line above the title: "Làng nghề", the village… */
  kicker: string;
  title: string;
  lines: string[];
  /** Big figure at the bottom right (the price), if any. */
  highlight?: string;
  footer: string;
}

/** The Open Graph card drawn by Satori: flexbox only, inline styles, the Be Vietnam Pro faces. */
export function OgCard({ kicker, title, lines, highlight, footer }: OgCardProps) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 72,
        background: BRAND.bamboo50,
        color: BRAND.bamboo900,
        fontFamily: OG_FONT,
        borderLeft: `32px solid ${BRAND.leaf}`,
      }}
    >
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div
          style={{
            display: 'flex',
            fontSize: 32,
            fontWeight: 700,
            color: BRAND.leafLight,
            textTransform: 'uppercase',
            letterSpacing: 2,
          }}
        >
          {kicker}
        </div>
        <div
          style={{
            display: 'flex',
            marginTop: 20,
            fontSize: title.length > 40 ? 60 : 76,
            fontWeight: 700,
            lineHeight: 1.15,
            color: BRAND.leaf,
          }}
        >
          {title}
        </div>
        {lines.map((line) => (
          <div key={line} style={{ display: 'flex', marginTop: 16, fontSize: 34 }}>
            {line}
          </div>
        ))}
      </div>
      <div style={{ display: 'flex', alignItems: 'flex-end', justifyContent: 'space-between' }}>
        <div style={{ display: 'flex', fontSize: 30, color: BRAND.leafLight }}>{footer}</div>
        {highlight && (
          <div
            style={{
              display: 'flex',
              padding: '12px 28px',
              borderRadius: 16,
              background: BRAND.leaf,
              color: BRAND.bamboo50,
              fontSize: 52,
              fontWeight: 700,
            }}
          >
            {highlight}
          </div>
        )}
      </div>
    </div>
  );
}

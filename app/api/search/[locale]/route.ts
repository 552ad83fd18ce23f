import { isLocale, routing } from '@/i18n/routing';
import { searchIndex } from '@/lib/search/build';

// Written once at build time, like the pages it points to: the search page fetches it only when a
// visitor starts typing, so a page view never carries the whole catalogue.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

/** /api/search/{locale}: every searchable entry in that language (lib/search/rank.ts `SearchEntry`). */
export async function GET(_request: Request, { params }: RouteContext<'/api/search/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale))
    return Response.json(
      { error: { code: 'not_found', message: 'Use /api/search/vi or /api/search/en.' } },
      { status: 404 },
    );
  return Response.json(await searchIndex(locale));
}

import { isLocale } from '@/i18n/routing';
import { searchIndex } from '@/lib/search/build';

// Per request rather than prerendered, so that another locale gets this JSON 404 and other methods a
// 405 (a prerendered handler answers every method and leaves unknown params to the HTML 404 page).
// The index itself is built once per server process (lib/search/build.ts) and the browser keeps it
// for a few minutes; the search page fetches it only when a visitor starts typing.
const CACHE = 'public, max-age=300';

/** /api/search/{locale}: every searchable entry in that language (lib/search/rank.ts `SearchEntry`). */
export async function GET(_request: Request, { params }: RouteContext<'/api/search/[locale]'>) {
  const { locale } = await params;
  if (!isLocale(locale))
    return Response.json(
      {
        error: {
          code: 'not_found',
          message: `Unknown locale "${locale.slice(0, 20)}": use /api/search/vi or /api/search/en.`,
        },
      },
      { status: 404, headers: { 'cache-control': 'no-store' } },
    );
  return Response.json(await searchIndex(locale), { headers: { 'cache-control': CACHE } });
}

import { getVillages } from '@/lib/content';
import { getDb } from '@/lib/db/client';
import { requireStaff } from '@/lib/desk/auth';
import { ordersCsv } from '@/lib/desk/csv';
import { parseFilters } from '@/lib/desk/filters';
import { deskMessages } from '@/lib/desk/i18n';
import { listOrders } from '@/lib/desk/orders';
import { vietnamDay } from '@/lib/desk/time';

/**
 * The list's filters and the viewer's scope, as a spreadsheet in the desk's language (no cut-off
 * at the page's limit). A filter value that does not parse is dropped by parseFilters, never a 500.
 */
export async function GET(request: Request) {
  const viewer = await requireStaff();
  const { lang, m } = await deskMessages();
  const filters = parseFilters(new URL(request.url).searchParams);
  const { orders } = await listOrders(getDb(), viewer, filters, 100_000);
  const villageNames = Object.fromEntries(getVillages(lang).map((v) => [v.slug, v.name]));
  return new Response(ordersCsv(orders, { lang, villageNames }), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${m.csv.file}-${vietnamDay(Date.now())}.csv"`,
      'cache-control': 'private, no-store',
      'x-robots-tag': 'noindex',
    },
  });
}

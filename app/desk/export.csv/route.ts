import { getDb } from '@/lib/db/client';
import { requireStaff } from '@/lib/desk/auth';
import { ordersCsv } from '@/lib/desk/csv';
import { parseFilters } from '@/lib/desk/filters';
import { listOrders } from '@/lib/desk/orders';

/** The list's filters and the viewer's scope, as a spreadsheet (no cut-off at the page's limit). */
export async function GET(request: Request) {
  const viewer = await requireStaff();
  const filters = parseFilters(new URL(request.url).searchParams);
  const { orders } = listOrders(getDb(), viewer, filters, 100_000);
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  return new Response(ordersCsv(orders), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="orders-${day}.csv"`,
      'cache-control': 'private, no-store',
      'x-robots-tag': 'noindex',
    },
  });
}

import type { Metadata } from 'next';
import { DeskHeader } from '@/components/desk/desk-header';
import { OrderFilters } from '@/components/desk/order-filters';
import { OrderTable } from '@/components/desk/order-table';
import { ScanCounts } from '@/components/desk/scan-counts';
import { Notice } from '@/components/desk/ui';
import { getProducts, getVillages } from '@/lib/content';
import { getDb } from '@/lib/db/client';
import { requireStaff } from '@/lib/desk/auth';
import { filtersQuery, parseFilters } from '@/lib/desk/filters';
import { deskMessages, fill } from '@/lib/desk/i18n';
import { listOrders, viewerVillages } from '@/lib/desk/orders';
import { scanRows } from '@/lib/desk/scans';
import { scanTotals } from '@/lib/scans';
import { heading } from '@/components/ui/heading';

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await deskMessages();
  return { title: m.list.title };
}

export default async function DeskOrdersPage({ searchParams }: PageProps<'/desk'>) {
  const viewer = await requireStaff();
  const { lang, m } = await deskMessages();
  const params = await searchParams;
  const filters = parseFilters(params);
  const db = getDb();
  const { orders, more } = await listOrders(db, viewer, filters);
  const scans = scanRows(
    await scanTotals(30, new Date(), db),
    getProducts(lang),
    viewerVillages(viewer),
  );
  const query = filtersQuery(filters);
  const villages = getVillages(lang);
  return (
    <>
      <DeskHeader m={m} lang={lang} viewer={viewer} here={`/desk${query}`} />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-4 md:py-8">
        <h1 className={heading({ level: 'page', className: 'mb-3' })}>{m.list.title}</h1>
        {params.error === 'not_found' && <Notice tone="error">{m.errors.not_found}</Notice>}
        <OrderFilters
          m={m}
          filters={filters}
          villages={
            viewer.role === 'admin'
              ? villages.map((v) => ({ slug: v.slug, name: v.name }))
              : undefined
          }
        />
        <p className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <span>{fill(m.list.count, { count: orders.length })}</span>
          <a href={`/desk/export.csv${query}`} className="link inline-block py-2" download>
            {m.list.export}
          </a>
        </p>
        {more && <Notice tone="error">{fill(m.list.more, { count: orders.length })}</Notice>}
        <OrderTable
          m={m}
          lang={lang}
          orders={orders}
          villageNames={Object.fromEntries(villages.map((v) => [v.slug, v.name]))}
        />
        <ScanCounts m={m} lang={lang} rows={scans} />
      </main>
    </>
  );
}

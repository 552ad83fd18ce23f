import { afterChange } from '@/lib/checkout/after-change';
import { isSweepToken, stockDrift, sweep, SWEEP_HEADER } from '@/lib/checkout/schedule';

export const dynamic = 'force-dynamic';

/** The server's scheduled sweep, called by the server itself (lib/checkout/schedule.ts); 404 to anyone else. */
export async function POST(request: Request) {
  if (!isSweepToken(request.headers.get(SWEEP_HEADER)))
    return Response.json({ message: 'not found' }, { status: 404 });
  const result = await sweep();
  const skus = new Set([...result.skus, ...(await stockDrift())]);
  await afterChange({ skus });
  return Response.json({ ran: result.ran, refreshed: [...skus] });
}

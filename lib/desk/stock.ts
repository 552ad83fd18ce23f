import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { inventory } from '@/lib/db/schema';
import type { Tx } from '@/lib/inventory';
import { move, stockLines } from '@/lib/orders/transitions';

/** Units of a cancelled sale are back on the shelf. */
export function returnSold(tx: Tx, sku: string, quantity: number): void {
  tx.update(inventory)
    .set({ sold: sql`max(0, ${inventory.sold} - ${quantity})` })
    .where(eq(inventory.sku, sku))
    .run();
}

/** A paid or shipped order is cancelled (refunded, returned): its sold units go back on sale. */
export function cancelSold(tx: Tx, orderId: number, actor: string, note: string) {
  const changed = move(tx, orderId, ['paid', 'shipped'], 'cancelled', actor, note);
  if (changed) for (const l of stockLines(tx, orderId)) returnSold(tx, l.sku, l.quantity);
  return changed;
}

import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { inventory } from '@/lib/db/schema';
import {
  OutOfStockError,
  availableStock,
  releaseStock,
  reserveStock,
  sellReserved,
  syncStock,
} from '@/lib/orders/stock';
import { refusal } from '../support/db';
import { freshDb, stockOf } from './helpers';

describe('inventory', () => {
  it('reserves while units are available and refuses the one too many, writing nothing', async () => {
    const db = await freshDb();
    await syncStock(db, 'PV-0001', 2);
    await reserveStock(db, 'PV-0001', 2);
    await expect(reserveStock(db, 'PV-0001', 1)).rejects.toThrow(OutOfStockError);
    expect(await stockOf(db, 'PV-0001')).toMatchObject({ onHand: 2, sold: 0, reserved: 2 });
  });

  it('reports how many are left when refusing', async () => {
    const db = await freshDb();
    await syncStock(db, 'PV-0001', 3);
    await reserveStock(db, 'PV-0001', 2);
    try {
      await reserveStock(db, 'PV-0001', 2);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(OutOfStockError);
      expect((error as OutOfStockError).available).toBe(1);
    }
  });

  it('moves held units to sold on payment, and back on sale on release', async () => {
    const db = await freshDb();
    await syncStock(db, 'PV-0001', 5);
    await reserveStock(db, 'PV-0001', 2);
    await sellReserved(db, 'PV-0001', 2);
    await reserveStock(db, 'PV-0001', 1);
    await releaseStock(db, 'PV-0001', 1);
    expect(await stockOf(db, 'PV-0001')).toMatchObject({ onHand: 5, sold: 2, reserved: 0 });
    expect(await availableStock(db, 'PV-0001')).toBe(3);
  });

  it('treats a changed content figure as a new shelf count, keeping units held by pending orders', async () => {
    const db = await freshDb();
    await syncStock(db, 'PV-0001', 5);
    await reserveStock(db, 'PV-0001', 1);
    await sellReserved(db, 'PV-0001', 1);
    await reserveStock(db, 'PV-0001', 2);
    await syncStock(db, 'PV-0001', 5); // unchanged: nothing resets
    expect(await availableStock(db, 'PV-0001')).toBe(2);
    await syncStock(db, 'PV-0001', 10); // the representative counted the shelf again
    expect(await stockOf(db, 'PV-0001')).toMatchObject({
      contentStock: 10,
      onHand: 10,
      sold: 0,
      reserved: 2,
    });
    await syncStock(db, 'PV-0001', 1); // fewer on the shelf than are held: never below the held units
    expect(await stockOf(db, 'PV-0001')).toMatchObject({ onHand: 2, reserved: 2 });
    expect(await availableStock(db, 'PV-0001')).toBe(0);
  });

  it('has a CHECK constraint that stops available stock going below zero whatever the code does', async () => {
    const db = await freshDb();
    await syncStock(db, 'PV-0001', 1);
    expect(await refusal(db.update(inventory).set({ sold: sql`${inventory.sold} + 2` }))).toMatch(
      /inventory_available_non_negative/,
    );
    expect(await stockOf(db, 'PV-0001')).toMatchObject({ sold: 0 });
  });
});

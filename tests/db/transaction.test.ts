import { describe, expect, it } from 'vitest';
import { scans } from '@/lib/db/schema';
import { transaction, type Db } from '@/lib/db/client';
import { freshDb } from '../support/db';

const scan = (sku: string) => ({ sku, day: '2026-12-01', count: 1 });

/**
 * One request's transaction, open: it has written and now awaits (as a body awaiting the database
 * does, for longer). `fail()` lets it go on, to fail and roll back.
 */
async function openTransaction(db: Db) {
  let begun = () => {};
  let fail = () => {};
  const written = new Promise<void>((resolve) => (begun = resolve));
  const released = new Promise<void>((resolve) => (fail = resolve));
  const outcome = transaction(db, async (tx) => {
    await tx.insert(scans).values(scan('IN-TX'));
    begun();
    await released;
    throw new Error('out of stock');
  });
  await written;
  return { outcome, fail };
}

describe('a transaction and the requests around it', () => {
  it('a write from another request while a transaction is open is kept when that transaction rolls back', async () => {
    const db = await freshDb();
    const open = await openTransaction(db);
    const outside = (async () => {
      await db.insert(scans).values(scan('OUTSIDE'));
    })();
    open.fail();
    await expect(open.outcome).rejects.toThrow('out of stock');
    await outside;
    expect((await db.select().from(scans)).map((r) => r.sku)).toEqual(['OUTSIDE']);
  });

  it('a read from another request never sees a transaction’s uncommitted writes', async () => {
    const db = await freshDb();
    const open = await openTransaction(db);
    const seen = (async () => (await db.select().from(scans)).map((r) => r.sku))();
    open.fail();
    await expect(open.outcome).rejects.toThrow();
    expect(await seen).toEqual([]);
  });

  it('a transaction inside another joins it: both commit or neither does', async () => {
    const db = await freshDb();
    await expect(
      transaction(db, async (tx) => {
        await tx.insert(scans).values(scan('OUTER'));
        await transaction(tx, async (inner) => {
          await inner.insert(scans).values(scan('INNER'));
        });
        throw new Error('later step failed');
      }),
    ).rejects.toThrow('later step failed');
    expect(await db.select().from(scans)).toEqual([]);
    await transaction(db, async (tx) => {
      await tx.insert(scans).values(scan('OUTER'));
      await transaction(tx, async (inner) => {
        await inner.insert(scans).values(scan('INNER'));
      });
    });
    expect((await db.select().from(scans)).map((r) => r.sku).sort()).toEqual(['INNER', 'OUTER']);
  });
});

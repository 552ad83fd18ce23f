import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from './client';
import { locks } from './schema';

/**
 * Takes the lease `name` for `ms` if it is free, expired or already ours: one conditional upsert,
 * so of two processes asking at once exactly one gets it. A holder that dies just lets it run out.
 */
export function tryLease(db: Db, name: string, holder: string, ms: number, now = Date.now()) {
  const result = db
    .insert(locks)
    .values({ name, holder, expiresAt: now + ms })
    .onConflictDoUpdate({
      target: locks.name,
      set: { holder, expiresAt: now + ms },
      setWhere: sql`${locks.expiresAt} <= ${now} OR ${locks.holder} = ${holder}`,
    })
    .run();
  return result.changes === 1;
}

export function releaseLease(db: Db, name: string, holder: string): void {
  db.delete(locks)
    .where(sql`${locks.name} = ${name} AND ${locks.holder} = ${holder}`)
    .run();
}

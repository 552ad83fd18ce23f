import 'server-only';
import { sql } from 'drizzle-orm';
import type { Redis } from 'ioredis';
import { redis, REDIS_PREFIX } from '@/lib/redis';
import type { Db } from './client';
import { locks } from './schema';

/**
 * Takes the lease `name` for `ms` if it is free, expired or already ours: one conditional upsert,
 * so of two processes asking at once exactly one gets it. A holder that dies just lets it run out.
 */
export async function tryLease(db: Db, name: string, holder: string, ms: number, now = Date.now()) {
  const result = await db
    .insert(locks)
    .values({ name, holder, expiresAt: now + ms })
    .onConflictDoUpdate({
      target: locks.name,
      set: { holder, expiresAt: now + ms },
      setWhere: sql`${locks.expiresAt} <= ${now} OR ${locks.holder} = ${holder}`,
    })
    .returning({ name: locks.name });
  return result.length === 1;
}

export async function releaseLease(db: Db, name: string, holder: string): Promise<void> {
  await db.delete(locks).where(sql`${locks.name} = ${name} AND ${locks.holder} = ${holder}`);
}

// Deletes the key only while it still holds our token: a holder whose lock ran out and was taken
// by another process must not release that other process's lock.
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0`;

/** SET NX PX: of any number of processes asking at once, exactly one gets it, until `ms` runs out. */
export async function tryRedisLock(client: Redis, key: string, holder: string, ms: number) {
  return (await client.set(key, holder, 'PX', ms, 'NX')) === 'OK';
}

export async function releaseRedisLock(client: Redis, key: string, holder: string) {
  return (await client.eval(RELEASE, 1, key, holder)) === 1;
}

let warned = false;
function fallBack(error: unknown): void {
  if (warned) return;
  warned = true;
  console.error(`[lock] Redis unreachable (${String(error)}); using the lease in the database`);
}

/**
 * The lease for work that must run on one instance at a time: in Redis with REDIS_URL, in the
 * database otherwise — and while Redis is unreachable, when every instance falls back alike.
 */
export async function acquireLock(
  db: Db,
  name: string,
  holder: string,
  ms: number,
  now = Date.now(),
) {
  const client = redis();
  if (client)
    try {
      return await tryRedisLock(client, `${REDIS_PREFIX}lock:${name}`, holder, ms);
    } catch (error) {
      fallBack(error);
    }
  return tryLease(db, name, holder, ms, now);
}

/** Releases whichever of the two this holder took (the database's too: it may have fallen back). */
export async function releaseLock(db: Db, name: string, holder: string): Promise<void> {
  const client = redis();
  if (client) await releaseRedisLock(client, `${REDIS_PREFIX}lock:${name}`, holder).catch(fallBack);
  await releaseLease(db, name, holder);
}

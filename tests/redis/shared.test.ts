import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCacheHandler } from '@/lib/cache/redis-handler.mjs';
import { releaseRedisLock, tryRedisLock } from '@/lib/db/lock';
import { createLimiter } from '@/lib/limits';
import { createRecipientLimit } from '@/lib/notify/recipient-limit';

// What REDIS_URL shares between instances (issue 27), on the real Redis 7 every machine of this
// project runs on loopback (.ci/run starts it where it is absent). Each connection stands for one
// instance; every key of a run has its own prefix.
const URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0';
const prefix = `chuongmy-test:${randomUUID()}:`;
const clients: Redis[] = [];
const tick = () => new Promise((r) => setTimeout(r, 3));

async function instance(): Promise<Redis> {
  const client = new Redis(URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  clients.push(client);
  await client.connect().catch((error: Error) => {
    throw new Error(
      `Redis is not answering at ${URL} (${error.message}): start it (apt-get install redis-server; redis-server --daemonize yes) or set TEST_REDIS_URL`,
    );
  });
  return client;
}

let a: Redis;
let b: Redis;
beforeAll(async () => {
  a = await instance();
  b = await instance();
});
afterAll(async () => {
  const keys = await a.keys(`${prefix}*`);
  if (keys.length > 0) await a.del(...keys);
  await Promise.all(clients.map((c) => c.quit()));
});

describe('rate limits with REDIS_URL', () => {
  it('a limit reached through one instance holds through the other, per address', async () => {
    const throughA = createLimiter('checkout', 5, 60, { client: a, prefix });
    const throughB = createLimiter('checkout', 5, 60, { client: b, prefix });
    for (let i = 0; i < 3; i++) await throughA.consume('203.0.113.7');
    for (let i = 0; i < 2; i++) await throughB.consume('203.0.113.7');
    await expect(throughA.consume('203.0.113.7')).rejects.toMatchObject({ remainingPoints: 0 });
    await expect(throughB.consume('203.0.113.7')).rejects.toMatchObject({
      msBeforeNext: expect.any(Number),
    });
    await expect(throughB.consume('198.51.100.2')).resolves.toMatchObject({ remainingPoints: 4 });
  });

  it('without Redis each process counts on its own', async () => {
    const one = createLimiter('alone', 1, 60, { client: null, prefix });
    const other = createLimiter('alone', 1, 60, { client: null, prefix });
    await one.consume('x');
    await expect(one.consume('x')).rejects.toBeDefined();
    await expect(other.consume('x')).resolves.toBeDefined();
  });
});

describe('the order-mail limit per mailbox with REDIS_URL', () => {
  it('mails to one mailbox count through both instances; the counter holds no address', async () => {
    const throughA = createRecipientLimit({ client: a, prefix });
    const throughB = createRecipientLimit({ client: b, prefix });
    for (let i = 0; i < 3; i++) expect(await throughA('victim@example.com')).toBe(true);
    for (let i = 0; i < 2; i++) expect(await throughB(`Victim+${i}@Example.com`)).toBe(true);
    expect(await throughA('victim@example.com')).toBe(false);
    expect(await throughB('victim@example.com')).toBe(false);
    expect(await throughB('someone.else@example.com')).toBe(true);
    const keys = await a.keys(`${prefix}mail:recipient*`);
    expect(keys).toHaveLength(2);
    expect(keys.join(' ')).not.toMatch(/victim|someone|example/i);
  });
});

describe('the lock for scheduled work', () => {
  it('of twenty instances asking at once exactly one gets it; only its holder releases it', async () => {
    const key = `${prefix}lock:sweep`;
    const got = await Promise.all(
      Array.from({ length: 20 }, (_, i) => tryRedisLock(i % 2 ? a : b, key, `holder-${i}`, 60_000)),
    );
    expect(got.filter(Boolean)).toHaveLength(1);
    const winner = `holder-${got.indexOf(true)}`;
    expect(await releaseRedisLock(a, key, 'someone-else')).toBe(false);
    expect(await tryRedisLock(b, key, 'late', 60_000)).toBe(false);
    expect(await releaseRedisLock(b, key, winner)).toBe(true);
    expect(await tryRedisLock(a, key, 'next', 60_000)).toBe(true);
  });

  it('a holder that dies lets it run out', async () => {
    const key = `${prefix}lock:short`;
    expect(await tryRedisLock(a, key, 'dies', 50)).toBe(true);
    expect(await tryRedisLock(b, key, 'waits', 50)).toBe(false);
    await new Promise((r) => setTimeout(r, 80));
    expect(await tryRedisLock(b, key, 'waits', 50)).toBe(true);
  });
});

describe("Next's cache in Redis", () => {
  const page = (html: string) => ({
    kind: 'APP_PAGE',
    html,
    rscData: Buffer.from(`rsc:${html}`),
    segmentData: new Map([['/_index', Buffer.from('segment')]]),
    headers: { 'x-next-cache-tags': 'product:PV-0001,_N_T_/vi/products/gio' },
    status: 200,
  });

  it('an entry written by one instance is read by the other, Buffers and Maps intact', async () => {
    const A = createCacheHandler({ url: URL, prefix: `${prefix}cache:` });
    const B = createCacheHandler({ url: URL, prefix: `${prefix}cache:` });
    expect(await A.connected()).toBe(true);
    expect(await B.connected()).toBe(true);
    await new A().set('/vi/products/gio', page('<p>Còn hàng: 3</p>'), {});
    const read = await new B().get('/vi/products/gio', {});
    expect(read?.value).toMatchObject({ kind: 'APP_PAGE', html: '<p>Còn hàng: 3</p>' });
    const value = read?.value as ReturnType<typeof page>;
    expect(Buffer.isBuffer(value.rscData) && value.rscData.toString()).toBe(
      'rsc:<p>Còn hàng: 3</p>',
    );
    expect(value.segmentData.get('/_index')?.toString()).toBe('segment');
    await Promise.all([A.close(), B.close()]);
  });

  it("a sale on one instance expires the product's pages on every instance", async () => {
    const A = createCacheHandler({ url: URL, prefix: `${prefix}sale:` });
    const B = createCacheHandler({ url: URL, prefix: `${prefix}sale:` });
    await Promise.all([A.connected(), B.connected()]);
    await new B().set('/vi/products/gio', page('<p>Còn hàng: 1</p>'), {});
    await new B().set(
      '/vi/products/other',
      { ...page('x'), headers: {} },
      { tags: ['product:TY-0001'] },
    );
    expect(await new B().get('/vi/products/gio', {})).not.toBeNull();
    await tick(); // times are in milliseconds: the sale comes after the render
    await new A().revalidateTag('product:PV-0001');
    expect(await new B().get('/vi/products/gio', {})).toBeNull();
    expect(await new A().get('/vi/products/gio', {})).toBeNull();
    expect(await new B().get('/vi/products/other', {})).not.toBeNull();
    // Rendered again after the sale: cached again, for both.
    await tick();
    await new B().set('/vi/products/gio', page('<p>Hết hàng</p>'), {});
    expect((await new A().get('/vi/products/gio', {}))?.value).toMatchObject({
      html: '<p>Hết hàng</p>',
    });
    await Promise.all([A.close(), B.close()]);
  });

  it('while Redis is unreachable a process caches on its own and still honours its own expiries', async () => {
    const Down = createCacheHandler({ url: 'redis://127.0.0.1:1', prefix: `${prefix}down:` });
    expect(await Down.connected(300)).toBe(false);
    const cache = new Down();
    await cache.set('/vi', page('home'), {});
    expect(await cache.get('/vi', {})).not.toBeNull();
    await tick();
    await cache.revalidateTag('product:PV-0001');
    expect(await cache.get('/vi', {})).toBeNull();
    await Down.close();
  });
});

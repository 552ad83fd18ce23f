import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startCheckout } from '@/lib/checkout';
import { getProducts } from '@/lib/content';
import { freshDb } from '../support/db';
import { orders, outbox } from '@/lib/db/schema';
import {
  allowMailTo,
  mailboxKey,
  RECIPIENT_LIMIT,
  resetRecipientLimits,
} from '@/lib/notify/recipient-limit';

beforeEach(() => resetRecipientLimits());
afterEach(() => vi.restoreAllMocks());

describe('mailboxKey', () => {
  it('one key per mailbox: case, spaces, Unicode form, +tags and Gmail dots do not make a new one', () => {
    const same = [
      'thao@example.vn',
      '  Thao@Example.VN ',
      'THAO+order1@example.vn',
      'thao+x+y@EXAMPLE.vn',
    ];
    expect(new Set(same.map(mailboxKey))).toEqual(new Set(['thao@example.vn']));
    expect(
      new Set(['t.h.a.o@gmail.com', 'Thao+shop@googlemail.com', 'thao@gmail.com'].map(mailboxKey)),
    ).toEqual(new Set(['thao@gmail.com']));
    // "Thảo" typed with a combining hook above, and precomposed.
    expect(mailboxKey('tha\u0309o@example.vn')).toBe(mailboxKey('th\u1ea3o@example.vn'));
  });

  it('other mailboxes stay apart (dots matter outside Gmail)', () => {
    expect(mailboxKey('t.hao@example.vn')).not.toBe(mailboxKey('thao@example.vn'));
    expect(mailboxKey('thao@example.com')).not.toBe(mailboxKey('thao@example.vn'));
  });
});

describe('allowMailTo', () => {
  afterEach(() => vi.useRealTimers());

  it(`${RECIPIENT_LIMIT.max} mails an hour to one mailbox, however it is spelled; then again an hour later`, async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    vi.setSystemTime(Date.UTC(2026, 11, 1, 8));
    const spellings = (i: number) => [`Victim+${i}@Example.com`, `victim@example.com`][i % 2]!;
    const allowed: boolean[] = [];
    for (let i = 0; i < 8; i++) {
      allowed.push(await allowMailTo(spellings(i)));
      vi.advanceTimersByTime(1000);
    }
    expect(allowed).toEqual([true, true, true, true, true, false, false, false]);
    expect(await allowMailTo('someone.else@example.com')).toBe(true);
    vi.advanceTimersByTime(RECIPIENT_LIMIT.windowMs - 8000 - 1);
    expect(await allowMailTo('victim@example.com')).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await allowMailTo('victim@example.com')).toBe(true);
  });
});

describe('a checkout cannot flood an inbox', () => {
  it('7 orders naming one stranger: all 7 placed, the village hears of each, the stranger gets 5 mails', async () => {
    const db = await freshDb();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const p = getProducts('vi').find(
      (x) => x.availability === 'made_to_order' && x.village === 'phu-vinh',
    )!;
    for (let i = 0; i < 7; i++) {
      const { url } = await startCheckout(
        {
          items: [{ sku: p.sku, quantity: 1 }],
          locale: 'vi',
          method: 'cod',
          customer: {
            name: 'Khách',
            // A phone of its own each time: one phone may hold only COD_MAX_OPEN_ORDERS unconfirmed orders.
            phone: `091234567${i}`,
            email: i % 2 ? `VICTIM+${i}@example.com` : 'victim@example.com',
            address: { line: '1 Đường Làng', commune: 'Xã Phú Nghĩa', province: 'Hà Nội' },
          },
        },
        'http://localhost:3000',
        db,
      );
      expect(url).toMatch(/^\/vi\/orders\/CM-/);
    }
    expect(await db.select().from(orders)).toHaveLength(7);
    const rows = await db.select().from(outbox);
    const toBuyer = rows.filter((r) => mailboxKey(r.recipient) === 'victim@example.com');
    expect(toBuyer).toHaveLength(RECIPIENT_LIMIT.max);
    expect(rows.length - toBuyer.length).toBe(7);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/not sent to the buyer/);
  });
});

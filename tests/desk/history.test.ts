import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Locale } from '@/i18n/routing';
import type { Db } from '@/lib/db/client';
import { orders } from '@/lib/db/schema';
import { confirmCod, confirmTransfer, markDelivered, markShipped } from '@/lib/desk/actions';
import { cancelOrder } from '@/lib/desk/cancel';
import { formatHistory, type HistoryEntry } from '@/lib/desk/history';
import { messagesFor } from '@/lib/desk/i18n';
import { historyPeople, orderDetail } from '@/lib/desk/orders';
import { addStaff } from '@/lib/desk/staff';
import type { Viewer } from '@/lib/desk/viewer';
import { expireLapsed, markPaid } from '@/lib/orders/transitions';
import { admin, freshDb, order } from './helpers';

const VILLAGES = { 'phu-vinh': 'Phú Vinh', 'quang-bi': 'Quảng Bị' };
const PLACED = Date.parse('2026-03-01T23:30:00+07:00');

const person = async (
  db: Db,
  username: string,
  displayName: string,
  village: string,
): Promise<Viewer> =>
  (await addStaff(db, { username, displayName, role: 'village', village })).viewer;

/** The history as the viewer's order page shows it; Intl's no-break spaces read as spaces. */
async function history(db: Db, viewer: Viewer, reference: string, lang: Locale = 'vi') {
  const detail = await orderDetail(db, viewer, reference);
  if (!detail) throw new Error(`${reference} is not visible to ${viewer.username}`);
  const entries = formatHistory(detail.history, {
    m: messagesFor(lang),
    lang,
    method: detail.order.method,
    villageNames: VILLAGES,
    people: await historyPeople(db, detail.history),
  });
  return JSON.parse(JSON.stringify(entries).replace(/\u00a0|\u202f/g, ' ')) as HistoryEntry[];
}
const lines = (entries: HistoryEntry[]) =>
  entries.map((e) => [e.title, ...e.details, e.who].join(' | '));

// What a representative must never read: event codes, account ids, amounts as the system notes them.
const RAW =
  /\b(buyer|stripe|system|bank_transfer|cod|card|pending|paid|confirmed|shipped|delivered|cancelled|expired|returned|hold lapsed|VND)\b|desk:/;

async function transferJourney() {
  const db = await freshDb();
  const thao = await person(db, 'thao', 'Thảo', 'phu-vinh');
  const o = await order(
    db,
    'bank_transfer',
    [{ sku: 'PV-0001', village: 'phu-vinh', price: 385_000 }],
    {
      now: PLACED,
    },
  );
  expect(o.totalVnd).toBe(415_000);
  expect(await confirmTransfer(db, thao, o.reference, 415_000)).toMatchObject({ ok: true });
  const parcel = { carrier: 'VNPost', trackingNumber: 'EE123456789VN' };
  expect(await markShipped(db, thao, o.reference, parcel)).toMatchObject({ ok: true });
  expect(await markDelivered(db, thao, o.reference)).toMatchObject({ ok: true });
  return { db, thao, o };
}

describe('order history, as a representative reads it', () => {
  it('a bank transfer order, in Vietnamese: who did what, in words, in Vietnam time', async () => {
    const { db, thao, o } = await transferJourney();
    const entries = await history(db, thao, o.reference);
    expect(lines(entries)).toEqual([
      'Khách đặt hàng · Chuyển khoản | Khách hàng',
      'Đã nhận chuyển khoản 415.000 ₫ | Thảo (Phú Vinh) xác nhận',
      'Phú Vinh: đã xác nhận, chờ gửi hàng | Thảo (Phú Vinh) xác nhận',
      'Phú Vinh: đã gửi hàng | Vận đơn: VNPost EE123456789VN | Thảo (Phú Vinh) gửi hàng',
      'Đơn chuyển sang “Đã gửi hàng” | Thảo (Phú Vinh)',
      'Phú Vinh: khách đã nhận hàng | Thảo (Phú Vinh) ghi nhận',
      'Đơn chuyển sang “Đã giao” | Thảo (Phú Vinh)',
    ]);
    expect(entries[0]?.when).toBe('23:30 01/03/2026');
    for (const line of lines(entries)) expect(line).not.toMatch(RAW);
  });

  it('the same order in English when the desk is switched to English', async () => {
    const { db, thao, o } = await transferJourney();
    const entries = await history(db, thao, o.reference, 'en');
    expect(lines(entries).slice(0, 4)).toEqual([
      'Buyer placed the order · Bank transfer | Buyer',
      'Bank transfer of ₫415,000 received | confirmed by Thảo (Phú Vinh)',
      'Phú Vinh: confirmed, to ship | confirmed by Thảo (Phú Vinh)',
      'Phú Vinh: shipped | Parcel: VNPost EE123456789VN | shipped by Thảo (Phú Vinh)',
    ]);
    expect(entries[0]?.when).toBe('1 Mar 2026, 23:30');
  });

  it('cash on delivery across two villages: each part confirmed or cancelled by its own village', async () => {
    const db = await freshDb();
    const thao = await person(db, 'thao', 'Thảo', 'phu-vinh');
    const binh = await person(db, 'binh', 'Bình', 'quang-bi');
    const o = await order(db, 'cod', [
      { sku: 'PV-0001', village: 'phu-vinh' },
      { sku: 'QB-0002', village: 'quang-bi' },
    ]);
    expect(await confirmCod(db, thao, o.reference)).toMatchObject({ ok: true });
    expect(await cancelOrder(db, binh, o.reference, 'hết hàng; xin lỗi khách', null)).toMatchObject(
      { ok: true },
    );
    expect(lines(await history(db, await admin(db), o.reference))).toEqual([
      'Khách đặt hàng · COD (tiền mặt) | Khách hàng',
      'Phú Vinh: đã xác nhận, chờ gửi hàng | Thảo (Phú Vinh) xác nhận',
      'Quảng Bị: đã huỷ | Lý do: hết hàng; xin lỗi khách | Bình (Quảng Bị) huỷ',
    ]);
    // Each representative reads their own part's rows only.
    expect(lines(await history(db, thao, o.reference))).toEqual([
      'Khách đặt hàng · COD (tiền mặt) | Khách hàng',
      'Phú Vinh: đã xác nhận, chờ gửi hàng | Thảo (Phú Vinh) xác nhận',
    ]);
  });

  it('a paid transfer cancelled by the administrator says what to refund', async () => {
    const db = await freshDb();
    const boss = (await addStaff(db, { username: 'huyen', displayName: 'Huyền', role: 'admin' }))
      .viewer;
    const o = await order(db, 'bank_transfer', [
      { sku: 'PV-0001', village: 'phu-vinh', price: 385_000 },
    ]);
    expect(await confirmTransfer(db, boss, o.reference, 415_000)).toMatchObject({ ok: true });
    expect(await cancelOrder(db, boss, o.reference, 'khách đổi ý', null)).toMatchObject({
      ok: true,
    });
    const last = (await history(db, boss, o.reference)).at(-2);
    expect(last).toMatchObject({
      title: 'Phú Vinh: đã huỷ',
      details: ['Lý do: khách đổi ý', 'Cần hoàn cho khách 415.000 ₫.'],
      who: 'Huyền (quản trị) huỷ',
    });
  });

  it('a card payment and its refund through Stripe; a returned part', async () => {
    const db = await freshDb();
    const thao = await person(db, 'thao', 'Thảo', 'phu-vinh');
    const o = await order(db, 'card', [{ sku: 'PV-0001', village: 'phu-vinh', price: 200_000 }]);
    await db.update(orders).set({ stripeSessionId: 'cs_1' }).where(eq(orders.id, o.id));
    await markPaid(db, o.id, 'stripe', { stripePaymentIntentId: 'pi_1' });
    await markShipped(db, thao, o.reference, { carrier: 'GHN', trackingNumber: 'GHN1' });
    await markDelivered(db, thao, o.reference);
    const gateway = {
      refund: async (_pi: string, key: string) => ({ id: `re_${key}` }),
      expireSession: async () => undefined,
    };
    expect(await cancelOrder(db, thao, o.reference, 'vỡ khi giao', gateway)).toMatchObject({
      ok: true,
    });
    const entries = await history(db, thao, o.reference);
    expect(entries[1]).toMatchObject({
      title: 'Đã nhận thanh toán bằng thẻ',
      who: 'Stripe (tự động)',
    });
    expect(entries.find((e) => e.title === 'Phú Vinh: khách trả hàng')).toMatchObject({
      details: ['Lý do: vỡ khi giao', `Đã hoàn 230.000 ₫ qua Stripe (mã re_${o.reference}).`],
      who: 'Thảo (Phú Vinh) huỷ',
    });
    for (const line of lines(entries)) expect(line.replace(/mã re_\S+/, '')).not.toMatch(RAW);
  });

  it('a hold that lapsed by itself, and a cash-on-delivery delivery with the cash collected', async () => {
    const db = await freshDb();
    const thao = await person(db, 'thao', 'Thảo', 'phu-vinh');
    const lapsed = await order(db, 'bank_transfer', [{ sku: 'PV-0001', village: 'phu-vinh' }]);
    await expireLapsed(db, Date.now() + 49 * 3_600_000);
    expect(lines(await history(db, thao, lapsed.reference)).at(-1)).toBe(
      'Hết thời gian giữ hàng, đơn tự huỷ | Hệ thống (tự động)',
    );
    const cod = await order(db, 'cod', [{ sku: 'PV-0001', village: 'phu-vinh' }], {
      phone: '0987654321',
    });
    await markShipped(db, thao, cod.reference, { carrier: 'Viettel Post', trackingNumber: 'VT1' });
    await markDelivered(db, thao, cod.reference);
    expect((await history(db, thao, cod.reference)).map((e) => e.title)).toContain(
      'Phú Vinh: đã giao, thu tiền COD 130.000 ₫',
    );
  });

  it('a representative of one village in a two-village order sees the payment without its amount', async () => {
    const db = await freshDb();
    const boss = await admin(db);
    const thao = await person(db, 'thao', 'Thảo', 'phu-vinh');
    const o = await order(db, 'bank_transfer', [
      { sku: 'PV-0001', village: 'phu-vinh' },
      { sku: 'QB-0002', village: 'quang-bi' },
    ]);
    expect(await confirmTransfer(db, boss, o.reference, o.totalVnd)).toMatchObject({ ok: true });
    const mine = lines(await history(db, thao, o.reference));
    expect(mine[1]).toBe('Đã nhận chuyển khoản | Quản trị (quản trị) xác nhận');
    expect(mine.join('\n')).not.toContain('Quảng Bị');
    expect(mine.join('\n')).not.toMatch(/\d{3}\.000/);
  });

  it('an account that no longer exists is named by its username, never "desk:…"', async () => {
    const { db, thao, o } = await transferJourney();
    const detail = (await orderDetail(db, thao, o.reference))!;
    const entries = formatHistory(detail.history, {
      m: messagesFor('vi'),
      lang: 'vi',
      method: 'bank_transfer',
      villageNames: VILLAGES,
      people: {},
    });
    expect(entries[1]?.who).toBe('thao xác nhận');
  });
});

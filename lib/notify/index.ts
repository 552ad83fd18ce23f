import 'server-only';
import { and, asc, eq, isNull, lt, lte, or } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import { isLocale, routing, type Locale } from '@/i18n/routing';
import { getVillage } from '@/lib/content';
import { getDb, type Db } from '@/lib/db/client';
import { orders, outbox } from '@/lib/db/schema';
import { env } from '@/lib/env';
import { orderByReference, withLines } from '@/lib/orders/queries';
import { orderPagePath } from '@/lib/paths';
import { composeMessage, type NotifyKind } from './messages';
import { allowMailTo, RECIPIENT_LIMIT } from './recipient-limit';

export const MAX_ATTEMPTS = 5;
/**
 * How long a sender holds a message it is delivering. Longer than one delivery can take with the
 * timeouts below, so a slow send is never taken twice; a sender that dies mid-send leaves the
 * message to the next sweep after this.
 */
export const CLAIM_MS = 5 * 60_000;

/**
 * Queues the messages for one order event: the village (in Vietnamese, with a desk link) and the
 * buyer when they gave an email (in their language; a few an hour per mailbox at most, see
 * ./recipient-limit.ts). Writing to the outbox is all that happens in the request; delivery runs
 * afterwards and never fails an order. `buyerToken` opens the buyer's private order page: only the
 * request that placed the order has it (the database keeps its hash), so only that message can
 * carry the link.
 */
export async function queueOrderMessages(
  db: Db,
  orderId: number,
  kind: NotifyKind,
  now = Date.now(),
  buyerToken?: string,
): Promise<number> {
  const [row] = await db.select().from(orders).where(eq(orders.id, orderId));
  const order = row && (await withLines(db, [row]))[0];
  if (!order) return 0;
  const villages = [...new Set(order.lines.map((l) => l.village))];
  const messages: {
    village: string;
    recipient: string;
    locale: Locale;
    subject: string;
    body: string;
  }[] = villages.flatMap((slug) => {
    const email = getVillage(slug, 'vi')?.contact.email;
    return email
      ? [
          {
            village: slug,
            recipient: email,
            locale: 'vi' as const,
            ...composeMessage(order, kind, 'vi', `${env.SITE_URL}/desk/orders/${order.reference}`),
          },
        ]
      : [];
  });
  if (order.customerEmail && !(await allowMailTo(order.customerEmail))) {
    console.warn(
      `[notify] ${kind} mail for order ${order.reference} not sent to the buyer: that mailbox already had ${RECIPIENT_LIMIT.max} this hour`,
    );
  } else if (order.customerEmail) {
    const locale = isLocale(order.locale) ? order.locale : routing.defaultLocale;
    const orderUrl =
      buyerToken && `${env.SITE_URL}${orderPagePath(locale, order.reference, buyerToken)}`;
    messages.push({
      village: villages[0] ?? '',
      recipient: order.customerEmail,
      locale,
      ...composeMessage(order, kind, locale, undefined, orderUrl),
    });
  }
  if (messages.length === 0) return 0;
  await db.insert(outbox).values(messages.map((m) => ({ ...m, orderId, kind, createdAt: now })));
  return messages.length;
}

let transport: Transporter | undefined;
function mailer(): Transporter | undefined {
  if (!env.SMTP_URL) return undefined;
  transport ??= nodemailer.createTransport({
    url: env.SMTP_URL,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  return transport;
}

/**
 * Takes message `id` for this sender if no other holds it: one conditional UPDATE, so of two
 * senders (two orders placed at once, the sweep, another instance) exactly one delivers it.
 */
async function claim(db: Db, id: number, now: number): Promise<boolean> {
  const taken = await db
    .update(outbox)
    .set({ claimedUntil: now + CLAIM_MS })
    .where(and(eq(outbox.id, id), eq(outbox.status, 'pending'), unclaimed(now)))
    .returning({ id: outbox.id });
  return taken.length === 1;
}
const unclaimed = (now: number) => or(isNull(outbox.claimedUntil), lte(outbox.claimedUntil, now));

/** Sends what is pending (and retries failures, up to MAX_ATTEMPTS). Without SMTP_URL it leaves them for the desk. */
export async function flushOutbox(
  db: Db = getDb(),
  send = mailer(),
): Promise<{ sent: number; failed: number }> {
  if (!send) return { sent: 0, failed: 0 };
  const pending = await db
    .select()
    .from(outbox)
    .where(
      and(eq(outbox.status, 'pending'), lt(outbox.attempts, MAX_ATTEMPTS), unclaimed(Date.now())),
    )
    .orderBy(asc(outbox.id))
    .limit(100);
  let sent = 0;
  let failed = 0;
  for (const m of pending) {
    if (!(await claim(db, m.id, Date.now()))) continue;
    try {
      await send.sendMail({
        from: env.MAIL_FROM,
        to: m.recipient,
        subject: m.subject,
        text: m.body,
      });
      await db
        .update(outbox)
        .set({
          status: 'sent',
          sentAt: Date.now(),
          attempts: m.attempts + 1,
          lastError: null,
          claimedUntil: null,
        })
        .where(eq(outbox.id, m.id));
      sent++;
    } catch (error) {
      const attempts = m.attempts + 1;
      const lastError = error instanceof Error ? error.message.slice(0, 500) : String(error);
      await db
        .update(outbox)
        .set({
          attempts,
          lastError,
          status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
          claimedUntil: null,
        })
        .where(eq(outbox.id, m.id));
      failed++;
    }
  }
  return { sent, failed };
}

/** Queue, then deliver in the background: the caller's response never waits on SMTP. */
export async function notifyOrder(
  orderId: number,
  kind: NotifyKind,
  db: Db = getDb(),
  { buyerToken }: { buyerToken?: string } = {},
): Promise<void> {
  try {
    if ((await queueOrderMessages(db, orderId, kind, Date.now(), buyerToken)) > 0) {
      setTimeout(
        () =>
          void flushOutbox(db).catch((error) => console.error('[notify] delivery failed:', error)),
        0,
      );
    }
  } catch (error) {
    console.error(`[notify] could not queue ${kind} messages for order ${orderId}:`, error);
  }
}

export async function notifyByReference(
  reference: string,
  kind: NotifyKind,
  db: Db = getDb(),
): Promise<void> {
  const order = await orderByReference(db, reference);
  if (order) await notifyOrder(order.id, kind, db);
}

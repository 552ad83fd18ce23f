// The same tables as schema.sqlite.ts, in PostgreSQL's types (times and money in bigint, read back as
// numbers; flags as boolean), so every query in lib/ reads the same rows from either database.
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
// Relative, not '@/…': drizzle-kit loads this file without the app's path aliases.
import { ORDER_STATUSES, PAYMENT_METHODS, SHIPMENT_STATUSES } from '../orders/states';
import { MESSAGE_STATUSES, STAFF_ROLES } from './schema.sqlite';

/**
 * QR scans, counted per product per day. Deliberately nothing else: no IP address, no user agent,
 * no time of day — nothing that could identify the person who scanned.
 */
export const scans = pgTable(
  'scans',
  {
    sku: text('sku').notNull(),
    day: text('day').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.sku, t.day] }),
    check('scans_count_non_negative', sql`${t.count} >= 0`),
  ],
);

/**
 * Stock held in the database. `contentStock` is the figure last read from the product's content
 * file; when a representative changes it, `onHand` is reset to it and `sold` to 0 (they counted
 * the shelf). Available = onHand − sold − reserved, and the CHECK keeps it from going below 0
 * even if application code were wrong.
 */
export const inventory = pgTable(
  'inventory',
  {
    sku: text('sku').primaryKey(),
    contentStock: integer('content_stock').notNull(),
    onHand: integer('on_hand').notNull(),
    sold: integer('sold').notNull().default(0),
    reserved: integer('reserved').notNull().default(0),
  },
  (t) => [
    check('inventory_non_negative', sql`${t.sold} >= 0 AND ${t.reserved} >= 0`),
    check('inventory_available_non_negative', sql`${t.onHand} - ${t.sold} - ${t.reserved} >= 0`),
  ],
);

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

/** One order model for card, bank transfer and cash on delivery. Money is whole đồng. */
export const orders = pgTable(
  'orders',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    reference: text('reference').notNull().unique(),
    status: text('status', { enum: ORDER_STATUSES }).notNull(),
    method: text('method', { enum: PAYMENT_METHODS }).notNull(),
    locale: text('locale').notNull(),
    subtotalVnd: bigint('subtotal_vnd', { mode: 'number' }).notNull(),
    shippingVnd: bigint('shipping_vnd', { mode: 'number' }).notNull(),
    totalVnd: bigint('total_vnd', { mode: 'number' }).notNull(),
    shippingOption: text('shipping_option'),
    customerName: text('customer_name'),
    customerPhone: text('customer_phone'),
    customerEmail: text('customer_email'),
    addressLine: text('address_line'),
    addressCommune: text('address_commune'),
    addressProvince: text('address_province'),
    addressCountry: text('address_country'),
    customerNote: text('customer_note'),
    stripeSessionId: text('stripe_session_id').unique(),
    stripePaymentIntentId: text('stripe_payment_intent_id'),
    accessTokenHash: text('access_token_hash'),
    /** While pending: when the held stock goes back on sale. Null once paid, cancelled or expired. */
    reservedUntil: bigint('reserved_until', { mode: 'number' }),
    shippingCarrier: text('shipping_carrier'),
    trackingNumber: text('tracking_number'),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
    updatedAt: bigint('updated_at', { mode: 'number' }).notNull(),
  },
  (t) => [
    check('orders_status', sql`${t.status} IN (${list(ORDER_STATUSES)})`),
    check('orders_method', sql`${t.method} IN (${list(PAYMENT_METHODS)})`),
    check(
      'orders_money',
      sql`${t.subtotalVnd} >= 0 AND ${t.shippingVnd} >= 0 AND ${t.totalVnd} = ${t.subtotalVnd} + ${t.shippingVnd}`,
    ),
  ],
);

export const orderLines = pgTable(
  'order_lines',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    sku: text('sku').notNull(),
    name: text('name').notNull(),
    village: text('village').notNull(),
    unitPriceVnd: bigint('unit_price_vnd', { mode: 'number' }).notNull(),
    quantity: integer('quantity').notNull(),
    /** Whether this line holds stock (in-stock products do; made-to-order ones do not). */
    reservesStock: boolean('reserves_stock').notNull(),
  },
  (t) => [check('order_lines_positive', sql`${t.quantity} > 0 AND ${t.unitPriceVnd} >= 0`)],
);

/**
 * One village's part of an order: its lines (order_lines with the same village), its status and
 * tracking. Pending until paid (card, transfer) or confirmed by the village (cash on delivery);
 * while pending its held units count only until `holdUntil` (null: held until the desk decides).
 */
export const shipments = pgTable(
  'shipments',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    village: text('village').notNull(),
    status: text('status', { enum: SHIPMENT_STATUSES }).notNull(),
    holdUntil: bigint('hold_until', { mode: 'number' }),
    carrier: text('carrier'),
    trackingNumber: text('tracking_number'),
    /** Money given back for this part (card refund made, or a transfer refund to make). */
    refundedVnd: bigint('refunded_vnd', { mode: 'number' }).notNull().default(0),
    updatedAt: bigint('updated_at', { mode: 'number' }).notNull(),
  },
  (t) => [
    uniqueIndex('shipments_order_village').on(t.orderId, t.village),
    index('shipments_hold').on(t.status, t.holdUntil),
    check('shipments_status', sql`${t.status} IN (${list(SHIPMENT_STATUSES)})`),
    check('shipments_refund', sql`${t.refundedVnd} >= 0`),
  ],
);

/** The status history: every change, who made it and why; `village` when it concerns one part. */
export const orderEvents = pgTable('order_events', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  orderId: integer('order_id')
    .notNull()
    .references(() => orders.id, { onDelete: 'cascade' }),
  at: bigint('at', { mode: 'number' }).notNull(),
  fromStatus: text('from_status'),
  toStatus: text('to_status').notNull(),
  actor: text('actor').notNull(),
  note: text('note'),
  village: text('village'),
});

/**
 * Leases for work one process at a time may do (the scheduled sweep): a holder takes a name until
 * `expiresAt`, and a crashed holder's lease simply runs out.
 */
export const locks = pgTable('locks', {
  name: text('name').primaryKey(),
  holder: text('holder').notNull(),
  expiresAt: bigint('expires_at', { mode: 'number' }).notNull(),
});

/** Per-year counter behind references like CM-2026-000123. */
export const orderCounters = pgTable('order_counters', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});

/** Stripe events already applied: written in the same transaction as the order change they made. */
export const stripeEvents = pgTable('stripe_events', {
  eventId: text('event_id').primaryKey(),
  type: text('type').notNull(),
  sessionId: text('session_id'),
  receivedAt: bigint('received_at', { mode: 'number' }).notNull(),
});

/**
 * Order desk accounts: a district administrator sees every village, a village representative only
 * orders with a line from their village. No password until the one-time setup link is used; only
 * hashes of passwords and setup tokens are stored.
 */
export const staff = pgTable(
  'staff',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: STAFF_ROLES }).notNull(),
    village: text('village'),
    passwordHash: text('password_hash'),
    setupTokenHash: text('setup_token_hash').unique(),
    setupExpiresAt: bigint('setup_expires_at', { mode: 'number' }),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
    disabled: boolean('disabled').notNull().default(false),
  },
  (t) => [
    check('staff_role', sql`${t.role} IN (${list(STAFF_ROLES)})`),
    check('staff_village', sql`(${t.role} = 'village') = (${t.village} IS NOT NULL)`),
  ],
);

/** Desk sessions. The id is the SHA-256 of the cookie token, so a copy of the database logs no one in. */
export const staffSessions = pgTable(
  'staff_sessions',
  {
    id: text('id').primaryKey(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
    expiresAt: bigint('expires_at', { mode: 'number' }).notNull(),
  },
  (t) => [index('staff_sessions_staff').on(t.staffId)],
);

/**
 * Every notification is written here first, so nothing is lost: with SMTP configured a sender
 * delivers and marks it sent (retrying failures); without it the desk shows the messages.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    orderId: integer('order_id').references(() => orders.id, { onDelete: 'set null' }),
    village: text('village'),
    kind: text('kind').notNull(),
    recipient: text('recipient').notNull(),
    locale: text('locale').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    status: text('status', { enum: MESSAGE_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /** While a sender is delivering it: no other sender takes it until then (a dead sender's runs out). */
    claimedUntil: bigint('claimed_until', { mode: 'number' }),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
    sentAt: bigint('sent_at', { mode: 'number' }),
  },
  (t) => [
    check('outbox_status', sql`${t.status} IN (${list(MESSAGE_STATUSES)})`),
    index('outbox_status').on(t.status),
  ],
);

/** Tour booking requests: a person asks; the village or the district answers by phone or email. */
export const bookings = pgTable(
  'bookings',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    reference: text('reference').notNull().unique(),
    tour: text('tour').notNull(),
    name: text('name').notNull(),
    phone: text('phone').notNull(),
    email: text('email'),
    date: text('date').notNull(),
    groupSize: integer('group_size').notNull(),
    language: text('language').notNull(),
    note: text('note'),
    locale: text('locale').notNull(),
    status: text('status').notNull().default('new'),
    createdAt: bigint('created_at', { mode: 'number' }).notNull(),
  },
  (t) => [check('bookings_group', sql`${t.groupSize} BETWEEN 1 AND 200`)],
);

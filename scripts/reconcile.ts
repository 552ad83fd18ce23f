/**
 * `npm run reconcile`: what the server's own sweep does (lib/checkout/schedule.ts), for a person who
 * wants it now. Safe to repeat.
 */
import { readOptions, type CommandSpec } from '../tools/cli';

readOptions({
  usage: { vi: ['npm run reconcile'], en: ['npm run reconcile'] },
  about: {
    vi: [
      'Hoàn tất các phiên thanh toán thẻ Stripe đã xong trong 72 giờ qua mà webhook bỏ sót, trả lại hàng',
      'đang giữ đã quá hạn và gửi lại thư chưa gửi được. Chạy lại bao nhiêu lần cũng an toàn; máy chủ tự làm',
      'việc này lúc khởi động và sau mỗi SCHEDULE_INTERVAL_SECONDS.',
    ].join('\n'),
    en: [
      'Fulfils completed Stripe Checkout Sessions of the last 72 hours that the webhook missed, releases',
      'lapsed holds and retries unsent mail. Safe to repeat; the server does the same by itself at startup',
      'and every SCHEDULE_INTERVAL_SECONDS.',
    ].join('\n'),
  },
  options: {},
} satisfies CommandSpec);

// Loaded after the arguments: --help and a wrong option reach neither the database nor Stripe.
const db = await (await import('@/lib/db/client')).readyDb();
const { reconcile } = await import('@/lib/checkout/reconcile');
const { stripe } = await import('@/lib/payments/stripe-client');

if (!stripe())
  console.warn(
    'Card payments are not configured (STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET): only lapsed holds are checked.',
  );
const report = await reconcile(db);
console.log(
  `Checked ${report.checked} completed session(s); fulfilled ${report.fulfilled.length}${report.fulfilled.length ? `: ${report.fulfilled.join(', ')}` : ''}.`,
);
console.log(`Released ${report.expiredHolds} lapsed hold(s).`);
if (report.skus.length)
  console.log(
    'The running server shows the new stock on its pages after its next sweep (a few minutes).',
  );

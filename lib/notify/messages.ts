import type { Locale } from '@/i18n/routing';
import { formatVnd } from '@/lib/format';
import type { OrderWithLines } from '@/lib/orders/types';

export const NOTIFY_KINDS = ['placed', 'paid', 'shipped', 'cancelled'] as const;
export type NotifyKind = (typeof NOTIFY_KINDS)[number];

const subjects: Record<Locale, Record<NotifyKind, string>> = {
  vi: {
    placed: 'Đơn hàng mới {ref}',
    paid: 'Đơn hàng {ref} đã được thanh toán',
    shipped: 'Đơn hàng {ref} đã được gửi đi',
    cancelled: 'Đơn hàng {ref} đã huỷ',
  },
  en: {
    placed: 'New order {ref}',
    paid: 'Order {ref} is paid',
    shipped: 'Order {ref} has shipped',
    cancelled: 'Order {ref} was cancelled',
  },
};

const methods: Record<Locale, Record<string, string>> = {
  vi: { card: 'thẻ', bank_transfer: 'chuyển khoản', cod: 'tiền mặt khi nhận hàng' },
  en: { card: 'card', bank_transfer: 'bank transfer', cod: 'cash on delivery' },
};

/**
 * A short plain-text message; `deskUrl` is set for the village, which can open the order there, and
 * `orderUrl` for the buyer when the order is placed: their private link to the order page.
 */
export function composeMessage(
  order: OrderWithLines,
  kind: NotifyKind,
  locale: Locale,
  deskUrl?: string,
  orderUrl?: string,
) {
  const subject = subjects[locale][kind].replace('{ref}', order.reference);
  const lines = order.lines.map(
    (l) =>
      `- ${l.name} (${l.sku}) × ${l.quantity}: ${formatVnd(l.unitPriceVnd * l.quantity, locale)}`,
  );
  const total =
    locale === 'vi'
      ? `Tổng cộng: ${formatVnd(order.totalVnd, locale)} — ${methods.vi[order.method]}`
      : `Total: ${formatVnd(order.totalVnd, locale)} — ${methods.en[order.method]}`;
  const tracking =
    kind === 'shipped' && order.trackingNumber
      ? [
          `${locale === 'vi' ? 'Vận chuyển' : 'Carrier'}: ${order.shippingCarrier ?? ''} ${order.trackingNumber}`,
        ]
      : [];
  const footer = deskUrl
    ? [`${locale === 'vi' ? 'Xem trên bàn đơn hàng' : 'Open in the order desk'}: ${deskUrl}`]
    : orderUrl
      ? [
          locale === 'vi'
            ? `Xem đơn hàng của bạn (giữ đường link này, chỉ bạn mở được): ${orderUrl}`
            : `Your order page (keep this link: only you can open it): ${orderUrl}`,
        ]
      : [
          locale === 'vi'
            ? 'Xem đơn hàng bằng đường link bạn nhận được khi đặt hàng.'
            : 'See your order with the link you received when ordering.',
        ];
  return {
    subject,
    body: [
      subject,
      '',
      ...lines,
      total,
      ...tracking,
      '',
      ...footer,
      '',
      'Làng nghề Chương Mỹ',
    ].join('\n'),
  };
}

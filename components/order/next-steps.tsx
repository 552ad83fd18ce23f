import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { formatVnd } from '@/lib/format';
import type { Order } from '@/lib/orders/types';
import { displayPhone } from '@/lib/phone';

/** What happens next, in the buyer's language, for their way of paying and the order's state. */
export async function NextSteps({ order, locale }: { order: Order; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Order' });
  const deadline = order.reservedUntil
    ? new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'Asia/Ho_Chi_Minh',
      }).format(order.reservedUntil)
    : '';
  let text: string;
  if (order.status === 'pending' && order.method === 'bank_transfer') {
    text = t('nextTransfer', {
      amount: formatVnd(order.totalVnd, locale),
      deadline,
      reference: order.reference,
    });
  } else if (order.status === 'pending' && order.method === 'cod') {
    text = t('nextCod', { phone: order.customerPhone ? displayPhone(order.customerPhone) : '' });
  } else {
    text = t(`next.${order.status}`);
  }
  return (
    <p className="border-leaf-700 rounded border bg-white p-3" role="status">
      {text}
    </p>
  );
}

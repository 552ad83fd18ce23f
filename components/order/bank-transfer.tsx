import QRCode from 'qrcode';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { formatVnd } from '@/lib/format';
import type { Order } from '@/lib/orders/types';
import { buildVietQr, transferPurpose } from '@/lib/payments/vietqr';
import type { ShopSettings } from '@/lib/settings';
import { CopyButton } from './copy-button';
import { card } from '@/components/ui/card';
import { heading } from '@/components/ui/heading';

type Bank = NonNullable<ShopSettings['bank']>;

/** The VietQR code any Vietnamese banking app scans to prefill the transfer, and the same details as text. */
export async function BankTransfer({
  order,
  bank,
  locale,
}: {
  order: Order;
  bank: Bank;
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: 'Order' });
  const note = transferPurpose(order.reference);
  const payload = buildVietQr({
    bin: bank.bin,
    accountNumber: bank.accountNumber,
    amountVnd: order.totalVnd,
    purpose: note,
  });
  const svg = await QRCode.toString(payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  const rows: [string, string, string][] = [
    [t('bank'), bank.bankName, bank.bankName],
    [t('account'), bank.accountNumber, bank.accountNumber],
    [t('holder'), bank.accountHolder, bank.accountHolder],
    [t('amount'), formatVnd(order.totalVnd, locale), String(order.totalVnd)],
    [t('transferNote'), note, note],
  ];
  return (
    <section aria-labelledby="transfer" className={card({ padding: 'md' })}>
      <h2 id="transfer" className={heading({ level: 'block', className: 'mb-3' })}>
        {t('transferTitle')}
      </h2>
      <div className="flex flex-col gap-4 sm:flex-row">
        <div
          role="img"
          aria-label={t('qrLabel')}
          data-vietqr={payload}
          className="size-56 flex-none"
          dangerouslySetInnerHTML={{ __html: svg }}
        />
        <dl className="grid grid-cols-[auto_1fr_auto] items-center gap-x-3 gap-y-2 text-sm">
          {rows.map(([label, shown, copy]) => (
            <div key={label} className="contents">
              <dt className="font-semibold">{label}</dt>
              <dd className="font-mono">{shown}</dd>
              <dd>
                <CopyButton value={copy} label={t('copy')} copied={t('copied')} />
              </dd>
            </div>
          ))}
        </dl>
      </div>
      {bank.sample && (
        <p className="mt-3 text-sm font-semibold text-red-800">{t('sampleAccount')}</p>
      )}
    </section>
  );
}

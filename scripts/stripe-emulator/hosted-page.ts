/**
 * The stand-in for Stripe's hosted Checkout page: GET /pay/:id shows the order, the buyer picks a
 * shipping option and presses Pay (POST /pay/:id/complete) or Cancel (POST /pay/:id/cancel).
 * Plain HTML forms, no JavaScript, so it works from curl, fetch and Playwright alike.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { formatAmount } from './currency';
import { readBody } from './http';
import { completeSession, successRedirect, TEST_BUYER } from './session-lifecycle';
import type {
  CheckoutSessionObject,
  EmulatorContext,
  EventObject,
  SessionRecord,
  ShippingRateObject,
} from './state';

type Lang = 'vi' | 'en';

const TEXT = {
  vi: {
    title: 'Thanh toán',
    testMode: 'Chế độ thử: đây là trình giả lập Stripe, không có giao dịch thật.',
    items: 'Sản phẩm trong đơn',
    product: 'Sản phẩm',
    quantity: 'Số lượng',
    unitPrice: 'Đơn giá',
    amount: 'Thành tiền',
    subtotal: 'Tạm tính',
    shipping: 'Phí vận chuyển',
    total: 'Tổng cộng',
    shippingLegend: 'Phương thức vận chuyển',
    totalWith: 'tổng cộng',
    buyer: 'Thông tin người mua (dữ liệu thử)',
    name: 'Họ và tên',
    email: 'Email',
    line1: 'Địa chỉ',
    city: 'Xã/Phường, Quận/Huyện',
    state: 'Tỉnh/Thành phố',
    country: 'Quốc gia',
    pay: 'Thanh toán',
    cancel: 'Huỷ',
    expired: 'Phiên thanh toán này đã hết hạn. Vui lòng quay lại cửa hàng để đặt hàng lại.',
    complete: 'Đơn hàng này đã được thanh toán.',
    notFound: 'Không tìm thấy phiên thanh toán này.',
    back: 'Quay lại cửa hàng',
    noCancelUrl: 'Cửa hàng không cung cấp đường dẫn quay lại (cancel_url).',
    badInput: 'Không thể thanh toán',
  },
  en: {
    title: 'Checkout',
    testMode: 'Test mode: this is a Stripe emulator, no real payment is made.',
    items: 'Items in your order',
    product: 'Product',
    quantity: 'Quantity',
    unitPrice: 'Unit price',
    amount: 'Amount',
    subtotal: 'Subtotal',
    shipping: 'Shipping',
    total: 'Total',
    shippingLegend: 'Shipping method',
    totalWith: 'total',
    buyer: 'Buyer details (test data)',
    name: 'Full name',
    email: 'Email',
    line1: 'Address',
    city: 'Commune / district',
    state: 'Province',
    country: 'Country',
    pay: 'Pay',
    cancel: 'Cancel',
    expired: 'This checkout session has expired. Please return to the shop and order again.',
    complete: 'This order has already been paid.',
    notFound: 'This checkout session does not exist.',
    back: 'Back to the shop',
    noCancelUrl: 'The shop gave no cancel_url to return to.',
    badInput: 'Payment not possible',
  },
} as const;

type Strings = (typeof TEXT)[Lang];

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The session's locale decides, as on Stripe; `auto` or none falls back to Accept-Language. */
function pickLang(session: CheckoutSessionObject | undefined, req: IncomingMessage): Lang {
  const locale = session?.locale;
  if (locale && locale !== 'auto') return locale.startsWith('vi') ? 'vi' : 'en';
  const accepted = (req.headers['accept-language'] ?? '').toLowerCase();
  return accepted.startsWith('vi') ? 'vi' : 'en';
}

function numberLocale(lang: Lang): string {
  return lang === 'vi' ? 'vi-VN' : 'en-US';
}

function layout(lang: Lang, title: string, body: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; background: #f6f7f9; color: #1a1a1a; line-height: 1.5; }
  main { max-width: 40rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
  .test { background: #fff4d6; border: 1px solid #e0b100; padding: .5rem .75rem; border-radius: .375rem; }
  table { width: 100%; border-collapse: collapse; background: #fff; }
  th, td { text-align: left; padding: .5rem; border-bottom: 1px solid #e3e5e8; vertical-align: top; }
  td.num, th.num { text-align: right; white-space: nowrap; }
  fieldset { border: 1px solid #c9ccd1; border-radius: .375rem; margin: 1.25rem 0; background: #fff; }
  .field { display: flex; flex-direction: column; margin: .5rem 0; }
  input, select { font: inherit; padding: .4rem; border: 1px solid #8a8f98; border-radius: .25rem; }
  .actions { display: flex; gap: .75rem; flex-wrap: wrap; margin-top: 1rem; }
  button { font: inherit; padding: .6rem 1.25rem; border-radius: .375rem; border: 1px solid #1a1a1a; cursor: pointer; }
  button.primary { background: #1f4d3a; color: #fff; border-color: #1f4d3a; }
  button:focus-visible, input:focus-visible, select:focus-visible, a:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(html),
  });
  res.end(html);
}

function messagePage(
  res: ServerResponse,
  status: number,
  lang: Lang,
  heading: string,
  message: string,
  link?: string | null,
): void {
  const t: Strings = TEXT[lang];
  const back = link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(t.back)}</a></p>` : '';
  sendHtml(
    res,
    status,
    layout(
      lang,
      heading,
      `<h1>${escapeHtml(heading)}</h1>\n<p role="status">${escapeHtml(message)}</p>\n${back}`,
    ),
  );
}

function redirect(res: ServerResponse, location: string): void {
  // 303 so the browser follows a POST with a GET, as after a real Checkout payment.
  res.writeHead(303, { location, 'cache-control': 'no-store', 'content-length': 0 });
  res.end();
}

function checkoutPage(ctx: EmulatorContext, record: SessionRecord, lang: Lang): string {
  const t: Strings = TEXT[lang];
  const s = record.session;
  const money = (amount: number) =>
    escapeHtml(formatAmount(amount, s.currency, numberLocale(lang)));
  const rows = record.lineItems
    .map(
      (item) =>
        `<tr><th scope="row">${escapeHtml(item.description)}</th><td class="num">${item.quantity}</td>` +
        `<td class="num">${money(item.price.unit_amount)}</td><td class="num">${money(item.amount_total)}</td></tr>`,
    )
    .join('\n');
  const rates = s.shipping_options
    .map((o) =>
      typeof o.shipping_rate === 'string'
        ? ctx.state.shippingRates.get(o.shipping_rate)
        : o.shipping_rate,
    )
    .filter((rate): rate is ShippingRateObject => rate !== undefined);
  const selectedRate =
    typeof s.shipping_cost?.shipping_rate === 'string'
      ? s.shipping_cost.shipping_rate
      : s.shipping_cost?.shipping_rate.id;
  // Each choice shows the total it leads to, so the page needs no script to stay truthful.
  const shipping = rates.length
    ? `<fieldset>\n<legend>${escapeHtml(t.shippingLegend)}</legend>\n` +
      rates
        .map((rate, i) => {
          const id = `shipping-${i}`;
          const checked =
            rate.id === selectedRate || (selectedRate === undefined && i === 0) ? ' checked' : '';
          return (
            `<div><input type="radio" id="${id}" name="shipping_rate" value="${escapeHtml(rate.id)}"${checked}> ` +
            `<label for="${id}">${escapeHtml(rate.display_name)}: ${money(rate.fixed_amount.amount)} ` +
            `(${escapeHtml(t.totalWith)} ${money(s.amount_subtotal + rate.fixed_amount.amount)})</label></div>`
          );
        })
        .join('\n') +
      '\n</fieldset>'
    : '';
  const countries = s.shipping_address_collection?.allowed_countries ?? [TEST_BUYER.country];
  const defaultCountry = countries.includes(TEST_BUYER.country) ? TEST_BUYER.country : countries[0];
  const countryOptions = countries
    .map(
      (c) =>
        `<option value="${escapeHtml(c)}"${c === defaultCountry ? ' selected' : ''}>${escapeHtml(c)}</option>`,
    )
    .join('');
  const field = (name: string, label: string, value: string, type = 'text', extra = '') =>
    `<div class="field"><label for="${name}">${escapeHtml(label)}</label>` +
    `<input id="${name}" name="${name}" type="${type}" value="${escapeHtml(value)}" required${extra}></div>`;
  const email = s.customer_email ?? TEST_BUYER.email;
  const cancel = s.cancel_url
    ? `<form method="post" action="/pay/${escapeHtml(s.id)}/cancel"><button type="submit" id="cancel">${escapeHtml(t.cancel)}</button></form>`
    : '';

  const body = `<h1>${escapeHtml(t.title)}</h1>
<p class="test" role="note">${escapeHtml(t.testMode)}</p>
<table>
<caption>${escapeHtml(t.items)}</caption>
<thead><tr><th scope="col">${escapeHtml(t.product)}</th><th scope="col" class="num">${escapeHtml(t.quantity)}</th><th scope="col" class="num">${escapeHtml(t.unitPrice)}</th><th scope="col" class="num">${escapeHtml(t.amount)}</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot>
<tr><th scope="row" colspan="3">${escapeHtml(t.subtotal)}</th><td class="num">${money(s.amount_subtotal)}</td></tr>
${s.shipping_cost ? `<tr><th scope="row" colspan="3">${escapeHtml(t.shipping)}</th><td class="num">${money(s.shipping_cost.amount_total)}</td></tr>` : ''}
<tr><th scope="row" colspan="3">${escapeHtml(t.total)}</th><td class="num"><strong>${money(s.amount_total)}</strong></td></tr>
</tfoot>
</table>
<form method="post" action="/pay/${escapeHtml(s.id)}/complete" id="pay-form">
${shipping}
<fieldset>
<legend>${escapeHtml(t.buyer)}</legend>
${field('name', t.name, TEST_BUYER.name, 'text', ' autocomplete="name"')}
${field('email', t.email, email, 'email', s.customer_email ? ' readonly autocomplete="email"' : ' autocomplete="email"')}
${field('line1', t.line1, TEST_BUYER.line1, 'text', ' autocomplete="address-line1"')}
${field('city', t.city, TEST_BUYER.city, 'text', ' autocomplete="address-level2"')}
${field('state', t.state, TEST_BUYER.state, 'text', ' autocomplete="address-level1"')}
<div class="field"><label for="country">${escapeHtml(t.country)}</label><select id="country" name="country" autocomplete="country">${countryOptions}</select></div>
</fieldset>
</form>
<div class="actions">
<button type="submit" form="pay-form" id="pay" class="primary">${escapeHtml(t.pay)}</button>
${cancel}
</div>`;
  return layout(lang, t.title, body);
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  return new URLSearchParams(await readBody(req, 64 * 1024));
}

/** Handles /pay/:id[/complete|/cancel]; returns false if the path is not one of these. */
export async function handleHostedPage(
  ctx: EmulatorContext,
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
): Promise<boolean> {
  const match = /^\/pay\/([A-Za-z0-9_]+)(?:\/(complete|cancel))?\/?$/.exec(pathname);
  if (!match || match[1] === undefined) return false;
  const id = match[1];
  const action = match[2];
  const record = ctx.state.sessions.get(id);
  const lang = pickLang(record?.session, req);
  const t: Strings = TEXT[lang];
  const method = req.method ?? 'GET';

  if (
    (action === undefined && method !== 'GET' && method !== 'HEAD') ||
    (action !== undefined && method !== 'POST')
  ) {
    res.writeHead(405, { allow: action === undefined ? 'GET' : 'POST', 'content-length': 0 });
    res.end();
    return true;
  }
  if (!record) {
    messagePage(res, 404, lang, t.title, t.notFound);
    return true;
  }
  const session = record.session;

  if (action === undefined) {
    if (session.status === 'open') sendHtml(res, 200, checkoutPage(ctx, record, lang));
    else if (session.status === 'complete')
      messagePage(res, 200, lang, t.title, t.complete, successRedirect(session));
    else messagePage(res, 410, lang, t.title, t.expired, session.cancel_url);
    return true;
  }

  if (action === 'cancel') {
    // Leaving Checkout does not expire the session on Stripe either: it stays open until expires_at.
    if (session.cancel_url) redirect(res, session.cancel_url);
    else messagePage(res, 400, lang, t.title, t.noCancelUrl);
    return true;
  }

  // action === 'complete'. Read the form before looking at the status: a second click arriving
  // meanwhile must see the session already complete (completeSession itself is synchronous).
  const form = await readForm(req);
  if (session.status === 'complete') {
    redirect(res, successRedirect(session)); // a double-clicked Pay must not pay twice
    return true;
  }
  if (session.status === 'expired') {
    messagePage(res, 410, lang, t.title, t.expired, session.cancel_url);
    return true;
  }
  const text = (key: string) => form.get(key)?.trim() || undefined;
  let event: EventObject;
  try {
    event = completeSession(ctx, record, {
      shippingRateId: text('shipping_rate'),
      name: text('name'),
      email: text('email'),
      line1: text('line1'),
      city: text('city'),
      state: text('state'),
      country: text('country'),
    });
  } catch (e) {
    messagePage(res, 400, lang, t.badInput, e instanceof Error ? e.message : String(e));
    return true;
  }
  // Delivery first (by default), so the shop has usually recorded the payment before the buyer
  // lands on success_url; the slowWebhook fault (or deliverBeforeRedirect=false) gives the race.
  await ctx.webhooks.dispatch(event, { wait: ctx.config.deliverBeforeRedirect });
  redirect(res, successRedirect(session));
  return true;
}

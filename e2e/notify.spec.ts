import { expect, test } from '@playwright/test';
import { baseURL, smtpSinkURL } from '../playwright.config';
import { catalogue, freshPhone } from './helpers';

interface Mail {
  to: string[];
  raw: string;
}
const mails = async (): Promise<Mail[]> =>
  (await (await fetch(`${smtpSinkURL}/messages`)).json()) as Mail[];

test('placing an order emails the village (Vietnamese) and the buyer (their language) over SMTP', async ({
  request,
}) => {
  const p =
    (await catalogue(request, 'en')).find(
      (x) => x.availability === 'made_to_order' && x.village === 'phu-vinh',
    ) ?? (await catalogue(request, 'en')).find((x) => x.availability === 'made_to_order')!;
  const res = await request.post('/api/checkout', {
    headers: {
      'content-type': 'application/json',
      origin: baseURL,
      'x-forwarded-for': '10.40.0.1',
    },
    data: Buffer.from(
      JSON.stringify({
        items: [{ sku: p.sku, quantity: 1 }],
        locale: 'en',
        method: 'cod',
        customer: {
          name: 'Mail Test',
          phone: freshPhone(),
          email: 'mail.test@example.com',
          address: { line: 'x', commune: 'y', province: 'z' },
        },
      }),
    ),
  });
  expect(res.status()).toBe(200);
  const { url } = (await res.json()) as { url: string };
  const reference = /CM-\d{4}-\d{6}/.exec(url)![0];
  await expect
    .poll(async () => (await mails()).filter((m) => m.raw.includes(reference)).length, {
      timeout: 10_000,
    })
    .toBe(2);
  const sent = (await mails()).filter((m) => m.raw.includes(reference));
  const buyer = sent.find((m) => m.to.includes('mail.test@example.com'));
  expect(buyer?.raw).toContain(`New order ${reference}`);
  // The buyer keeps the link to their order page (quoted-printable folds long lines).
  const unfolded = buyer!.raw.replace(/=\r?\n/g, '').replace(/=3D/gi, '=');
  expect(unfolded).toContain(`${baseURL}${url}`);
  const village = sent.find((m) => !m.to.includes('mail.test@example.com'));
  expect(village?.to[0]).toMatch(/@example\.vn$/);
  expect(village?.raw).toContain(`/desk/orders/${reference}`);
});

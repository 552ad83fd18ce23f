import { describe, expect, it } from 'vitest';

// Buyers from anywhere (issue 24): the country decides how the phone is read and which address
// fields are asked; cash on delivery is for deliveries within Vietnam (and pick-up at the village).
process.env.SITE_URL = 'http://localhost:3000';
const { startCheckout } = await import('@/lib/checkout');
const { getProducts } = await import('@/lib/content');
const { freshDb } = await import('../support/db');
const { orders } = await import('@/lib/db/schema');
const { errorResponse } = await import('@/lib/http/respond');

const made = getProducts('vi').find((p) => p.availability === 'made_to_order')!;
const origin = 'http://localhost:3000';

async function place(body: Record<string, unknown>, locale: 'vi' | 'en' = 'en') {
  const db = await freshDb();
  try {
    const { url } = await startCheckout(
      { items: [{ sku: made.sku, quantity: 1 }], locale, ...body },
      origin,
      db,
    );
    const [row] = await db
      .select({
        phone: orders.customerPhone,
        country: orders.addressCountry,
        line: orders.addressLine,
        commune: orders.addressCommune,
        province: orders.addressProvince,
      })
      .from(orders);
    return { ok: true as const, url, row };
  } catch (error) {
    const res = await errorResponse(error, locale);
    const body = (await res.json()) as {
      error: { code: string; fields?: { field: string; message: string }[] };
    };
    expect(await db.select().from(orders)).toEqual([]);
    return { ok: false as const, status: res.status, error: body.error };
  }
}

const korean = {
  name: 'Kim Minji',
  phone: '010-1234-5678',
  country: 'KR',
  address: { line: '12 Sejong-daero', city: 'Seoul', postalCode: '04524' },
};

describe('a buyer from abroad', () => {
  it('delivery to Korea: a Korean mobile stored in E.164, the address as Korea writes it', async () => {
    const placed = await place({
      method: 'bank_transfer',
      shipping: 'international',
      customer: korean,
    });
    expect(placed).toMatchObject({
      ok: true,
      row: {
        phone: '+821012345678',
        country: 'KR',
        line: '12 Sejong-daero',
        commune: 'Seoul 04524',
      },
    });
  });

  it('a Korean number given with Japan as the country is refused, next to the phone field, with an example', async () => {
    const placed = await place({
      method: 'bank_transfer',
      shipping: 'international',
      customer: { ...korean, country: 'JP' },
    });
    expect(placed.ok).toBe(false);
    if (placed.ok) return;
    expect(placed.status).toBe(400);
    expect(placed.error.fields?.map((f) => f.field)).toEqual(['customer.phone']);
    expect(placed.error.fields?.[0]?.message).toMatch(
      /^Mobile phone: not a mobile number in Japan \(e\.g\. 090-1234-5678\)/,
    );
  });

  it('abroad, the city and postal code are asked — by name, in the page’s language, all at once', async () => {
    const placed = await place(
      {
        method: 'bank_transfer',
        shipping: 'international',
        customer: { ...korean, address: { line: '12 Sejong-daero' } },
      },
      'vi',
    );
    expect(placed.ok).toBe(false);
    if (placed.ok) return;
    expect(placed.error.fields?.map((f) => f.field).sort()).toEqual([
      'customer.address.city',
      'customer.address.postalCode',
    ]);
    expect(placed.error.fields?.find((f) => f.field.endsWith('city'))?.message).toMatch(
      /^Thành phố: nhập thành phố/,
    );
  });

  it('cash on delivery is refused for a delivery abroad, and for a country the option does not reach', async () => {
    const cod = await place({ method: 'cod', shipping: 'international', customer: korean });
    expect(cod).toMatchObject({ ok: false, status: 400 });
    if (!cod.ok) expect(cod.error.fields?.map((f) => f.field)).toEqual(['method']);
    const far = await place({
      method: 'bank_transfer',
      shipping: 'international',
      customer: { ...korean, country: 'BR', phone: '+55 11 91234-5678' },
    });
    expect(far).toMatchObject({ ok: false, status: 400 });
    if (!far.ok) expect(far.error.fields?.map((f) => f.field)).toContain('customer.country');
  });

  it('pick-up at the village: a name and a phone from anywhere are enough, and cash is paid there', async () => {
    const placed = await place({
      method: 'cod',
      shipping: 'pickup',
      customer: { name: 'Kim Minji', phone: '+82 10-1234-5678', country: 'KR' },
    });
    expect(placed).toMatchObject({ ok: true, row: { phone: '+821012345678', line: null } });
  });
});

import { describe, expect, it, vi } from 'vitest';

const create = vi.fn(async () => ({ id: 're_1' }));
const expire = vi.fn(async () => ({}));
vi.mock('@/lib/payments/stripe-client', () => ({
  stripe: () => ({ refunds: { create }, checkout: { sessions: { expire } } }),
}));

describe('the Stripe gateway', () => {
  it("refunds a part's amount (whole đồng) with the idempotency key refund-<key>", async () => {
    const { stripeGateway } = await import('@/lib/desk/stripe-gateway');
    const gateway = stripeGateway();
    expect(await gateway?.refund('pi_123', 'CM-2026-000042-phu-vinh', 200_000)).toEqual({
      id: 're_1',
    });
    expect(create).toHaveBeenCalledWith(
      { payment_intent: 'pi_123', amount: 200_000 },
      { idempotencyKey: 'refund-CM-2026-000042-phu-vinh' },
    );
    await gateway?.expireSession('cs_test_1');
    expect(expire).toHaveBeenCalledWith('cs_test_1');
  });
});

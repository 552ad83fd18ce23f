import { describe, expect, it, vi } from 'vitest';

const create = vi.fn(async () => ({ id: 're_1' }));
const expire = vi.fn(async () => ({}));
vi.mock('@/lib/payments/stripe-client', () => ({
  stripe: () => ({ refunds: { create }, checkout: { sessions: { expire } } }),
}));

describe('the Stripe gateway', () => {
  it('refunds the whole payment intent with the idempotency key refund-<reference>', async () => {
    const { stripeGateway } = await import('@/lib/desk/stripe-gateway');
    const gateway = stripeGateway();
    expect(await gateway?.refund('pi_123', 'CM-2026-000042')).toEqual({ id: 're_1' });
    expect(create).toHaveBeenCalledWith(
      { payment_intent: 'pi_123' },
      { idempotencyKey: 'refund-CM-2026-000042' },
    );
    await gateway?.expireSession('cs_test_1');
    expect(expire).toHaveBeenCalledWith('cs_test_1');
  });
});

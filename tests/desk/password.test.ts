import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '@/lib/desk/password';

describe('password hashing (scrypt)', () => {
  it('stores scrypt$N$r$p$salt$hash with N=2^15, r=8, p=1 and a 16-byte salt', async () => {
    const stored = await hashPassword('mây tre đan 2026');
    const [name, n, r, p, salt, hash] = stored.split('$');
    expect([name, n, r, p]).toEqual(['scrypt', '32768', '8', '1']);
    expect(Buffer.from(salt ?? '', 'base64url')).toHaveLength(16);
    expect(Buffer.from(hash ?? '', 'base64url')).toHaveLength(32);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('mây tre đan 2026');
    expect(await verifyPassword('mây tre đan 2026', stored)).toBe(true);
    expect(await verifyPassword('mây tre đan 2025', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts every hash, and a decomposed Vietnamese password equals its composed form', async () => {
    const a = await hashPassword('Phú Vinh 1234');
    expect(a).not.toBe(await hashPassword('Phú Vinh 1234'));
    expect(await verifyPassword('Phú Vinh 1234'.normalize('NFD'), a)).toBe(true);
  });

  it('refuses missing, malformed and tampered hashes without throwing', async () => {
    const stored = await hashPassword('password-123');
    expect(await verifyPassword('password-123', null)).toBe(false);
    expect(await verifyPassword('password-123', 'plain')).toBe(false);
    expect(await verifyPassword('password-123', stored.replace('$32768$', '$1024$'))).toBe(false);
    expect(await verifyPassword('password-123', stored.replace('$32768$', '$1073741824$'))).toBe(
      false,
    );
    const parts = stored.split('$');
    parts[5] = Buffer.alloc(32).toString('base64url');
    expect(await verifyPassword('password-123', parts.join('$'))).toBe(false);
  });
});

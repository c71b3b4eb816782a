import { describe, expect, it } from 'vitest';
import { hashSecret, matchSecret, owaspScryptCost, secretHashSchema, verifySecret } from '../../../electron/host/staff/secret-hash.ts';
import { testScryptCost } from '../../fixtures/staff.ts';

describe('PIN and badge hashes', () => {
  it('hashes a PIN with scrypt at OWASP’s cost, verifies it, and refuses a wrong one', async () => {
    const stored = await hashSecret('482916');
    expect(stored).toMatchObject({ algorithm: 'scrypt', N: 2 ** 17, r: 8, p: 1 });
    expect(owaspScryptCost).toEqual({ N: 2 ** 17, r: 8, p: 1 });
    expect(Buffer.from(stored.salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(stored.hash, 'base64')).toHaveLength(32);
    expect(secretHashSchema.parse(stored)).toEqual(stored);
    expect(await verifySecret('482916', stored)).toBe(true);
    expect(await verifySecret('482917', stored)).toBe(false);
  });

  it('salts every hash, so two members with the same PIN do not share a hash', async () => {
    const first = await hashSecret('482916', { cost: testScryptCost });
    const second = await hashSecret('482916', { cost: testScryptCost });
    expect(first.salt).not.toBe(second.salt);
    expect(first.hash).not.toBe(second.hash);
  });

  it('finds which of several badges under one salt a code belongs to, and none for a stranger’s', async () => {
    const salt = 'c3RhZmYtYmFkZ2Utc2FsdA==';
    const badges = await Promise.all(['BADGE-0001', 'BADGE-0002', 'BADGE-0003'].map((code) => hashSecret(code, { cost: testScryptCost, salt })));
    expect(await matchSecret('BADGE-0002', badges)).toBe(1);
    expect(await matchSecret('BADGE-0004', badges)).toBe(-1);
    expect(await matchSecret('BADGE-0001', [])).toBe(-1);
  });

  it('refuses a stored hash whose cost would be too weak or would exhaust memory', () => {
    const stored = { algorithm: 'scrypt', N: 2 ** 10, r: 8, p: 1, salt: 'c3RhZmYtYmFkZ2Utc2FsdA==', hash: 'c3RhZmYtYmFkZ2Utc2FsdA==' };
    expect(secretHashSchema.safeParse(stored).success).toBe(true);
    expect(secretHashSchema.safeParse({ ...stored, N: 2 ** 4 }).success).toBe(false);
    expect(secretHashSchema.safeParse({ ...stored, N: 2 ** 24 }).success).toBe(false);
    expect(secretHashSchema.safeParse({ ...stored, N: 3000 }).success).toBe(false);
    expect(secretHashSchema.safeParse({ ...stored, algorithm: 'sha256' }).success).toBe(false);
  });
});

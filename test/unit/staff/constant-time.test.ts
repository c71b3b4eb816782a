// node:crypto is wrapped, not replaced: the real scrypt and timingSafeEqual run, and the test sees each call.
import { scrypt, timingSafeEqual } from 'node:crypto';
import type * as NodeCrypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { errorOf } from '../../fixtures/temp-host.ts';
import { signInRig } from './staff-rig.ts';

vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof NodeCrypto>();
  return { ...real, default: real, scrypt: vi.fn(real.scrypt), timingSafeEqual: vi.fn(real.timingSafeEqual) };
});

const members = [
  { id: 'maria', name: 'María', pin: '482916', badge: 'BADGE-0001' },
  { id: 'juan', name: 'Juan', pin: '739184', badge: 'BADGE-0002' },
  { id: 'ana', name: 'Ana', pin: '031975', badge: 'BADGE-0003' },
];

function countCalls() {
  vi.mocked(scrypt).mockClear();
  vi.mocked(timingSafeEqual).mockClear();
  return { hashes: () => vi.mocked(scrypt).mock.calls.length, comparisons: () => vi.mocked(timingSafeEqual).mock.calls.length };
}

describe('sign-in comparisons', () => {
  it('compares a PIN’s hash with crypto.timingSafeEqual, right or wrong', async () => {
    const rig = await signInRig(members);
    const right = countCalls();
    await rig.signIn.signIn({ method: 'pin', staffId: 'juan', pin: '739184' }, 'kiosk');
    expect([right.hashes(), right.comparisons()]).toEqual([1, 1]);
    const [derived, stored] = vi.mocked(timingSafeEqual).mock.calls[0] ?? [];
    expect(Buffer.from(derived as Uint8Array).equals(Buffer.from(stored as Uint8Array))).toBe(true);

    const wrong = countCalls();
    expect(await errorOf(rig.signIn.signIn({ method: 'pin', staffId: 'juan', pin: '739185' }, 'kiosk'))).toEqual({ code: 'staff.signInRefused', params: {} });
    expect([wrong.hashes(), wrong.comparisons()]).toEqual([1, 1]);
  });

  it('spends one hash computation on an unknown staff id, as on a known one', async () => {
    const rig = await signInRig(members);
    const calls = countCalls();
    expect(await errorOf(rig.signIn.signIn({ method: 'pin', staffId: 'nobody', pin: '482916' }, 'kiosk'))).toEqual({ code: 'staff.signInRefused', params: {} });
    expect([calls.hashes(), calls.comparisons()]).toEqual([1, 1]);
  });

  it('finds a badge with one hash computation and compares it with every member’s badge', async () => {
    const rig = await signInRig(members);
    const calls = countCalls();
    expect(await rig.signIn.signIn({ method: 'badge', badge: 'BADGE-0001' }, 'kiosk')).toEqual({ id: 'maria', name: 'María', role: 'staff' });
    expect([calls.hashes(), calls.comparisons()]).toEqual([1, 3]);
  });

  it('does not even hash an attempt while the device is locked', async () => {
    const rig = await signInRig(members);
    for (let attempt = 0; attempt < 5; attempt += 1) await errorOf(rig.signIn.signIn({ method: 'pin', staffId: 'maria', pin: '000001' }, 'kiosk'));
    const calls = countCalls();
    expect(await errorOf(rig.signIn.signIn({ method: 'pin', staffId: 'maria', pin: '482916' }, 'kiosk'))).toMatchObject({ code: 'staff.lockedOut' });
    expect(calls.hashes()).toBe(0);
  });
});

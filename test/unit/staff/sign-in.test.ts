import { describe, expect, it } from 'vitest';
import { createAuditLog } from '../../../electron/host/staff/audit-log.ts';
import { createStaffSignIn } from '../../../electron/host/staff/staff-sign-in.ts';
import { writeStaffFile } from '../../../electron/host/staff/staff-file.ts';
import { openKioskDatabase } from '../../../electron/host/storage/database.ts';
import { writeStaff } from '../../fixtures/staff.ts';
import { errorOf } from '../../fixtures/temp-host.ts';
import { tempFolder } from '../../fixtures/store-config.ts';
import { later, signInRig, staffFileAt } from './staff-rig.ts';

const maria = { id: 'maria', name: 'María López', role: 'manager', pin: '482916', badge: 'BADGE-0001' } as const;
const juan = { id: 'juan', name: 'Juan Pérez', pin: '739184' } as const;
const wrongPin = (staffId: string) => ({ method: 'pin', staffId, pin: '000001' }) as const;
const refused = { code: 'staff.signInRefused', params: {} };
const lockedFor = (seconds: number) => ({ code: 'staff.lockedOut', params: { seconds } });

describe('staff sign-in', () => {
  it('signs a member in by id and PIN, in any case, or by badge, and audits each', async () => {
    const rig = await signInRig([maria, juan]);
    expect(await rig.signIn.signIn({ method: 'pin', staffId: 'Maria', pin: '482916' }, 'kiosk')).toEqual({ id: 'maria', name: 'María López', role: 'manager' });
    expect(await rig.signIn.signIn({ method: 'badge', badge: 'BADGE-0001' }, 'desk-1')).toEqual({ id: 'maria', name: 'María López', role: 'manager' });
    expect(rig.audit.read({ limit: 10 }).map(({ staffId, device, action, detail }) => ({ staffId, device, action, detail }))).toEqual([
      { staffId: 'maria', device: 'desk-1', action: 'staff.signIn', detail: { method: 'badge' } },
      { staffId: 'maria', device: 'kiosk', action: 'staff.signIn', detail: { method: 'pin' } },
    ]);
  });

  it('refuses a wrong PIN, an unknown id and an unknown badge alike, and never records what was typed', async () => {
    const rig = await signInRig([maria, juan]);
    expect(await errorOf(rig.signIn.signIn({ method: 'pin', staffId: 'maria', pin: '739184' }, 'kiosk'))).toEqual(refused);
    expect(await errorOf(rig.signIn.signIn({ method: 'pin', staffId: '739184', pin: '482916' }, 'kiosk'))).toEqual(refused);
    expect(await errorOf(rig.signIn.signIn({ method: 'badge', badge: 'BADGE-9999' }, 'kiosk'))).toEqual(refused);
    const entries = rig.audit.read({ limit: 10 }).reverse();
    expect(entries.map(({ staffId, action }) => [staffId, action])).toEqual([
      ['maria', 'staff.signInFailed'],
      [null, 'staff.signInFailed'],
      [null, 'staff.signInFailed'],
    ]);
    const stored = JSON.stringify(rig.db.prepare('SELECT * FROM staff_audit').all()) + JSON.stringify(rig.db.prepare('SELECT * FROM staff_lockouts').all());
    for (const typed of ['739184', '482916', 'BADGE-9999']) expect(stored).not.toContain(typed);
  });

  it('locks an account for 30 s after its fifth failure, still after a restart, and lets it in once the time is up', async () => {
    const rig = await signInRig([maria]);
    for (let attempt = 1; attempt <= 4; attempt += 1) expect(await errorOf(rig.signIn.signIn(wrongPin('maria'), `desk-${attempt}`))).toEqual(refused);
    expect(await errorOf(rig.signIn.signIn(wrongPin('maria'), 'desk-5'))).toEqual(lockedFor(30));

    later(rig.clock, 10);
    rig.restart();
    // Locked means locked: even the right PIN, from a device that never failed, is not looked at.
    expect(await errorOf(rig.signIn.signIn({ method: 'pin', staffId: 'maria', pin: '482916' }, 'desk-6'))).toEqual(lockedFor(20));
    later(rig.clock, 19.5);
    expect(await errorOf(rig.signIn.signIn({ method: 'pin', staffId: 'maria', pin: '482916' }, 'desk-6'))).toEqual(lockedFor(1));

    later(rig.clock, 0.5);
    expect(await rig.signIn.signIn({ method: 'pin', staffId: 'maria', pin: '482916' }, 'desk-6')).toMatchObject({ id: 'maria' });
    expect(rig.actions()).toEqual([...Array(5).fill('staff.signInFailed'), 'staff.lockedOut', 'staff.signIn']);
    expect(rig.audit.read({ limit: 10 }).find((entry) => entry.action === 'staff.lockedOut')).toMatchObject({ staffId: 'maria', detail: { seconds: 30 } });
  });

  it('doubles the lock with each further failure, up to 15 minutes', async () => {
    const rig = await signInRig([maria]);
    const locks: unknown[] = [];
    for (let attempt = 1; attempt <= 11; attempt += 1) {
      locks.push(await errorOf(rig.signIn.signIn(wrongPin('maria'), 'kiosk')));
      later(rig.clock, 15 * 60);
    }
    expect(locks).toEqual([refused, refused, refused, refused, lockedFor(30), lockedFor(60), lockedFor(120), lockedFor(240), lockedFor(480), lockedFor(900), lockedFor(900)]);
  });

  it('locks a device that keeps failing, whichever accounts it tries, but not the accounts elsewhere', async () => {
    const rig = await signInRig([maria, juan]);
    for (const staffId of ['maria', 'juan', 'ana', 'maria']) expect(await errorOf(rig.signIn.signIn(wrongPin(staffId), 'kiosk'))).toEqual(refused);
    expect(await errorOf(rig.signIn.signIn(wrongPin('juan'), 'kiosk'))).toEqual(lockedFor(30));
    expect(await errorOf(rig.signIn.signIn({ method: 'badge', badge: 'BADGE-0001' }, 'kiosk'))).toEqual(lockedFor(30));
    expect(await rig.signIn.signIn({ method: 'pin', staffId: 'juan', pin: '739184' }, 'desk-1')).toMatchObject({ id: 'juan' });
  });

  it('throttles guesses at unknown ids by the id too, from any device', async () => {
    const rig = await signInRig([maria]);
    for (let attempt = 1; attempt <= 4; attempt += 1) await errorOf(rig.signIn.signIn(wrongPin('pedro'), `desk-${attempt}`));
    expect(await errorOf(rig.signIn.signIn(wrongPin('Pedro'), 'desk-5'))).toEqual(lockedFor(30));
    expect(rig.audit.read({ limit: 1 })[0]).toMatchObject({ staffId: null, action: 'staff.lockedOut' });
  });

  it('forgets an account’s and a device’s failures when a sign-in there succeeds', async () => {
    const rig = await signInRig([maria]);
    for (let attempt = 1; attempt <= 4; attempt += 1) await errorOf(rig.signIn.signIn(wrongPin('maria'), 'kiosk'));
    await rig.signIn.signIn({ method: 'pin', staffId: 'maria', pin: '482916' }, 'kiosk');
    for (let attempt = 1; attempt <= 4; attempt += 1) expect(await errorOf(rig.signIn.signIn(wrongPin('maria'), 'kiosk'))).toEqual(refused);
  });

  it('says sign-in is not configured without a staff file, and names a broken one', async () => {
    const folder = tempFolder();
    const db = openKioskDatabase(`${folder.dataDir}/atiende.sqlite`);
    try {
      const audit = createAuditLog({ db, now: () => new Date() });
      const attempt = { method: 'pin', staffId: 'maria', pin: '482916' } as const;
      expect(await errorOf(createStaffSignIn({ db, staffFile: null, now: () => new Date(), audit }).signIn(attempt, 'kiosk'))).toEqual({ code: 'staff.notConfigured', params: {} });
      const missing = createStaffSignIn({ db, staffFile: `${folder.dir}/staff.json`, now: () => new Date(), audit });
      expect(await errorOf(missing.signIn(attempt, 'kiosk'))).toEqual({ code: 'staff.notConfigured', params: {} });
      await writeStaff(`${folder.dir}/staff.json`, [maria]);
      expect(await missing.signIn(attempt, 'kiosk')).toMatchObject({ id: 'maria' });
    } finally {
      db.close();
      folder.remove();
    }
  });

  it('stops knowing a member as soon as they are removed from the staff file', async () => {
    const rig = await signInRig([maria, juan]);
    expect(rig.signIn.member('juan')).toEqual({ id: 'juan', name: 'Juan Pérez', role: 'staff' });
    const staff = staffFileAt(rig.staffFile);
    writeStaffFile(rig.staffFile, { ...staff, staff: staff.staff.filter((member) => member.id !== 'juan') });
    expect(rig.signIn.member('juan')).toBeUndefined();
    expect(rig.signIn.member('maria')).toMatchObject({ id: 'maria' });
    expect(await errorOf(rig.signIn.signIn({ method: 'pin', staffId: 'juan', pin: '739184' }, 'kiosk'))).toEqual(refused);
  });
});

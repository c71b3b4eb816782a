import { describe, expect, it, vi } from 'vitest';
import { chooseLanguage, endSession, touchToStart } from '../../../renderer/kiosk/session/session-actions.ts';
import { requestHelp } from '../../../renderer/kiosk/help/help-actions.ts';
import { closureOf, staffOf } from '../../../renderer/kiosk/kiosk-status-store.ts';
import { currentScreen } from '../../../renderer/kiosk/kiosk-selectors.ts';
import {
  closeKiosk,
  endCustomerSession,
  openCloseKiosk,
  openStaffSignIn,
  reopenKiosk,
  setAssistedMode,
  signInWithBadge,
  signInWithPin,
  signOut,
} from '../../../renderer/kiosk/staff/staff-actions.ts';
import { ana } from '../../fixtures/staff.ts';
import { staffSection, writeStaffBeside } from '../../fixtures/staff.ts';
import { storeConfigFixture, tempStore } from '../../fixtures/store-config.ts';
import { kioskFixture, type KioskFixture } from './kiosk-fixture.ts';

/** A kiosk whose store has Ana and Marta in its staff file, connected and on its attract loop. */
async function staffedKiosk(): Promise<KioskFixture> {
  const store = tempStore(storeConfigFixture({ staff: staffSection() }));
  await writeStaffBeside(store.dir);
  const fixture = kioskFixture({ store });
  await fixture.connect();
  return fixture;
}

async function signedIn(): Promise<KioskFixture> {
  const fixture = await staffedKiosk();
  openStaffSignIn(fixture.kiosk);
  expect(await signInWithPin(fixture.kiosk, 'ana', ana.pin)).toBe(true);
  await vi.waitFor(() => expect(staffOf(fixture.kiosk.status.getState())).toEqual({ name: 'Ana Ruiz', role: 'staff' }));
  return fixture;
}

async function withCustomer(fixture: KioskFixture): Promise<string> {
  await touchToStart(fixture.kiosk);
  await chooseLanguage(fixture.kiosk, 'en');
  const { sessionId } = fixture.kiosk.session.getState();
  if (!sessionId) throw new Error('no session');
  return sessionId;
}

describe('staff at the kiosk', () => {
  it('signs staff in with a PIN, shows who is signed in, and keeps the PIN in no store', async () => {
    const { kiosk } = await signedIn();
    expect(kiosk.staff.getState()).toMatchObject({ dialog: 'none', busy: false, problem: null });
    const everyStore = [kiosk.status, kiosk.session, kiosk.flow, kiosk.idle, kiosk.help, kiosk.tutorial, kiosk.staff].map((store) => store.getState());
    expect(JSON.stringify(everyStore)).not.toContain(ana.pin);
  });

  it('signs staff in with a badge', async () => {
    const { kiosk } = await staffedKiosk();
    expect(await signInWithBadge(kiosk, ana.badge)).toBe(true);
    await vi.waitFor(() => expect(staffOf(kiosk.status.getState())?.name).toBe('Ana Ruiz'));
  });

  it('keeps a refused PIN in the open dialog, then a lockout with its seconds, and signs nobody in', async () => {
    const { kiosk, clock } = await staffedKiosk();
    openStaffSignIn(kiosk);
    expect(await signInWithPin(kiosk, 'ana', '000000')).toBe(false);
    expect(kiosk.staff.getState()).toMatchObject({ dialog: 'signIn', problem: { code: 'staff.signInRefused' }, lockedUntil: null });
    for (let attempt = 2; attempt <= 5; attempt += 1) await signInWithPin(kiosk, 'ana', '000000');
    expect(kiosk.staff.getState()).toMatchObject({ dialog: 'signIn', problem: { code: 'staff.lockedOut', params: { seconds: 30 } }, lockedUntil: clock.now() + 30_000 });
    expect(staffOf(kiosk.status.getState())).toBeNull();
  });

  it('switches assisted mode from the staff bar', async () => {
    const { kiosk } = await signedIn();
    expect(await setAssistedMode(kiosk, true)).toBe(true);
    await vi.waitFor(() => expect(kiosk.status.getState().current).toMatchObject({ assisted: true }));
    await setAssistedMode(kiosk, false);
    await vi.waitFor(() => expect(kiosk.status.getState().current).toMatchObject({ assisted: false }));
  });

  it('signs staff out when the customer’s session ends, whoever ends it', async () => {
    const fixture = await signedIn();
    await withCustomer(fixture);
    endSession(fixture.kiosk, 'completed');
    await vi.waitFor(() => expect(staffOf(fixture.kiosk.status.getState())).toBeNull());
    await fixture.kiosk.usage.settled();
    // The host signs them out as the session ends: the kiosk asks nothing more.
    expect(fixture.calls.at(-1)).toBe('session.end');
  });

  it('ends the customer’s session on staff’s word, back to the attract loop, signing staff out', async () => {
    const fixture = await signedIn();
    await withCustomer(fixture);
    expect(await endCustomerSession(fixture.kiosk)).toBe(true);
    await vi.waitFor(() => expect(fixture.kiosk.session.getState().phase).toBe('attract'));
    await vi.waitFor(() => expect(staffOf(fixture.kiosk.status.getState())).toBeNull());
    await fixture.kiosk.usage.settled();
    expect(fixture.usage().at(-1)?.event).toMatchObject({ type: 'session.ended', reason: 'cancelled' });
  });

  it('closes the kiosk with a message and opens it again, staff staying signed in throughout', async () => {
    const { kiosk } = await signedIn();
    openCloseKiosk(kiosk);
    expect(kiosk.staff.getState().dialog).toBe('closeKiosk');
    expect(await closeKiosk(kiosk, { es: 'Vuelvo enseguida', en: 'Back in a minute' })).toBe(true);
    expect(kiosk.staff.getState().dialog).toBe('none');
    await vi.waitFor(() => expect(closureOf(kiosk.status.getState())?.message).toEqual({ es: 'Vuelvo enseguida', en: 'Back in a minute' }));
    expect(currentScreen(kiosk)).toBe('outOfService');

    expect(await reopenKiosk(kiosk)).toBe(true);
    await vi.waitFor(() => expect(closureOf(kiosk.status.getState())).toBeNull());
    expect(staffOf(kiosk.status.getState())?.name).toBe('Ana Ruiz');
    expect(kiosk.session.getState().phase).toBe('attract');
  });

  it('ends a customer’s session when staff close the kiosk', async () => {
    const fixture = await signedIn();
    await withCustomer(fixture);
    await closeKiosk(fixture.kiosk, null);
    await vi.waitFor(() => expect(closureOf(fixture.kiosk.status.getState())).toEqual({ message: null, since: expect.any(String) }));
    expect(fixture.kiosk.session.getState()).toMatchObject({ phase: 'attract', sessionId: null });
  });

  it('closes the out-of-service dialog when staff are signed out meanwhile', async () => {
    const { kiosk } = await signedIn();
    openCloseKiosk(kiosk);
    await signOut(kiosk);
    await vi.waitFor(() => expect(staffOf(kiosk.status.getState())).toBeNull());
    expect(kiosk.staff.getState().dialog).toBe('none');
  });

  it('does not open sign-in over staff already signed in', async () => {
    const { kiosk } = await signedIn();
    openStaffSignIn(kiosk);
    expect(kiosk.staff.getState().dialog).toBe('none');
  });

  it('says staff.notConfigured where the store has no staff sign-in, with no gesture in its profile', async () => {
    const fixture = kioskFixture();
    await fixture.connect();
    expect(fixture.kiosk.status.getState().current).toMatchObject({ profile: { staffGesture: null } });
    openStaffSignIn(fixture.kiosk);
    await signInWithPin(fixture.kiosk, 'ana', ana.pin);
    expect(fixture.kiosk.staff.getState().problem).toMatchObject({ code: 'staff.notConfigured' });
  });

  it('tells the customer whether staff heard a help request, and asks as needHelp from a problem', async () => {
    const fixture = await staffedKiosk();
    await requestHelp(fixture.kiosk, 'home');
    expect(fixture.kiosk.help.getState()).toMatchObject({ status: 'called', staffTold: false, ticket: { number: 'A001' } });
    fixture.host.events.subscribe({ role: 'staff', staffId: 'ana', device: 'console:test' }, () => {});
    fixture.kiosk.help.getState().closed();
    await requestHelp(fixture.kiosk, 'home', 'needHelp');
    expect(fixture.kiosk.help.getState()).toMatchObject({ status: 'called', staffTold: true });
  });
});

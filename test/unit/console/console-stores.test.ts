import { describe, expect, it } from 'vitest';
import type { StaffAlert } from '../../../shared/host-api/staff-views.ts';
import { createAlertStore, oldestAlertOf } from '../../../renderer/console/alerts/alert-store.ts';
import { createCounterChoiceStore, workingCounterOf } from '../../../renderer/console/counter/counter-choice-store.ts';
import { pageMemory } from '../../../renderer/kit/browser-memory.ts';
import { memoryKeys } from '../../../renderer/console/preferences.ts';
import { createSessionStore } from '../../../renderer/kit/staff/session-store.ts';

const ana = { id: 'ana', name: 'Ana García', role: 'staff' as const };

function helpAlert(id: string, at: string, ticketNumber: string | null = 'A004'): StaffAlert {
  return { id, kind: 'help', reason: 'preferPerson', kiosk: 'Entrance', screen: 'home', ticketNumber, at };
}

describe('the console session store', () => {
  it('shows the sign-in when the host knows nobody, and the console when it knows the staff member', () => {
    const nobody = createSessionStore();
    nobody.getState().checked(null, 30);
    expect(nobody.getState().current).toEqual({ phase: 'signedOut', reason: 'opened' });
    const known = createSessionStore();
    known.getState().checked(ana, 45);
    expect(known.getState().current).toEqual({ phase: 'signedIn', staff: ana, idleMinutes: 45 });
  });

  it('keeps a refused sign-in on the sign-in screen with its problem, and a lockout with when it ends', () => {
    const session = createSessionStore();
    session.getState().checked(null, 30);
    session.getState().signInStarted();
    expect(session.getState().signingIn).toBe(true);
    session.getState().signInFailed({ code: 'staff.signInRefused', params: {} }, 5_000);
    expect(session.getState()).toMatchObject({ signingIn: false, problem: { code: 'staff.signInRefused' }, lockedUntil: null });
    session.getState().signInFailed({ code: 'staff.lockedOut', params: { seconds: 30 } }, 5_000);
    expect(session.getState()).toMatchObject({ current: { phase: 'signedOut' }, lockedUntil: 35_000 });
    session.getState().signedIn(ana, 30);
    expect(session.getState()).toMatchObject({ current: { phase: 'signedIn' }, problem: null, lockedUntil: null });
  });

  it('goes back to sign-in when the session lapses, saying why, but only from a signed-in console', () => {
    const session = createSessionStore();
    session.getState().checked(null, 30);
    session.getState().expired();
    expect(session.getState().current).toEqual({ phase: 'signedOut', reason: 'opened' });
    session.getState().signedIn(ana, 30);
    session.getState().expired();
    expect(session.getState().current).toEqual({ phase: 'signedOut', reason: 'expired' });
  });

  it('says whether the staff member left or the idle minutes ran out', () => {
    const session = createSessionStore();
    session.getState().signedIn(ana, 30);
    session.getState().signedOut('idle');
    expect(session.getState().current).toEqual({ phase: 'signedOut', reason: 'idle' });
  });
});

describe('the counter choice', () => {
  it('shows the picker in a browser that never chose, and remembers the choice for the next visit', () => {
    const memory = pageMemory();
    const first = createCounterChoiceStore(memory);
    expect(first.getState()).toMatchObject({ counter: null, picking: true });
    first.getState().chose('desk-2');
    expect(workingCounterOf(first.getState())).toBe('desk-2');
    expect(memory.read(memoryKeys.counter)).toBe('desk-2');

    const next = createCounterChoiceStore(memory);
    expect(next.getState()).toMatchObject({ counter: 'desk-2', picking: false });
  });

  it('keeps the remembered counter marked while staff pick another', () => {
    const choice = createCounterChoiceStore(pageMemory());
    choice.getState().chose('desk-1');
    choice.getState().changeRequested();
    expect(workingCounterOf(choice.getState())).toBeNull();
    expect(choice.getState().counter).toBe('desk-1');
  });

  it('forgets a remembered counter the store no longer has', () => {
    const memory = pageMemory();
    memory.write(memoryKeys.counter, 'desk-9');
    const choice = createCounterChoiceStore(memory);
    choice.getState().countersKnown(['desk-1', 'desk-2']);
    expect(choice.getState()).toMatchObject({ counter: null, picking: true });
    expect(memory.read(memoryKeys.counter)).toBeNull();
  });
});

describe('the alert store', () => {
  it('keeps alerts newest first, each once however often it arrives', () => {
    const alerts = createAlertStore();
    expect(alerts.getState().arrived(helpAlert('a1', '2026-03-02T10:00:00Z'))).toBe(true);
    expect(alerts.getState().arrived(helpAlert('a2', '2026-03-02T10:05:00Z'))).toBe(true);
    expect(alerts.getState().arrived(helpAlert('a1', '2026-03-02T10:00:00Z'))).toBe(false);
    expect(alerts.getState().alerts.map((alert) => alert.id)).toEqual(['a2', 'a1']);
    expect(oldestAlertOf(alerts.getState())?.id).toBe('a1');
  });

  it("takes the host's list as it is, and says how many of it are new here", () => {
    const alerts = createAlertStore();
    alerts.getState().arrived(helpAlert('gone', '2026-03-02T09:00:00Z'));
    alerts.getState().arrived(helpAlert('kept', '2026-03-02T09:30:00Z'));
    const added = alerts.getState().listed([helpAlert('kept', '2026-03-02T09:30:00Z'), helpAlert('new', '2026-03-02T10:00:00Z'), helpAlert('new', '2026-03-02T10:00:00Z')]);
    expect(added).toBe(1);
    expect(alerts.getState().alerts.map((alert) => alert.id)).toEqual(['new', 'kept']);
  });

  it('takes an acknowledged alert down, from here or another console, with its pending state and problem', () => {
    const alerts = createAlertStore();
    alerts.getState().arrived(helpAlert('a1', '2026-03-02T10:00:00Z'));
    alerts.getState().arrived(helpAlert('a2', '2026-03-02T10:01:00Z'));
    alerts.getState().acknowledgeStarted('a1');
    alerts.getState().acknowledgeFailed('a1', { code: 'host.unreachable', params: {} });
    expect(alerts.getState()).toMatchObject({ acknowledging: [], problem: { alert: 'a1', error: { code: 'host.unreachable' } } });
    alerts.getState().acknowledgeStarted('a1');
    expect(alerts.getState()).toMatchObject({ acknowledging: ['a1'], problem: null });
    alerts.getState().acknowledged('a1');
    alerts.getState().acknowledged('a2');
    expect(alerts.getState()).toMatchObject({ alerts: [], acknowledging: [] });
  });
});

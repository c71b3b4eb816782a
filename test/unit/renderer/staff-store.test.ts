import { describe, expect, it } from 'vitest';
import { closureMessageOf, closureTextIn } from '../../../renderer/kiosk/staff/closure-message.ts';
import { createStaffStore, lockoutSecondsLeft } from '../../../renderer/kiosk/staff/staff-store.ts';

const refused = { code: 'staff.signInRefused' as const, params: {} };
const lockedOut = { code: 'staff.lockedOut' as const, params: { seconds: 30 } };

describe('the staff store', () => {
  it('opens sign-in from the gesture, and not over another staff dialog', () => {
    const staff = createStaffStore();
    staff.getState().signInOpened();
    expect(staff.getState().dialog).toBe('signIn');

    const closing = createStaffStore();
    closing.getState().closeKioskOpened();
    closing.getState().signInOpened();
    expect(closing.getState().dialog).toBe('closeKiosk');
  });

  it('waits for a call, keeps a refusal to show, and closes the dialog when a call succeeds', () => {
    const staff = createStaffStore();
    staff.getState().signInOpened();
    staff.getState().callStarted();
    expect(staff.getState()).toMatchObject({ dialog: 'signIn', busy: true, problem: null });
    staff.getState().callFailed(refused, 5000);
    expect(staff.getState()).toMatchObject({ dialog: 'signIn', busy: false, problem: refused, lockedUntil: null });

    staff.getState().callStarted();
    expect(staff.getState().problem).toBeNull();
    staff.getState().callDone();
    expect(staff.getState()).toMatchObject({ dialog: 'none', busy: false, problem: null });
  });

  it('counts a lockout from when the host answered, and lifts it when its time is over', () => {
    const staff = createStaffStore();
    staff.getState().signInOpened();
    staff.getState().callStarted();
    staff.getState().callFailed(lockedOut, 5000);
    expect(staff.getState()).toMatchObject({ problem: lockedOut, lockedUntil: 35_000 });
    expect(lockoutSecondsLeft(staff.getState(), 5000)).toBe(30);
    expect(lockoutSecondsLeft(staff.getState(), 34_001)).toBe(1);
    expect(lockoutSecondsLeft(staff.getState(), 35_000)).toBe(0);

    staff.getState().lockoutOver();
    expect(staff.getState()).toMatchObject({ problem: null, lockedUntil: null });
    expect(lockoutSecondsLeft(staff.getState(), 0)).toBe(0);
  });

  it('keeps a lockout across closing and opening the dialog, so a cancel does not hide it', () => {
    const staff = createStaffStore();
    staff.getState().signInOpened();
    staff.getState().callFailed(lockedOut, 0);
    staff.getState().dismissed();
    staff.getState().signInOpened();
    expect(staff.getState()).toMatchObject({ dialog: 'signIn', problem: null, lockedUntil: 30_000 });
  });

  it('closes the out-of-service dialog when staff are signed out, and leaves a sign-in under way alone', () => {
    const staff = createStaffStore();
    staff.getState().closeKioskOpened();
    staff.getState().callStarted();
    staff.getState().staffLeft();
    expect(staff.getState()).toMatchObject({ dialog: 'none', busy: false, problem: null });

    const signingIn = createStaffStore();
    signingIn.getState().signInOpened();
    signingIn.getState().callStarted();
    signingIn.getState().staffLeft();
    expect(signingIn.getState()).toMatchObject({ dialog: 'signIn', busy: true });
  });

  it('takes a lockout without its seconds as a plain refusal', () => {
    const staff = createStaffStore();
    staff.getState().callFailed({ code: 'staff.lockedOut', params: {} }, 0);
    expect(staff.getState()).toMatchObject({ problem: { code: 'staff.lockedOut' }, lockedUntil: null });
  });
});

describe('the closed kiosk’s message', () => {
  const closure = { message: { es: 'Cerrado por inventario', en: 'Closed for stocktaking' }, since: '2025-06-01T10:00:00Z' };

  it('shows staff’s words in each language they wrote, and the default notice in the others', () => {
    expect(closureTextIn(closure, 'en', 'default')).toBe('Closed for stocktaking');
    expect(closureTextIn(closure, 'ar', 'الإشعار')).toBe('الإشعار');
    expect(closureTextIn({ message: null, since: closure.since }, 'es', 'Aviso')).toBe('Aviso');
  });

  it('sends what staff typed, trimmed, without empty languages; nothing at all when every field is empty', () => {
    expect(closureMessageOf({ es: '  Cerrado  ', en: '', fr: '   ' })).toEqual({ es: 'Cerrado' });
    expect(closureMessageOf({ es: '', en: ' ' })).toBeNull();
    expect(closureMessageOf({ en: 'x'.repeat(250) })?.en).toHaveLength(200);
  });
});

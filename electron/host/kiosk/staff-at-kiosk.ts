// A member of staff signed in at the kiosk itself: the kiosk's own page then acts with their
// rights too, until they sign out, stay idle too long, or the customer's session ends. Their id
// goes to the staff audit; the usage log never learns who it was.
import type { Principal } from '../../../shared/host-api/roles.ts';
import type { SignInAttempt, StaffMemberView } from '../../../shared/host-api/staff-views.ts';
import type { KioskStateHolder } from './kiosk-state.ts';

/** The device name the audit and the lockout give the kiosk. */
const kioskDevice = 'kiosk';

export type SignOutReason = 'staff' | 'idle' | 'sessionEnded';

export interface StaffAtKiosk {
  signIn(attempt: SignInAttempt): Promise<StaffMemberView>;
  signOut(reason: SignOutReason): void;
  /** The principal a call from the kiosk's page acts as: with the signed-in member's rights, if any. */
  principalOf(principal: Principal): Principal;
  /** A call used the member's rights: their idle time starts again. */
  noteActivity(): void;
  /** Signs an idle member out; the host calls it on a timer. */
  checkIdle(): void;
}

export interface StaffAtKioskDeps {
  signIn: (attempt: SignInAttempt, device: string) => Promise<StaffMemberView>;
  audit: { record(entry: { staffId: string | null; device: string; action: string; detail?: Record<string, string | number | boolean> }): void };
  kiosk: KioskStateHolder;
  idleMinutes: number;
  now: () => Date;
}

export function createStaffAtKiosk({ signIn, audit, kiosk, idleMinutes, now }: StaffAtKioskDeps): StaffAtKiosk {
  let member: (StaffMemberView & { activeAt: number }) | null = null;

  function signOut(reason: SignOutReason): void {
    if (!member) return;
    audit.record({ staffId: member.id, device: kioskDevice, action: 'staff.signOut', detail: { reason } });
    member = null;
    kiosk.setStaff(null);
  }

  return {
    async signIn(attempt) {
      const signedIn = await signIn(attempt, kioskDevice);
      // A second sign-in replaces the first: the audit shows both.
      if (member && member.id !== signedIn.id) signOut('staff');
      member = { ...signedIn, activeAt: now().getTime() };
      kiosk.setStaff({ name: signedIn.name, role: signedIn.role });
      return signedIn;
    },
    signOut,
    principalOf(principal) {
      if (principal.role !== 'customer' || !member) return principal;
      return { ...principal, device: kioskDevice, signedIn: { staffId: member.id, role: member.role } };
    },
    noteActivity() {
      if (member) member.activeAt = now().getTime();
    },
    checkIdle() {
      if (member && now().getTime() - member.activeAt >= idleMinutes * 60_000) signOut('idle');
    },
  };
}

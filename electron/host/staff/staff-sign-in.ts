// Checks a staff sign-in (staff id and PIN on a keypad, or a badge a scanner types) against the
// staff file, locks out accounts and devices that keep failing, and audits every attempt.
import { statSync } from 'node:fs';
import { HostError } from '../../../shared/host-api/errors.ts';
import type { SignInAttempt, StaffMemberView } from '../../../shared/host-api/staff-views.ts';
import { inTransaction, type KioskDatabase } from '../storage/database.ts';
import { createSubjectHash } from '../storage/subject-hash.ts';
import type { AuditLog } from './audit-log.ts';
import { decoyHash, matchSecret, verifySecret, type SecretHash } from './secret-hash.ts';
import { createLockouts } from './sign-in-lockouts.ts';
import { findMember, memberView, readStaffFile, type StaffFile, type StaffFileVerdict, type StaffMember } from './staff-file.ts';

export interface StaffSignIn {
  /**
   * Verifies an attempt from `device`. Throws HostError 'staff.notConfigured' (no staff file),
   * 'staff.signInRefused' (wrong id, PIN or badge: never says which), or 'staff.lockedOut' with
   * params { seconds } (account or device locked). Audits signIn, signInFailed, lockedOut.
   */
  signIn(attempt: SignInAttempt, device: string): Promise<StaffMemberView>;
  /** The member still in the staff file, for checking a live session; undefined once removed. Re-reads the file when its mtime changed. */
  member(staffId: string): StaffMemberView | undefined;
}

export interface StaffSignInDeps {
  db: KioskDatabase;
  /** The staff file's absolute path (see staffFilePath); null when the store config has no staff section. */
  staffFile: string | null;
  now: () => Date;
  audit: AuditLog;
}

export function createStaffSignIn({ db, staffFile, now, audit }: StaffSignInDeps): StaffSignIn {
  const lockouts = createLockouts({ db, now });
  const readStaff = staffFile === null ? () => null : staffFileReader(staffFile);
  // A mistyped id may be someone's PIN typed in the wrong box: its lock is kept under a keyed hash.
  const unknownIdHash = createSubjectHash(db);
  // One attempt at a time: parallel guesses would all pass the lock check before the first failure
  // is counted, and each scrypt takes 128 MiB.
  let turn: Promise<unknown> = Promise.resolve();

  async function signInNow(attempt: SignInAttempt, device: string): Promise<StaffMemberView> {
    const staff = usableStaff(readStaff());
    const deviceSubject = `device:${device}`;
    const typedMember = attempt.method === 'pin' ? findMember(staff, attempt.staffId) : undefined;
    const subjects = [deviceSubject];
    if (attempt.method === 'pin') subjects.push(typedMember ? accountOf(typedMember) : `staff?${unknownIdHash(attempt.staffId.trim())}`);
    const locked = lockouts.lockedFor(subjects);
    if (locked > 0) throw new HostError('staff.lockedOut', { seconds: locked });

    const member = await identify(attempt, staff, typedMember);
    if (member) {
      // A badge names its account only once it matched: that account's lock holds for badges too.
      const accountLocked = lockouts.lockedFor([accountOf(member)]);
      if (accountLocked > 0) throw new HostError('staff.lockedOut', { seconds: accountLocked });
      inTransaction(db, () => {
        lockouts.clear([deviceSubject, accountOf(member)]);
        audit.record({ staffId: member.id, device, action: 'staff.signIn', detail: { method: attempt.method } });
      });
      return memberView(member);
    }
    const staffId = typedMember?.id ?? null;
    const lockSeconds = inTransaction(db, () => {
      const started = lockouts.fail(subjects);
      audit.record({ staffId, device, action: 'staff.signInFailed', detail: { method: attempt.method } });
      // Audited when the lock starts, so once per lock however often it is knocked on.
      if (started > 0) audit.record({ staffId, device, action: 'staff.lockedOut', detail: { seconds: started } });
      return started;
    });
    throw lockSeconds > 0 ? new HostError('staff.lockedOut', { seconds: lockSeconds }) : new HostError('staff.signInRefused');
  }

  return {
    signIn(attempt, device) {
      const outcome = turn.then(() => signInNow(attempt, device));
      turn = outcome.catch(() => undefined);
      return outcome;
    },
    member(staffId) {
      const verdict = readStaff();
      if (!verdict?.ok) return undefined;
      const member = findMember(verdict.staff, staffId);
      return member ? memberView(member) : undefined;
    },
  };
}

function accountOf(member: StaffMember): string {
  return `staff:${member.id}`;
}

/** The staff file's members, or the error a sign-in gets when there is no usable file. */
function usableStaff(verdict: StaffFileVerdict | null): StaffFile {
  // No file yet is a store where nobody was added; a broken one is the operator's to fix, so it is named.
  if (verdict === null || (!verdict.ok && verdict.missing)) throw new HostError('staff.notConfigured');
  if (!verdict.ok) throw new HostError(verdict.problem.code, verdict.problem.params);
  return verdict.staff;
}

/**
 * The member the attempt proves to be, or undefined. Always one hash computation, at the file's
 * cost: an unknown id or a file without badges is checked against a decoy, so the time taken does
 * not tell which ids exist.
 */
async function identify(attempt: SignInAttempt, staff: StaffFile, typedMember: StaffMember | undefined): Promise<StaffMember | undefined> {
  const decoy = decoyHash(staff.staff[0]?.pin);
  if (attempt.method === 'pin') {
    const matches = await verifySecret(attempt.pin, typedMember?.pin ?? decoy);
    return matches ? typedMember : undefined;
  }
  const badged = staff.staff.filter((member): member is StaffMember & { badge: SecretHash } => member.badge !== undefined);
  const index = await matchSecret(attempt.badge.trim(), badged.length > 0 ? badged.map((member) => member.badge) : [decoy]);
  return badged[index];
}

/** Reads the staff file again only when it changed: a new inode (an atomic rewrite), mtime or size. */
function staffFileReader(path: string): () => StaffFileVerdict {
  let cached: { stamp: string; verdict: StaffFileVerdict } | undefined;
  return () => {
    let stamp = 'absent';
    try {
      const stat = statSync(path);
      stamp = `${stat.ino}:${stat.mtimeMs}:${stat.size}`;
    } catch {
      // Read below, which names the reason.
    }
    if (cached?.stamp !== stamp) cached = { stamp, verdict: readStaffFile(path) };
    return cached.verdict;
  };
}

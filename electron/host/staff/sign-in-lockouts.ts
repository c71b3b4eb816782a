// Failed sign-ins per account and per device, and the growing locks they earn, kept in SQLite so
// that restarting the kiosk does not hand a PIN guesser a fresh set of tries.
import type { KioskDatabase } from '../storage/database.ts';

/** Mistypes are human: the first few failures cost nothing. */
const freeFailures = 4;
const firstLockSeconds = 30;
const longestLockSeconds = 15 * 60;

/**
 * How long a subject is locked after its `failures`-th failure in a row: nothing for the first
 * four, then 30 s, doubling with each further failure up to 15 minutes.
 */
function lockSeconds(failures: number): number {
  if (failures <= freeFailures) return 0;
  return Math.min(firstLockSeconds * 2 ** (failures - freeFailures - 1), longestLockSeconds);
}

export interface Lockouts {
  /** Seconds left of the longest lock on any of `subjects`, rounded up; 0 when none is locked. */
  lockedFor(subjects: readonly string[]): number;
  /** Counts a failure against each subject; the seconds of the longest lock that started, 0 when none did. */
  fail(subjects: readonly string[]): number;
  /** A success: the subjects start again with no failures. */
  clear(subjects: readonly string[]): void;
}

export function createLockouts({ db, now }: { db: KioskDatabase; now: () => Date }): Lockouts {
  const select = db.prepare('SELECT failures, locked_until FROM staff_lockouts WHERE subject = ?');
  const upsert = db.prepare(
    `INSERT INTO staff_lockouts (subject, failures, locked_until) VALUES (:subject, :failures, :lockedUntil)
     ON CONFLICT (subject) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until`,
  );
  const remove = db.prepare('DELETE FROM staff_lockouts WHERE subject = ?');
  const row = (subject: string) => {
    const found = select.get(subject);
    return { failures: Number(found?.failures ?? 0), lockedUntil: Number(found?.locked_until ?? 0) };
  };
  return {
    lockedFor(subjects) {
      const at = now().getTime();
      return Math.max(0, ...subjects.map((subject) => Math.ceil((row(subject).lockedUntil - at) / 1000)));
    },
    fail(subjects) {
      const at = now().getTime();
      let started = 0;
      for (const subject of subjects) {
        const failures = row(subject).failures + 1;
        const seconds = lockSeconds(failures);
        upsert.run({ subject, failures, lockedUntil: seconds > 0 ? at + seconds * 1000 : 0 });
        started = Math.max(started, seconds);
      }
      return started;
    },
    clear(subjects) {
      for (const subject of subjects) remove.run(subject);
    },
  };
}

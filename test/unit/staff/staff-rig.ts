// A temp folder with a kiosk database and a staff file (hashed at the test cost of
// test/fixtures/staff.ts), so a test can fail a sign-in many times in milliseconds.
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { createAuditLog, type AuditLog } from '../../../electron/host/staff/audit-log.ts';
import { createStaffSignIn, type StaffSignIn } from '../../../electron/host/staff/staff-sign-in.ts';
import { readStaffFile, type StaffFile } from '../../../electron/host/staff/staff-file.ts';
import { openKioskDatabase, type KioskDatabase } from '../../../electron/host/storage/database.ts';
import { clockAt, type Clock } from '../../fixtures/host.ts';
import { writeStaff, type StaffMemberInput } from '../../fixtures/staff.ts';
import { tempFolder } from '../../fixtures/store-config.ts';

/** The staff file at `path`, which the test wrote: a test error if it cannot be read. */
export function staffFileAt(path: string): StaffFile {
  const verdict = readStaffFile(path);
  if (!verdict.ok) throw new Error(`the test's staff file is unreadable: ${JSON.stringify(verdict.problem)}`);
  return verdict.staff;
}

export interface SignInRig {
  staffFile: string;
  clock: Clock;
  db: KioskDatabase;
  audit: AuditLog;
  signIn: StaffSignIn;
  /** Closes the database and opens it again with a fresh sign-in service, as a kiosk restarting does. */
  restart(): void;
  /** The audit's actions, oldest first. */
  actions(): string[];
}

/** A temp folder with a staff file of `members` and a kiosk database; removed when the test finishes. */
export async function signInRig(members: readonly StaffMemberInput[]): Promise<SignInRig> {
  const folder = tempFolder();
  const staffFile = join(folder.dir, 'staff.json');
  const databaseFile = join(folder.dataDir, 'atiende.sqlite');
  await writeStaff(staffFile, members);
  const clock = clockAt(new Date('2026-03-02T09:00:00.000Z'));
  const open = () => {
    const db = openKioskDatabase(databaseFile);
    const audit = createAuditLog({ db, now: clock.now });
    return { db, audit, signIn: createStaffSignIn({ db, staffFile, now: clock.now, audit }) };
  };
  let running = open();
  onTestFinished(() => {
    running.db.close();
    folder.remove();
  });
  return {
    staffFile,
    clock,
    get db() {
      return running.db;
    },
    get audit() {
      return running.audit;
    },
    get signIn() {
      return running.signIn;
    },
    restart() {
      running.db.close();
      running = open();
    },
    actions() {
      return running.audit
        .read({ limit: 1000 })
        .reverse()
        .map((entry) => entry.action);
    },
  };
}

/** Moves the clock on by `seconds`. */
export function later(clock: Clock, seconds: number): void {
  clock.set(new Date(clock.now().getTime() + seconds * 1000));
}

// Erases complaints past their keeping days: the text, the contact and the note, from the database
// file and from its write-ahead log, so nothing of them can be read back from the disk.
import type { KioskDatabase } from '../storage/database.ts';

export interface ComplaintErasure {
  /** Erases what is past its keeping days; returns how many complaints lost something. */
  purge(): number;
}

export function createComplaintErasure(db: KioskDatabase, now: () => Date): ComplaintErasure {
  const erase = db.prepare(
    `UPDATE complaints SET description = NULL, contact = NULL, note = NULL
     WHERE kept_until <= ? AND (description IS NOT NULL OR contact IS NOT NULL OR note IS NOT NULL)`,
  );
  const busyTimeout = db.prepare('PRAGMA busy_timeout');
  const checkpoint = db.prepare('PRAGMA wal_checkpoint(TRUNCATE)');
  // secure_delete (database.ts) zeroes the old values in the new pages, but the log still holds the
  // pages as they were until a checkpoint copies the new ones into the file and empties it.
  let checkpointOwed = false;

  /**
   * TRUNCATE waits for readers (a report run from the command line) to leave the log. It is not let
   * wait: the kiosk must never stall on it. A checkpoint a reader kept from finishing stays owed, and
   * the next purge tries again.
   */
  function emptyLog(): void {
    const timeout = Number(busyTimeout.get()?.timeout ?? 0);
    db.exec('PRAGMA busy_timeout = 0');
    try {
      checkpointOwed = Number(checkpoint.get()?.busy ?? 1) !== 0;
    } catch {
      // The erase itself is done; only the log is still to empty, and the next purge tries.
      checkpointOwed = true;
    } finally {
      db.exec(`PRAGMA busy_timeout = ${timeout}`);
    }
  }

  return {
    purge() {
      const erased = Number(erase.run(now().toISOString()).changes);
      if (erased > 0 || checkpointOwed) emptyLog();
      return erased;
    },
  };
}

// The database check: a real write, committed and read back, on the kiosk's own connection (the
// one every ticket and fact goes through), and the file at its path still the one it writes to.
import { statSync } from 'node:fs';
import type { HostErrorPayload } from '../../../shared/host-api/errors.ts';
import { inTransaction, type KioskDatabase } from '../storage/database.ts';
import { checkFailed, storageProblemOf } from './health-problem.ts';

/** The file's identity on its disk: a file moved, removed or replaced has another, or none. */
function identityOf(file: string): string | null {
  try {
    const stat = statSync(file);
    return stat.isFile() ? `${stat.dev}:${stat.ino}` : null;
  } catch {
    return null;
  }
}

export function databaseCheck(db: KioskDatabase, file: string, now: () => Date): () => HostErrorPayload | null {
  const opened = identityOf(file);
  // Two pages of filler: each write takes whole pages, as real writes do, so one that cannot grow
  // the file (SQLITE_FULL) fails here too, not only one that cannot write at all.
  const fillerBytes = 2 * Number(db.prepare('PRAGMA page_size').get()?.page_size ?? 4096);
  const write = db.prepare(
    'INSERT INTO health_probe (id, checked_at, filler) VALUES (1, ?, zeroblob(?)) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at, filler = excluded.filler',
  );
  const read = db.prepare('SELECT checked_at, length(filler) AS size FROM health_probe WHERE id = 1');

  return () => {
    // The connection would write on into a file nobody will open again: all of it lost at the next start.
    if (opened === null || identityOf(file) !== opened) return { code: 'health.databaseMoved', params: {} };
    const at = now().toISOString();
    try {
      const back = inTransaction(db, () => {
        write.run(at, fillerBytes);
        return read.get();
      });
      if (back?.checked_at !== at || back.size !== fillerBytes) return checkFailed('the row written was not read back');
      return null;
    } catch (fault) {
      return storageProblemOf(fault);
    }
  };
}

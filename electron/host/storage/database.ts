// Opens the kiosk's one SQLite file: durable settings (WAL, synchronous=FULL), private file modes
// and ordered migrations.
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { migrations } from './migrations.ts';
import { ensurePrivateFolder, preparePrivateDatabase } from './private-files.ts';

export type KioskDatabase = DatabaseSync;

/** The kiosk's one SQLite file in its data folder. */
export const databaseFileName = 'atiende.sqlite';

/** What `PRAGMA quick_check` found wrong in a file SQLite could open: its pages do not hold together. */
export class DamagedDatabaseError extends Error {
  constructor(findings: string) {
    super(`the database failed its check: ${findings.slice(0, 200)}`);
    this.name = 'DamagedDatabaseError';
  }
}

/**
 * Throws on a damaged file (SQLite's own error, or DamagedDatabaseError when `check` runs
 * `quick_check` first); `openOrRecover` (open-or-recover.ts) is what a kiosk starts with.
 */
export function openKioskDatabase(file: string, { check = false }: { check?: boolean } = {}): KioskDatabase {
  ensurePrivateFolder(dirname(file));
  preparePrivateDatabase(file);
  const db = new DatabaseSync(file);
  try {
    // WAL lets reports read while the kiosk writes; FULL makes every commit survive a power cut.
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = FULL');
    db.exec('PRAGMA foreign_keys = ON');
    db.exec('PRAGMA busy_timeout = 5000');
    // Erased must mean erased: freed content is overwritten, not left readable in the file's pages.
    db.exec('PRAGMA secure_delete = ON');
    // Before migrating: a migration must not write into pages that are already wrong.
    if (check) checkPages(db);
    migrate(db);
    return db;
  } catch (error) {
    // The caller may move the file aside: no handle of ours may write to it afterwards.
    try {
      db.close();
    } catch {
      // The first error says what is wrong with the file; a failed close adds nothing.
    }
    throw error;
  }
}

function checkPages(db: KioskDatabase): void {
  const findings = db.prepare('PRAGMA quick_check').all().map((row) => String(row.quick_check));
  if (findings.length !== 1 || findings[0] !== 'ok') throw new DamagedDatabaseError(findings.join('; '));
}

/**
 * Runs `work` inside one immediate transaction; rolls back and rethrows on failure. Inside a
 * transaction already open it becomes a savepoint of it, so writes that must land together (a
 * ticket, the wait it was promised and its usage fact) can each keep their own `inTransaction`.
 */
export function inTransaction<T>(db: KioskDatabase, work: () => T): T {
  const nested = db.isTransaction;
  db.exec(nested ? 'SAVEPOINT nested' : 'BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec(nested ? 'RELEASE nested' : 'COMMIT');
    return result;
  } catch (error) {
    // SQLite rolls back by itself on some errors (SQLITE_FULL, an I/O error): a ROLLBACK then would
    // fail and hide the error that says what went wrong.
    if (db.isTransaction) db.exec(nested ? 'ROLLBACK TO nested; RELEASE nested' : 'ROLLBACK');
    throw error;
  }
}

function migrate(db: KioskDatabase): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const applied = new Set(
    db.prepare('SELECT version FROM schema_migrations').all().map((row) => Number(row.version)),
  );
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    inTransaction(db, () => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
    });
  }
}

// Factories for damaged kiosk databases: a real file with several pages of events, then spoiled
// the three ways a disk or a copy spoils one.
import { closeSync, openSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { inTransaction, openKioskDatabase } from '../../../electron/host/storage/database.ts';
import { createUsageLog } from '../../../electron/host/usage/usage-log.ts';

/** A real database with `events` usage events: a few hundred KiB, so its log spans many pages. */
export function realDatabase(file: string, events = 3000): void {
  const db = openKioskDatabase(file);
  const log = createUsageLog({ db, storeId: 'test-store', now: () => new Date('2026-11-23T10:00:00Z') });
  inTransaction(db, () => {
    for (let index = 0; index < events; index++) log.append(`session-${index}`, { type: 'screen.viewed', screen: 'home' });
  });
  db.close();
}

export const damages = {
  /** Whatever was there, now 64 KiB of noise: a file that was never a database, or one wholly overwritten. */
  garbage(file: string): void {
    writeFileSync(file, randomBytes(64 * 1024));
  },
  /** The first half of a real database: a copy or a write that stopped midway. */
  truncated(file: string): void {
    realDatabase(file);
    truncateSync(file, Math.floor(statSync(file).size / 2));
  },
  /** A real database whose usage log's root page is overwritten from its middle to its end, where SQLite keeps the cells. */
  damagedPage(file: string): void {
    realDatabase(file);
    const raw = new DatabaseSync(file, { readOnly: true });
    const root = Number(raw.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'usage_events'").get()?.rootpage);
    const pageSize = Number(raw.prepare('PRAGMA page_size').get()?.page_size);
    raw.close();
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(pageSize / 2, 0xff), 0, pageSize / 2, (root - 1) * pageSize + pageSize / 2);
    closeSync(fd);
  },
} as const;

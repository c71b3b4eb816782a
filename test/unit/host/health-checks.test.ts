// The kiosk's self-checks one by one, each against the real thing it checks: a SQLite file that
// cannot be written or cannot grow, a file replaced under a running kiosk, the real free space of
// the disk, a clock behind its own log.
import { mkdirSync, renameSync, rmSync, statfsSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it, onTestFinished } from 'vitest';
import { clockCheck, releaseFloor } from '../../../electron/host/health/clock-check.ts';
import { databaseCheck } from '../../../electron/host/health/database-check.ts';
import { diskCheck } from '../../../electron/host/health/disk-check.ts';
import { databaseFileName, openKioskDatabase, type KioskDatabase } from '../../../electron/host/storage/database.ts';
import { createUsageLog } from '../../../electron/host/usage/usage-log.ts';
import { tempFolder } from '../../fixtures/store-config.ts';

const checkedAt = new Date('2026-12-07T10:00:00Z');

/** A kiosk database, migrated as the host opens it, in a folder removed after the test. */
function kioskDatabase(): { db: KioskDatabase; file: string; dataDir: string } {
  const folder = tempFolder();
  const file = join(folder.dataDir, databaseFileName);
  const db = openKioskDatabase(file);
  onTestFinished(() => {
    if (db.isOpen) db.close();
    folder.remove();
  });
  return { db, file, dataDir: folder.dataDir };
}

describe('the database check', () => {
  it('passes on a sound database, by a write it commits and reads back', () => {
    const { db, file } = kioskDatabase();
    expect(databaseCheck(db, file, () => checkedAt)()).toBeNull();
    // Committed: another connection, as the next start would open it, reads it.
    const reader = new DatabaseSync(file, { readOnly: true });
    onTestFinished(() => reader.close());
    expect(reader.prepare('SELECT checked_at FROM health_probe').all()).toEqual([{ checked_at: checkedAt.toISOString() }]);
  });

  it('says the database is read-only when its connection may not write (SQLITE_READONLY)', () => {
    const { db, file } = kioskDatabase();
    db.close();
    // Root ignores file modes: a connection SQLite itself holds read-only is the real refusal.
    const readOnly = new DatabaseSync(file, { readOnly: true });
    onTestFinished(() => readOnly.close());
    expect(databaseCheck(readOnly, file, () => checkedAt)()).toEqual({ code: 'health.databaseReadOnly', params: {} });
  });

  it('says the database is full when it cannot grow (SQLITE_FULL), and passes once it can', () => {
    const { db, file } = kioskDatabase();
    const check = databaseCheck(db, file, () => checkedAt);
    const pages = Number(db.prepare('PRAGMA page_count').get()?.page_count);
    // SQLite's own limit on the file's pages: the same refusal a full disk gives.
    db.exec(`PRAGMA max_page_count = ${pages}`);
    expect(check()).toEqual({ code: 'health.databaseFull', params: {} });
    expect(db.isTransaction).toBe(false);
    db.exec(`PRAGMA max_page_count = ${pages + 100}`);
    expect(check()).toBeNull();
  });

  it('says the database was moved when its file is replaced by a folder under the running kiosk', () => {
    const { db, file, dataDir } = kioskDatabase();
    const check = databaseCheck(db, file, () => checkedAt);
    expect(check()).toBeNull();
    renameSync(file, join(dataDir, 'moved-away.sqlite'));
    mkdirSync(file);
    expect(check()).toEqual({ code: 'health.databaseMoved', params: {} });
    rmSync(file, { recursive: true });
    expect(check()).toEqual({ code: 'health.databaseMoved', params: {} });
    // Put back, it is the same file again: the connection's writes reach the file a restart opens.
    renameSync(join(dataDir, 'moved-away.sqlite'), file);
    expect(check()).toBeNull();
  });
});

describe('the disk check', () => {
  it('says the disk is low when the minimum is above what is really free, with both figures', () => {
    const { dataDir } = tempFolder();
    mkdirSync(dataDir, { recursive: true });
    onTestFinished(() => rmSync(join(dataDir, '..'), { recursive: true, force: true }));
    const { bavail, bsize } = statfsSync(dataDir);
    const free = Math.floor((bavail * bsize) / 2 ** 20);
    // A few megabytes either way: other tests write to the same disk meanwhile.
    expect(diskCheck(dataDir, free + 64)()).toEqual({
      code: 'health.diskLow',
      params: { freeMegabytes: expect.closeTo(free, -2) as number, minimum: free + 64 },
    });
    expect(diskCheck(dataDir, Math.max(1, free - 64))()).toBeNull();
  });

  it('fails, to be told as a failed check, when the data folder is gone', () => {
    expect(() => diskCheck('/nonexistent/atiende-data', 500)()).toThrow(/ENOENT/);
  });
});

describe('the clock check', () => {
  function clockWithLog(loggedAt: Date) {
    const { db } = kioskDatabase();
    createUsageLog({ db, storeId: 'test-store', now: () => loggedAt }).append(null, { type: 'kiosk.started', shell: 'test' });
    let now = loggedAt;
    const check = clockCheck(db, () => now);
    return (at: Date) => {
      now = at;
      return check();
    };
  }

  it('says the clock is behind when it is set back more than 5 minutes below the newest logged event', () => {
    const checkAt = clockWithLog(checkedAt);
    expect(checkAt(new Date(checkedAt.getTime() - 90 * 60_000))).toEqual({ code: 'health.clockBehind', params: { minutes: 90 } });
    // An NTP step of a few minutes is no fault.
    expect(checkAt(new Date(checkedAt.getTime() - 4 * 60_000))).toBeNull();
    expect(checkAt(new Date(checkedAt.getTime() + 3 * 86_400_000))).toBeNull();
  });

  it('says the clock is before this version was released (a flat clock battery)', () => {
    const checkAt = clockWithLog(checkedAt);
    expect(checkAt(new Date('2000-01-01T00:00:30Z'))).toEqual({ code: 'health.clockBeforeRelease', params: { date: '2000-01-01', release: releaseFloor } });
  });
});

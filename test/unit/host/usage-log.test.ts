import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openKioskDatabase } from '../../../electron/host/storage/database.ts';
import { migrations } from '../../../electron/host/storage/migrations.ts';
import { createUsageLog } from '../../../electron/host/usage/usage-log.ts';
import { scratchStore } from '../../fixtures/temp-host.ts';

function openLog(file: string) {
  const db = openKioskDatabase(file);
  return { db, log: createUsageLog({ db, storeId: 'test-store', now: () => new Date('2026-11-23T10:00:00Z') }) };
}

describe('the usage log', () => {
  it('keeps every event after the kiosk restarts', () => {
    const store = scratchStore();
    const file = join(store.dataDir, 'atiende.sqlite');
    const first = openLog(file);
    first.log.append('session-0001', { type: 'screen.viewed', screen: 'home' });
    first.log.append(null, { type: 'kiosk.started', shell: 'test' });
    first.db.close();

    const second = openLog(file);
    expect(second.log.read().map((stored) => stored.event)).toEqual([
      { type: 'screen.viewed', screen: 'home' },
      { type: 'kiosk.started', shell: 'test' },
    ]);
    expect(second.log.read()[0]).toMatchObject({ seq: 1, storeId: 'test-store', sessionId: 'session-0001', at: '2026-11-23T10:00:00.000Z' });
    second.db.close();
  });

  it('writes in WAL mode with full synchronous commits', () => {
    const store = scratchStore();
    const { db } = openLog(join(store.dataDir, 'atiende.sqlite'));
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    expect(db.prepare('PRAGMA synchronous').get()).toEqual({ synchronous: 2 });
    db.close();
  });

  it('records each migration once, however often the file is opened', () => {
    const store = scratchStore();
    const file = join(store.dataDir, 'atiende.sqlite');
    openLog(file).db.close();
    const { db } = openLog(file);
    const rows = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all();
    expect(rows.map((row) => row.version)).toEqual(migrations.map((migration) => migration.version));
    db.close();
  });

  it('refuses to edit or delete an event, even through raw SQL', () => {
    const store = scratchStore();
    const file = join(store.dataDir, 'atiende.sqlite');
    const { db, log } = openLog(file);
    log.append(null, { type: 'kiosk.started', shell: 'test' });
    db.close();
    const raw = new DatabaseSync(file);
    expect(() => raw.exec("UPDATE usage_events SET type = 'x'")).toThrow(/never edited/);
    expect(() => raw.exec('DELETE FROM usage_events')).toThrow(/never deleted/);
    raw.close();
  });

  it('rejects an event that is not in the schema and writes nothing', () => {
    const store = scratchStore();
    const { db, log } = openLog(join(store.dataDir, 'atiende.sqlite'));
    expect(() => log.append(null, { type: 'order.code', code: 'K7M2QX' } as never)).toThrow();
    expect(log.read()).toEqual([]);
    db.close();
  });
});

import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { databaseFileName } from '../../../electron/host/storage/database.ts';
import { openOrRecover, type DamageReason } from '../../../electron/host/storage/open-or-recover.ts';
import { readDatabase, resultOf } from '../../fixtures/host.ts';
import { tempFolder, tempStore } from '../../fixtures/store-config.ts';
import { tempHost } from '../../fixtures/temp-host.ts';
import { damages, realDatabase } from './damaged-files.ts';

const cases: [keyof typeof damages, DamageReason][] = [
  ['garbage', 'notADatabase'],
  ['truncated', 'malformed'],
  ['damagedPage', 'failedCheck'],
];

function damagedFolder(damage: keyof typeof damages) {
  const folder = tempFolder();
  onTestFinished(() => folder.remove());
  mkdirSync(folder.dataDir, { recursive: true });
  const file = join(folder.dataDir, databaseFileName);
  damages[damage](file);
  return { ...folder, file, damagedBytes: readFileSync(file) };
}

const frozenNow = () => new Date('2026-11-23T10:00:00.123Z');

describe('opening a damaged database at start', () => {
  it.each(cases)('moves a %s file aside, reports it as %s and opens a fresh one', (damage, reason) => {
    const { file, dataDir, damagedBytes } = damagedFolder(damage);
    const { db, recovery } = openOrRecover(file, frozenNow);
    onTestFinished(() => db.close());

    expect(recovery).toEqual({ reason, movedTo: 'atiende.sqlite.damaged-20261123T100000Z' });
    const movedTo = join(dataDir, 'atiende.sqlite.damaged-20261123T100000Z');
    expect(readFileSync(movedTo).equals(damagedBytes)).toBe(true);
    expect(statSync(movedTo).mode & 0o777).toBe(0o600);
    expect(db.prepare('SELECT count(*) AS events FROM usage_events').get()).toEqual({ events: 0 });
    expect(db.prepare('PRAGMA quick_check').all()).toEqual([{ quick_check: 'ok' }]);
  });

  it('moves the damaged file’s WAL and shared-memory files with it, so the fresh file never replays them', () => {
    const { dataDir, remove } = tempFolder();
    onTestFinished(remove);
    const file = join(dataDir, databaseFileName);
    // The file's own WAL, holding a commit not yet copied back, as a kiosk killed mid-write leaves it.
    realDatabase(file, 300);
    const writer = new DatabaseSync(file);
    writer.exec('PRAGMA wal_autocheckpoint = 0');
    writer.exec("INSERT INTO usage_events (at, store_id, type, payload) VALUES ('2026-11-23T10:00:00Z', 'test-store', 'kiosk.started', '{}')");
    const sidecars = ['-wal', '-shm'].map((suffix) => [`${file}${suffix}`, readFileSync(`${file}${suffix}`)] as const);
    writer.close();
    for (const [sidecar, bytes] of sidecars) writeFileSync(sidecar, bytes);
    truncateSync(file, Math.floor(statSync(file).size / 2));

    const { db, recovery } = openOrRecover(file, frozenNow);
    onTestFinished(() => db.close());

    expect(recovery).not.toBeNull();
    for (const suffix of ['', '-wal', '-shm']) {
      expect(statSync(join(dataDir, `atiende.sqlite.damaged-20261123T100000Z${suffix}`)).mode & 0o777).toBe(0o600);
    }
    expect(db.prepare('SELECT count(*) AS events FROM usage_events').get()).toEqual({ events: 0 });
  });

  it('keeps a second damaged file beside the first when both were moved in the same second', () => {
    const { file, dataDir } = damagedFolder('garbage');
    openOrRecover(file, frozenNow).db.close();
    damages.garbage(file);
    const { db, recovery } = openOrRecover(file, frozenNow);
    onTestFinished(() => db.close());
    expect(recovery?.movedTo).toBe('atiende.sqlite.damaged-20261123T100000Z-2');
    expect(existsSync(join(dataDir, 'atiende.sqlite.damaged-20261123T100000Z'))).toBe(true);
  });

  it('opens a sound file as it is and reports nothing', () => {
    const folder = tempFolder();
    onTestFinished(() => folder.remove());
    const file = join(folder.dataDir, databaseFileName);
    realDatabase(file, 10);
    const { db, recovery } = openOrRecover(file);
    onTestFinished(() => db.close());
    expect(recovery).toBeNull();
    expect(db.prepare('SELECT count(*) AS events FROM usage_events').get()).toEqual({ events: 10 });
  });

  it('leaves a file it cannot open for another reason where it is, and says why', () => {
    const folder = tempFolder();
    onTestFinished(() => folder.remove());
    // A folder where the file should be: no damage to move aside, an operator must look.
    const file = join(folder.dataDir, databaseFileName);
    mkdirSync(file, { recursive: true });
    expect(() => openOrRecover(file)).toThrow();
    expect(readdirSync(folder.dataDir)).toEqual([databaseFileName]);
  });
});

describe('a kiosk started on a damaged database', () => {
  it.each(cases)('starts on a %s file, logs storage.recovered (%s) and issues a ticket', async (damage, reason) => {
    const store = tempStore();
    mkdirSync(store.dataDir, { recursive: true });
    damages[damage](join(store.dataDir, databaseFileName));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    onTestFinished(() => warn.mockRestore());

    const kiosk = tempHost({ store });

    expect(kiosk.host.state().state).toBe('ready');
    const ticket = await resultOf(kiosk.host, 'queue.takeTicket', { service: 'customer-service' });
    expect(ticket).toMatchObject({ ticket: { number: 'A001' } });
    expect(kiosk.host.usageLog.read().map((stored) => stored.event)).toContainEqual({ type: 'storage.recovered', reason });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(new RegExp(`damaged \\(${reason}\\): moved aside as atiende\\.sqlite\\.damaged-\\d{8}T\\d{6}Z`));
    expect(readdirSync(store.dataDir).filter((name) => /^atiende\.sqlite\.damaged-\d{8}T\d{6}Z$/.test(name))).toHaveLength(1);
    expect(readDatabase(store.dataDir, (db) => db.prepare('PRAGMA integrity_check').all())).toEqual([{ integrity_check: 'ok' }]);
  });
});

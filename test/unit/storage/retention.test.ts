import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { storeConfigSchema } from '../../../shared/config/store-config.ts';
import { databaseFileName, openKioskDatabase, type KioskDatabase } from '../../../electron/host/storage/database.ts';
import { createRetention, startRetention } from '../../../electron/host/storage/retention.ts';
import { createUsageLog } from '../../../electron/host/usage/usage-log.ts';
import { storeConfigFixture, tempFolder } from '../../fixtures/store-config.ts';

const dayMs = 24 * 60 * 60 * 1000;
const today = new Date('2027-12-01T12:00:00Z');
const daysAgo = (days: number) => new Date(today.getTime() - days * dayMs);

/** A kiosk database holding events of each log at the given ages in days, one per age. */
function databaseWithAges(ages: readonly number[]): KioskDatabase {
  const folder = tempFolder();
  onTestFinished(() => folder.remove());
  const db = openKioskDatabase(join(folder.dataDir, databaseFileName));
  onTestFinished(() => db.close());
  let clock = today;
  const usageLog = createUsageLog({ db, storeId: 'test-store', now: () => clock });
  const queueEvent = db.prepare("INSERT INTO queue_events (day, at, type, log_version, event) VALUES (?, ?, 'ticket.issued', 1, '{}')");
  const auditRow = db.prepare("INSERT INTO staff_audit (at, staff_id, device, action) VALUES (?, 'ana', 'desk-1', 'staff.signIn')");
  for (const age of ages) {
    clock = daysAgo(age);
    usageLog.append(null, { type: 'kiosk.started', shell: 'test' });
    queueEvent.run(clock.toISOString().slice(0, 10), clock.toISOString());
    auditRow.run(clock.toISOString());
  }
  return db;
}

const count = (db: KioskDatabase, table: string) => Number(db.prepare(`SELECT count(*) AS rows FROM ${table}`).get()?.rows);

describe('retention of the append-only logs', () => {
  it('deletes usage events, queue events and staff audit rows older than the retention days, and keeps the rest', () => {
    const db = databaseWithAges([800, 401, 399, 10, 0]);
    const deleted = createRetention({ db, days: 400, now: () => today }).step();
    expect(deleted).toBe(6);
    for (const table of ['usage_events', 'queue_events', 'staff_audit']) expect(count(db, table)).toBe(3);
    const oldestEvent = db.prepare('SELECT min(at) AS at FROM usage_events').get()?.at;
    expect(oldestEvent).toBe(daysAgo(399).toISOString());
  });

  it('deletes at most a batch per step, oldest first, until the backlog is gone', () => {
    const db = databaseWithAges(Array.from({ length: 40 }, (_, index) => 500 + index));
    const retention = createRetention({ db, days: 400, now: () => today });
    const steps: number[] = [];
    for (let deleted = retention.step(25); deleted > 0; deleted = retention.step(25)) steps.push(deleted);
    expect(steps).toEqual([25, 25, 25, 25, 20]);
    expect(count(db, 'usage_events') + count(db, 'queue_events') + count(db, 'staff_audit')).toBe(0);
  });

  it('writes nothing when nothing is old enough', () => {
    const db = databaseWithAges([399, 0]);
    const before = Number(db.prepare('SELECT total_changes() AS changes').get()?.changes);
    expect(createRetention({ db, days: 400, now: () => today }).step()).toBe(0);
    expect(Number(db.prepare('SELECT total_changes() AS changes').get()?.changes)).toBe(before);
  });

  it('still refuses to delete any row, old or new, outside a retention step', () => {
    const db = databaseWithAges([800, 0]);
    createRetention({ db, days: 400, now: () => today }).step();
    expect(db.prepare('SELECT count(*) AS open FROM retention_horizon').get()).toEqual({ open: 0 });
    expect(() => db.exec('DELETE FROM usage_events')).toThrow(/never deleted/);
    expect(() => db.exec('DELETE FROM queue_events')).toThrow(/never deleted/);
    expect(() => db.exec('DELETE FROM staff_audit')).toThrow(/never deleted/);
    expect(() => db.exec("UPDATE usage_events SET type = 'x'")).toThrow(/never edited/);
  });

  it('runs its steps on a timer, and stops when asked', async () => {
    const db = databaseWithAges([800, 700, 0]);
    const faults: unknown[] = [];
    const timer = startRetention({ db, days: 400, now: () => today, everyMs: 10, reportFault: (fault) => faults.push(fault) });
    onTestFinished(() => timer.stop());
    await expect.poll(() => count(db, 'usage_events'), { timeout: 5_000 }).toBe(1);
    expect(faults).toEqual([]);
  });

  it('keeps 400 days unless the store config says otherwise, from 30 to 3650', () => {
    expect(storeConfigSchema.parse(storeConfigFixture()).retention).toEqual({ days: 400 });
    expect(storeConfigSchema.parse(storeConfigFixture({ retention: { days: 90 } })).retention).toEqual({ days: 90 });
    expect(storeConfigSchema.safeParse(storeConfigFixture({ retention: { days: 7 } })).success).toBe(false);
    expect(storeConfigSchema.safeParse(storeConfigFixture({ retention: { days: 4000 } })).success).toBe(false);
  });
});

// The roll-ups on a real SQLite file: finished days are folded once and kept, today is folded as
// it goes, a clock set back makes a kept day stale, and the reports read the same figures as a
// fold of the whole log would give.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { UsageEvent } from '../../../shared/usage/events.ts';
import { openKioskDatabase, type KioskDatabase } from '../../../electron/host/storage/database.ts';
import { createUsageLog } from '../../../electron/host/usage/usage-log.ts';
import { createUsageRollups } from '../../../electron/host/reports/usage-rollups.ts';
import { createUsageFold } from '../../../electron/host/reports/usage-fold.ts';
import { createFlowFigures } from '../../../electron/host/usage/flow-figures.ts';
import { createReportService } from '../../../electron/host/reports/report-service.ts';

const timeZone = 'America/Mexico_City';
const folders: string[] = [];
const databases: KioskDatabase[] = [];

afterEach(() => {
  for (const db of databases.splice(0)) db.close();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function kioskLog() {
  const folder = mkdtempSync(join(tmpdir(), 'atiende-rollups-'));
  folders.push(folder);
  const db = openKioskDatabase(join(folder, 'atiende.sqlite'));
  databases.push(db);
  let clock = new Date('2026-05-01T15:00:00Z');
  const now = () => clock;
  const usageLog = createUsageLog({ db, storeId: 'demo', now });
  let session = 0;
  /** A customer who completes `collect` in `seconds`, at `at`. */
  function customer(at: string, seconds: number): void {
    clock = new Date(at);
    const id = `session-${String((session += 1)).padStart(4, '0')}`;
    const tags = { flowId: 'collect', practice: false, pilot: false };
    const events: UsageEvent[] = [
      { type: 'session.started', language: 'es', seesPilots: false },
      { type: 'flow.started', ...tags },
      { type: 'flow.completed', ...tags, durationMs: seconds * 1000 },
      { type: 'session.ended', reason: 'completed', durationMs: seconds * 1000 + 5000 },
    ];
    for (const event of events) usageLog.append(id, event);
  }
  return { db, usageLog, customer, now, setNow: (at: string) => (clock = new Date(at)) };
}

const rolledDays = (db: KioskDatabase) => db.prepare('SELECT day FROM usage_rollups ORDER BY day').all().map((row) => row.day);

describe('usage roll-ups', () => {
  it('keeps each finished day once, folds today as it goes, and agrees with a fold of the whole log', () => {
    const kiosk = kioskLog();
    // 18:00 UTC is noon in Mexico City; 05:30 UTC on the 3rd is still the 2nd there.
    kiosk.customer('2026-05-01T18:00:00Z', 40);
    kiosk.customer('2026-05-03T05:30:00Z', 50);
    kiosk.customer('2026-05-03T18:00:00Z', 70);
    kiosk.setNow('2026-05-03T20:00:00Z');
    const rollups = createUsageRollups({ db: kiosk.db, timeZone, now: kiosk.now });

    const days = rollups.days('2026-05-01', '2026-05-31');
    expect([...days.keys()].sort()).toEqual(['2026-05-01', '2026-05-02', '2026-05-03']);
    expect(days.get('2026-05-02')?.flows.collect?.seconds).toEqual({ 50: 1 });
    // Finished days are kept; today is not, and days to come are not made up.
    expect(rolledDays(kiosk.db)).toEqual(['2026-05-01', '2026-05-02']);

    kiosk.customer('2026-05-03T19:00:00Z', 80);
    kiosk.setNow('2026-05-03T20:00:00Z');
    expect(rollups.days('2026-05-03', '2026-05-03').get('2026-05-03')?.flows.collect?.runs).toEqual({ started: 2, completed: 2 });

    const whole = createUsageFold(timeZone);
    for (const event of kiosk.usageLog.read()) whole.add(event);
    const fromRollups = rollups.days('2026-05-01', '2026-05-03');
    for (const [date, summary] of whole.days()) expect(fromRollups.get(date)).toEqual(summary);
  });

  it('builds what a report needs in small background steps, newest day first', () => {
    const kiosk = kioskLog();
    for (const day of ['01', '02', '03', '04', '05']) kiosk.customer(`2026-05-${day}T18:00:00Z`, 30);
    kiosk.setNow('2026-05-05T20:00:00Z');
    const rollups = createUsageRollups({ db: kiosk.db, timeZone, now: kiosk.now });
    expect(rollups.step(3)).toBe(3);
    expect(rolledDays(kiosk.db)).toEqual(['2026-05-02', '2026-05-03', '2026-05-04']);
    expect(rollups.step(3)).toBe(1);
    expect(rolledDays(kiosk.db)).toEqual(['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04']);
    expect(rollups.step(3)).toBe(0);
  });

  it('builds a kept day again when its clock was set back and an event lands in it', () => {
    const kiosk = kioskLog();
    kiosk.customer('2026-05-01T18:00:00Z', 40);
    kiosk.setNow('2026-05-02T18:00:00Z');
    const rollups = createUsageRollups({ db: kiosk.db, timeZone, now: kiosk.now });
    expect(rollups.days('2026-05-01', '2026-05-01').get('2026-05-01')?.flows.collect?.runs.completed).toBe(1);
    expect(rolledDays(kiosk.db)).toEqual(['2026-05-01']);

    kiosk.customer('2026-05-01T20:00:00Z', 45);
    expect(rolledDays(kiosk.db)).toEqual([]);
    kiosk.setNow('2026-05-02T18:00:00Z');
    expect(rollups.days('2026-05-01', '2026-05-01').get('2026-05-01')?.flows.collect?.runs.completed).toBe(2);
  });

  it('gives the benefit screen its medians from the roll-ups, once enough customers finished', async () => {
    const kiosk = kioskLog();
    for (let index = 0; index < 9; index += 1) kiosk.customer(`2026-05-0${1 + (index % 3)}T18:0${index}:00Z`, 60 + index * 10);
    kiosk.setNow('2026-05-03T20:00:00Z');
    const figures = createFlowFigures({ rollups: createUsageRollups({ db: kiosk.db, timeZone, now: kiosk.now }) });
    expect(await figures()).toEqual([{ flowId: 'collect', completed: 9, medianSeconds: null }]);
    kiosk.customer('2026-05-03T19:00:00Z', 200);
    kiosk.setNow('2026-05-03T20:00:00Z');
    // 60 … 140 and 200: the fifth of ten by rank is 100.
    expect(await figures()).toEqual([{ flowId: 'collect', completed: 10, medianSeconds: 100 }]);
  });

  it('reads a report over a range through the service, with every period of the grain', () => {
    const kiosk = kioskLog();
    kiosk.customer('2026-05-01T18:00:00Z', 40);
    kiosk.customer('2026-05-12T18:00:00Z', 50);
    kiosk.setNow('2026-05-20T18:00:00Z');
    const service = createReportService({ db: kiosk.db, config: null, now: kiosk.now, timeZone });
    const set = service.read({ from: '2026-05-01', to: '2026-05-31', grain: 'week' });
    const trend = set.reports.find((report) => report.id === 'sessions')?.tables.find((table) => table.id === 'sessionTrend');
    // Up to today only: weeks 18 to 21 (the 20th is a Wednesday of week 21).
    expect(trend?.rows.map((row) => [row[0], row[1]])).toEqual([
      ['2026-W18', 1],
      ['2026-W19', 0],
      ['2026-W20', 1],
      ['2026-W21', 0],
    ]);
  });

  it('rolls up a backlog a slice at a time, so the kiosk goes on answering while a long report is prepared', async () => {
    const kiosk = kioskLog();
    for (let day = 1; day <= 20; day += 1) kiosk.customer(`2026-04-${String(day).padStart(2, '0')}T18:00:00Z`, 30 + day);
    kiosk.setNow('2026-05-01T18:00:00Z');
    const rollups = createUsageRollups({ db: kiosk.db, timeZone, now: kiosk.now, sliceMs: 0 });

    // Other work queued behind the roll-up: each turn the loop gets, one tick is counted.
    let ticks = 0;
    let prepared = false;
    const preparing = rollups.prepare('2025-05-01', '2026-04-30').then(() => (prepared = true));
    const ticking = (async () => {
      while (!prepared) {
        ticks += 1;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await Promise.all([preparing, ticking]);

    // One day per slice: the loop had its turn between the days, not only once the year was folded.
    expect(ticks).toBeGreaterThanOrEqual(20);
    // Days from the first event on are all kept (empty ones too); the year before it is not walked.
    expect(rolledDays(kiosk.db)).toHaveLength(30);
    expect(rolledDays(kiosk.db)[0]).toBe('2026-04-01');
    // Once prepared, a read finds every day kept and agrees with folding them on the spot.
    const kept = rollups.days('2026-04-01', '2026-04-30');
    kiosk.db.exec('DELETE FROM usage_rollups');
    expect(rollups.days('2026-04-01', '2026-04-30')).toEqual(kept);
  });

  it('prepares nothing for a reader of another kiosk\'s file', async () => {
    const kiosk = kioskLog();
    kiosk.customer('2026-04-10T18:00:00Z', 40);
    kiosk.setNow('2026-05-01T18:00:00Z');
    await createUsageRollups({ db: kiosk.db, timeZone, now: kiosk.now, readOnly: true }).prepare('2026-04-01', '2026-04-30');
    expect(rolledDays(kiosk.db)).toEqual([]);
  });
});

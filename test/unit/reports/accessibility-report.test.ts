// The accessibility report on a real SQLite usage log: sessions that turn modes on (before their
// start too, logged right after it), off again, several at once; days with no accessibility event
// and days with no event at all; the same figures from kept roll-ups, from days folded on the spot
// and from a fold of the whole log; and the busy kiosk's week, whose customers use each mode about
// as often as a store's do.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportRange, ReportSet } from '../../../shared/reports/report-views.ts';
import type { UsageEvent } from '../../../shared/usage/events.ts';
import { emptyDay } from '../../../electron/host/reports/day-summary.ts';
import { createReportService } from '../../../electron/host/reports/report-service.ts';
import { createUsageFold } from '../../../electron/host/reports/usage-fold.ts';
import { createUsageRollups } from '../../../electron/host/reports/usage-rollups.ts';
import { openKioskDatabase, type KioskDatabase } from '../../../electron/host/storage/database.ts';
import { createUsageLog } from '../../../electron/host/usage/usage-log.ts';
import { generateBusyKiosk } from '../../fixtures/busy-kiosk.ts';

const timeZone = 'Europe/Madrid';
const folders: string[] = [];
const databases: KioskDatabase[] = [];

afterEach(() => {
  for (const db of databases.splice(0)) db.close();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function freshDatabase(): KioskDatabase {
  const folder = mkdtempSync(join(tmpdir(), 'atiende-accessibility-'));
  folders.push(folder);
  const db = openKioskDatabase(join(folder, 'atiende.sqlite'));
  databases.push(db);
  return db;
}

type Switch = [mode: 'speech' | 'keypad' | 'largeText' | 'highContrast' | 'lowReach', on: boolean, via: 'menu' | 'keypad' | 'gesture' | 'headset'];

/** A kiosk's log written through the real usage log, each event at its own instant (UTC). */
function kioskLog() {
  const db = freshDatabase();
  let clock = new Date('2026-05-01T00:00:00Z');
  const now = () => clock;
  const usageLog = createUsageLog({ db, storeId: 'demo', now });
  let count = 0;
  /**
   * A customer's session from `at`: the modes switched, a second apart, then the language and its
   * end. The first switches follow the start at once, as a mode switched on the welcome loop is logged.
   */
  function customer(at: string, switches: Switch[], reason: 'completed' | 'cancelled' | 'timedOut'): void {
    const id = `session-${String((count += 1)).padStart(3, '0')}`;
    const start = Date.parse(at);
    const events: UsageEvent[] = [
      { type: 'session.started', language: 'es', seesPilots: false },
      ...switches.map(([mode, on, via]): UsageEvent => ({ type: 'accessibility.modeChanged', mode, on, via })),
      { type: 'language.chosen', language: 'es' },
      { type: 'session.ended', reason, durationMs: 60_000 },
    ];
    events.forEach((event, index) => {
      clock = new Date(start + index * 1000);
      usageLog.append(id, event);
    });
  }
  return { db, now, usageLog, customer, setNow: (at: string) => (clock = new Date(at)) };
}

/** A table's rows keyed by column id. */
function rowsOf(set: ReportSet, tableId: string): Record<string, unknown>[] {
  const table = set.reports.find((report) => report.id === 'accessibility')?.tables.find((candidate) => candidate.id === tableId);
  if (!table) throw new Error(`no table ${tableId}`);
  return table.rows.map((row) => Object.fromEntries(table.columns.map((column, index) => [column.id, row[index]])));
}

const noVia = { viaMenu: 0, viaKeypad: 0, viaGesture: 0, viaHeadset: 0 };

/**
 * Four days in Madrid (UTC+2 in May). Monday the 4th: a blind customer with a headset on the
 * welcome loop, then the keypad; one who tries large text, turns it off, on again by keypad, and
 * adds high contrast; one with none; one with low reach who starts speech by the gesture and stops
 * it; one whose only event turns a mode off. Tuesday: large text once, a session with none.
 * Wednesday: sessions with no accessibility event. Thursday: nothing at all.
 */
function fourDays() {
  const kiosk = kioskLog();
  kiosk.customer('2026-05-04T08:00:00Z', [['speech', true, 'headset'], ['keypad', true, 'keypad']], 'completed');
  kiosk.customer('2026-05-04T08:10:00Z', [['largeText', true, 'menu'], ['largeText', false, 'menu'], ['largeText', true, 'keypad'], ['highContrast', true, 'menu']], 'cancelled');
  kiosk.customer('2026-05-04T08:20:00Z', [], 'completed');
  kiosk.customer('2026-05-04T08:30:00Z', [['lowReach', true, 'menu'], ['speech', true, 'gesture'], ['speech', false, 'menu']], 'timedOut');
  kiosk.customer('2026-05-04T08:40:00Z', [['largeText', false, 'menu']], 'completed');
  kiosk.customer('2026-05-05T16:00:00Z', [['largeText', true, 'menu']], 'completed');
  kiosk.customer('2026-05-05T16:30:00Z', [], 'cancelled');
  kiosk.customer('2026-05-06T09:00:00Z', [], 'completed');
  kiosk.customer('2026-05-06T09:30:00Z', [], 'completed');
  kiosk.setNow('2026-05-08T10:00:00Z');
  return kiosk;
}

const fourDayRange: ReportRange = { from: '2026-05-04', to: '2026-05-07', grain: 'day' };

describe('the accessibility report', () => {
  it('counts each session once per mode it turned on, how it first did, and how those sessions ended', async () => {
    const kiosk = fourDays();
    const service = createReportService({ db: kiosk.db, config: null, now: kiosk.now, timeZone });
    await service.prepare(fourDayRange);
    const set = service.read(fourDayRange);
    // Nine sessions: six completed, two cancelled, one timed out.
    const all = 6 / 9;
    expect(rowsOf(set, 'accessibilityUptake')).toEqual([
      // One completed, one timed out.
      { mode: 'speech', sessions: 2, sessionsShare: 2 / 9, completedShare: 1 / 2, allCompletedShare: all, ...noVia, viaGesture: 1, viaHeadset: 1 },
      { mode: 'keypad', sessions: 1, sessionsShare: 1 / 9, completedShare: 1, allCompletedShare: all, ...noVia, viaKeypad: 1 },
      // Off and on again (by keypad) in one session is still one session, first turned on from the menu.
      { mode: 'largeText', sessions: 2, sessionsShare: 2 / 9, completedShare: 1 / 2, allCompletedShare: all, ...noVia, viaMenu: 2 },
      { mode: 'highContrast', sessions: 1, sessionsShare: 1 / 9, completedShare: 0, allCompletedShare: all, ...noVia, viaMenu: 1 },
      { mode: 'lowReach', sessions: 1, sessionsShare: 1 / 9, completedShare: 0, allCompletedShare: all, ...noVia, viaMenu: 1 },
    ]);
  });

  it('shows a trend of every mode on every day, days without any accessibility event or any event at all included', () => {
    const kiosk = fourDays();
    const set = createReportService({ db: kiosk.db, config: null, now: kiosk.now, timeZone }).read(fourDayRange);
    const trend = rowsOf(set, 'accessibilityTrend');
    expect(trend).toHaveLength(4 * 5);
    const day = (period: string) => Object.fromEntries(trend.filter((row) => row.period === period).map((row) => [row.mode, [row.sessions, row.sessionsShare]]));
    expect(day('2026-05-04')).toEqual({ speech: [2, 2 / 5], keypad: [1, 1 / 5], largeText: [1, 1 / 5], highContrast: [1, 1 / 5], lowReach: [1, 1 / 5] });
    expect(day('2026-05-05')).toEqual({ speech: [0, 0], keypad: [0, 0], largeText: [1, 1 / 2], highContrast: [0, 0], lowReach: [0, 0] });
    expect(day('2026-05-06')).toEqual({ speech: [0, 0], keypad: [0, 0], largeText: [0, 0], highContrast: [0, 0], lowReach: [0, 0] });
    // No session at all: no share to take.
    expect(day('2026-05-07')).toEqual({ speech: [0, null], keypad: [0, null], largeText: [0, null], highContrast: [0, null], lowReach: [0, null] });

    // A range of days none of which had an accessibility event: every mode, none used.
    const quiet = createReportService({ db: kiosk.db, config: null, now: kiosk.now, timeZone }).read({ from: '2026-05-06', to: '2026-05-07', grain: 'week' });
    expect(rowsOf(quiet, 'accessibilityUptake').map((row) => [row.mode, row.sessions, row.sessionsShare, row.completedShare, row.allCompletedShare])).toEqual([
      ['speech', 0, 0, null, 1],
      ['keypad', 0, 0, null, 1],
      ['largeText', 0, 0, null, 1],
      ['highContrast', 0, 0, null, 1],
      ['lowReach', 0, 0, null, 1],
    ]);
    expect(rowsOf(quiet, 'accessibilityTrend').map((row) => [row.period, row.sessions])).toHaveLength(5);
  });

  it('reads the same from kept roll-ups, from days folded on the spot and from a fold of the whole log', async () => {
    const kiosk = fourDays();
    const kept = createReportService({ db: kiosk.db, config: null, now: kiosk.now, timeZone });
    await kept.prepare(fourDayRange);
    expect(kiosk.db.prepare('SELECT count(*) AS days FROM usage_rollups').get()?.days).toBe(4);
    const fromRollups = kept.read(fourDayRange);
    // A reader of the same file that keeps nothing folds every day from the log.
    const folded = createReportService({ db: kiosk.db, config: null, now: kiosk.now, timeZone, readOnly: true }).read(fourDayRange);
    expect(fromRollups.reports.find((report) => report.id === 'accessibility')).toEqual(folded.reports.find((report) => report.id === 'accessibility'));

    const whole = createUsageFold(timeZone);
    for (const event of kiosk.usageLog.read()) whole.add(event);
    const days = createUsageRollups({ db: kiosk.db, timeZone, now: kiosk.now }).days('2026-05-04', '2026-05-07');
    for (const [date, summary] of whole.days()) expect(days.get(date)?.accessibility).toEqual(summary.accessibility);
    expect(days.get('2026-05-04')?.accessibility.largeText).toEqual({ sessions: 1, ended: 1, completed: 0, via: { menu: 1 } });
  });

  it('builds again a day rolled up before the fold counted the modes', () => {
    const kiosk = fourDays();
    // A roll-up kept by the fold before issue 14: no accessibility branch, and figures of its own.
    const { accessibility: _none, ...before } = { ...emptyDay(), sessions: { ...emptyDay().sessions, started: 99 } };
    kiosk.db
      .prepare('INSERT INTO usage_rollups (time_zone, day, fold_version, start_at, end_at, summary) VALUES (?, ?, 1, ?, ?, ?)')
      .run(timeZone, '2026-05-04', '2026-05-03T22:00:00.000Z', '2026-05-04T22:00:00.000Z', JSON.stringify(before));
    const set = createReportService({ db: kiosk.db, config: null, now: kiosk.now, timeZone }).read(fourDayRange);
    expect(rowsOf(set, 'accessibilityUptake')[0]).toMatchObject({ mode: 'speech', sessions: 2, sessionsShare: 2 / 9 });
    expect(kiosk.db.prepare("SELECT fold_version FROM usage_rollups WHERE day = '2026-05-04'").get()?.fold_version).toBe(2);
  });
});

describe('the busy kiosk', () => {
  it('has a week of customers using each mode about as often as a store does, each way in seen', async () => {
    const db = freshDatabase();
    // Monday 11 to Sunday 17 May 2026.
    generateBusyKiosk({ db, days: 7, endDay: '2026-05-17', seed: 14, timeZone });
    const range: ReportRange = { from: '2026-05-11', to: '2026-05-17', grain: 'week' };
    const service = createReportService({ db, config: null, now: () => new Date('2026-05-20T12:00:00Z'), timeZone });
    await service.prepare(range);
    const uptake: Record<string, Record<string, unknown>> = Object.fromEntries(rowsOf(service.read(range), 'accessibilityUptake').map((row) => [row.mode, row]));
    const share = (mode: string) => Number(uptake[mode]?.sessionsShare);
    expect(share('speech')).toBeGreaterThan(0.02);
    expect(share('speech')).toBeLessThan(0.04);
    expect(share('keypad')).toBeGreaterThan(0.01);
    expect(share('keypad')).toBeLessThan(0.02);
    expect(share('largeText')).toBeGreaterThan(0.05);
    expect(share('largeText')).toBeLessThan(0.08);
    expect(share('highContrast')).toBeGreaterThan(0.01);
    expect(share('highContrast')).toBeLessThan(0.03);
    expect(share('lowReach')).toBeGreaterThan(0.02);
    expect(share('lowReach')).toBeLessThan(0.04);
    for (const via of ['viaMenu', 'viaKeypad', 'viaGesture', 'viaHeadset']) expect(Number(uptake.speech?.[via])).toBeGreaterThan(0);
    expect(Number(uptake.largeText?.viaMenu)).toBeGreaterThan(Number(uptake.largeText?.viaKeypad));
    // Every session that used a mode is counted once, by the one way it first came on.
    for (const row of Object.values(uptake)) expect(Number(row.viaMenu) + Number(row.viaKeypad) + Number(row.viaGesture) + Number(row.viaHeadset)).toBe(row.sessions);
  });
});

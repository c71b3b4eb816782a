// The busy kiosk fixture writes what a real kiosk writes: events the usage schema accepts, in the
// order they are appended, the same log for the same seed, and the shares of a busy store's week.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKioskDatabase, type KioskDatabase } from '../../../electron/host/storage/database.ts';
import { createStoreClock } from '../../../shared/queue/estimate/store-clock.ts';
import { kioskHeartbeatMinutes, usageEventSchema, type UsageEvent } from '../../../shared/usage/events.ts';
import { generateBusyKiosk, type BusyKioskCounts } from '../../fixtures/busy-kiosk.ts';

interface Row {
  seq: number;
  at: string;
  sessionId: string | null;
  type: string;
  payload: string;
  event: UsageEvent;
}

const timeZone = 'Europe/Madrid';
// Monday 23 to Sunday 29 March 2026: a whole week, ending on the night clocks go forward.
const week = { days: 7, endDay: '2026-03-29', timeZone };
const folders: string[] = [];

function freshDatabase(): KioskDatabase {
  const folder = mkdtempSync(join(tmpdir(), 'atiende-busy-'));
  folders.push(folder);
  return openKioskDatabase(join(folder, 'atiende.sqlite'));
}

function rowsOf(db: KioskDatabase): Row[] {
  return db
    .prepare('SELECT seq, at, session_id, type, payload FROM usage_events ORDER BY seq')
    .all()
    .map((row) => ({
      seq: Number(row.seq),
      at: String(row.at),
      sessionId: row.session_id === null ? null : String(row.session_id),
      type: String(row.type),
      payload: String(row.payload),
      event: JSON.parse(String(row.payload)) as UsageEvent,
    }));
}

const ofType = <T extends UsageEvent['type']>(rows: readonly Row[], type: T) =>
  rows.filter((row) => row.type === type).map((row) => ({ ...row, event: row.event as Extract<UsageEvent, { type: T }> }));

/**
 * A session's flow runs as the kiosk writes them: steps only inside a run that started, one run at
 * a time, a practice run announced first, and after a cancelled run only home, the practice's end
 * or the session's end.
 */
function expectRunsInOrder(events: readonly UsageEvent[]): void {
  let open: { flowId: string; practice: boolean } | null = null;
  events.forEach((event, index) => {
    const before = events[index - 1];
    if (event.type === 'flow.started') {
      expect(open).toBeNull();
      open = { flowId: event.flowId, practice: event.practice };
      if (event.practice) expect(before).toEqual({ type: 'practice.started', flowId: event.flowId });
    } else if (event.type === 'flow.step' || event.type === 'flow.back' || event.type === 'flow.completed' || event.type === 'flow.cancelled') {
      expect(open).toEqual({ flowId: event.flowId, practice: event.practice });
      if (event.type === 'flow.completed' || event.type === 'flow.cancelled') open = null;
    }
    if (before?.type === 'flow.cancelled') expect(['screen.viewed', 'practice.finished', 'session.ended']).toContain(event.type);
  });
  expect(open).toBeNull();
}

let counts: BusyKioskCounts;
let rows: Row[];

beforeAll(() => {
  const db = freshDatabase();
  counts = generateBusyKiosk({ db, ...week, seed: 12 });
  rows = rowsOf(db);
  db.close();
  // A week is some 100,000 events: room for a busy machine.
}, 60_000);

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('a generated week of a busy kiosk', () => {
  it('writes only events the usage schema accepts, stored exactly as the usage log stores them', () => {
    expect(rows.length).toBe(counts.events);
    for (const row of rows) {
      const checked = usageEventSchema.parse(row.event);
      expect(JSON.stringify(checked)).toBe(row.payload);
      expect(row.type).toBe(checked.type);
    }
    const byType: Record<string, number> = {};
    for (const row of rows) byType[row.type] = (byType[row.type] ?? 0) + 1;
    expect(byType).toEqual(counts.byType);
  });

  it('writes events in the order a kiosk appends them, each session whole and one at a time', () => {
    expect(rows[0]?.type).toBe('kiosk.started');
    expect(rows[0]?.at).toBe(counts.firstAt);
    expect(rows.at(-1)?.at).toBe(counts.lastAt);
    for (let index = 1; index < rows.length; index += 1) expect((rows[index]?.at ?? '') > (rows[index - 1]?.at ?? '')).toBe(true);
    const sessions = new Map<string, Row[]>();
    for (const row of rows) if (row.sessionId !== null) sessions.set(row.sessionId, [...(sessions.get(row.sessionId) ?? []), row]);
    expect(sessions.size).toBe(counts.sessions);
    let previousEnd = '';
    for (const session of [...sessions.values()].sort((a, b) => (a[0]?.at ?? '').localeCompare(b[0]?.at ?? ''))) {
      expect(session[0]?.type).toBe('session.started');
      expect(session.at(-1)?.type).toBe('session.ended');
      expect(session.filter((row) => row.type.startsWith('session.'))).toHaveLength(2);
      // One kiosk, one customer at a time.
      expect((session[0]?.at ?? '') > previousEnd).toBe(true);
      previousEnd = session.at(-1)?.at ?? '';
      expectRunsInOrder(session.map((row) => row.event));
    }
  });

  it('notes the kiosk alive every ten minutes, out of service while staff close it', () => {
    const alive = ofType(rows, 'kiosk.alive');
    const expected = (Date.parse(counts.lastAt) - Date.parse(counts.firstAt)) / (kioskHeartbeatMinutes * 60_000);
    expect(alive.length).toBeGreaterThan(expected * 0.97);
    expect(alive.length).toBeLessThanOrEqual(Math.ceil(expected));
    const restarts = new Set(ofType(rows, 'kiosk.started').map((row) => row.seq));
    for (let index = 1; index < alive.length; index += 1) {
      const [before, after] = [alive[index - 1], alive[index]];
      if (!before || !after) continue;
      const restarted = [...restarts].some((seq) => seq > before.seq && seq < after.seq);
      if (!restarted) expect(Date.parse(after.at) - Date.parse(before.at)).toBeLessThan(kioskHeartbeatMinutes * 60_000 + 50);
    }
    let closed = false;
    for (const row of rows) {
      if (row.event.type === 'kiosk.closedByStaff') closed = row.event.closed;
      if (row.event.type === 'kiosk.alive') expect(row.event.inService).toBe(!closed);
      if (row.event.type === 'session.started') expect(closed).toBe(false);
    }
  });

  it('offers pilot flows to their share of sessions and assisted-only flows only with staff', () => {
    const sessions = new Map(ofType(rows, 'session.started').map((row) => [row.sessionId, row.event.seesPilots]));
    const seeing = [...sessions.values()].filter(Boolean).length / sessions.size;
    expect(seeing).toBeGreaterThan(0.45);
    expect(seeing).toBeLessThan(0.55);
    let assisted = false;
    for (const row of rows) {
      if (row.event.type === 'assisted.changed') assisted = row.event.assisted;
      if (row.event.type !== 'flow.started') continue;
      expect(row.event.assisted).toBe(assisted);
      if (row.event.pilot) expect(sessions.get(row.sessionId) || assisted).toBe(true);
      if (row.event.flowId === 'late-return') expect(assisted).toBe(true);
    }
    expect(ofType(rows, 'flow.started').some((row) => row.event.pilot)).toBe(true);
    expect(ofType(rows, 'flow.started').some((row) => row.event.assisted)).toBe(true);
  });

  it('has the figures of a busy store: busy at midday, shut at night, most flows finished', () => {
    const clock = createStoreClock(timeZone);
    const started = ofType(rows, 'session.started').map((row) => clock.dayOf(Date.parse(row.at)));
    expect(counts.sessions / week.days).toBeGreaterThan(400);
    expect(counts.sessions / week.days).toBeLessThan(1000);
    const inHours = (from: number, to: number) => started.filter((day) => day.minute >= from * 60 && day.minute < to * 60).length;
    expect(inHours(0, 7)).toBe(0);
    expect(inHours(12, 14)).toBeGreaterThan(3 * inHours(8, 9));
    const onWeekday = (weekday: number) => started.filter((day) => day.weekday === weekday).length;
    expect(onWeekday(5)).toBeGreaterThan(onWeekday(6));

    const real = (type: 'flow.started' | 'flow.completed') => ofType(rows, type).filter((row) => !row.event.practice).length;
    const completedShare = real('flow.completed') / real('flow.started');
    expect(completedShare).toBeGreaterThan(0.7);
    expect(completedShare).toBeLessThan(0.95);

    const languages = ofType(rows, 'session.started').map((row) => row.event.language);
    expect(new Set(languages)).toEqual(new Set(['es', 'en', 'ar', 'fr']));
    const spanish = languages.filter((language) => language === 'es').length / languages.length;
    expect(spanish).toBeGreaterThan(0.55);
    expect(spanish).toBeLessThan(0.8);

    const ratings = ofType(rows, 'feedback.rated').map((row) => row.event.rating);
    const meanRating = ratings.reduce((sum, rating) => sum + rating, 0) / ratings.length;
    expect(meanRating).toBeGreaterThan(3.5);
    expect(meanRating).toBeLessThan(4.6);
    expect(new Set(ofType(rows, 'feedback.dimensionRated').map((row) => row.event.dimension)).size).toBe(5);
  });

  it('has every kind of thing a year of reports counts', () => {
    for (const type of [
      'practice.started',
      'tutorial.offered',
      'tutorial.started',
      'tutorial.skipped',
      'tutorial.finished',
      'hesitation.detected',
      'flow.back',
      'flow.cancelled',
      'action.failed',
      'help.requested',
      'idle.warned',
      'idle.extended',
      'feedback.skipped',
      'ticket.noShow',
      'ticket.outcome',
      'complaint.filed',
      'printer.failed',
      'kiosk.closedByStaff',
    ]) {
      expect(counts.byType[type] ?? 0, type).toBeGreaterThan(0);
    }
    const reasons = new Set(ofType(rows, 'session.ended').map((row) => row.event.reason));
    expect(reasons).toEqual(new Set(['completed', 'cancelled', 'timedOut']));
    expect(new Set(ofType(rows, 'help.requested').map((row) => row.event.reason))).toEqual(new Set(['preferPerson', 'needHelp']));
  });

  it('tells waits that come true about four times in five, and misses the rest both ways', () => {
    const ranged = ofType(rows, 'ticket.called').flatMap((row) => (row.event.predicted?.kind === 'range' ? [{ predicted: row.event.predicted, waited: row.event.waitedSeconds / 60 }] : []));
    expect(ranged.length).toBeGreaterThan(1000);
    const within = ranged.filter(({ predicted, waited }) => waited >= predicted.lowMinutes && waited <= predicted.highMinutes).length / ranged.length;
    expect(within).toBeGreaterThan(0.72);
    expect(within).toBeLessThan(0.88);
    expect(ranged.some(({ predicted, waited }) => waited > predicted.highMinutes)).toBe(true);
    expect(ranged.some(({ predicted, waited }) => waited < predicted.lowMinutes)).toBe(true);
    const issued = counts.byType['ticket.issued'] ?? 0;
    expect((counts.byType['ticket.noShow'] ?? 0) / issued).toBeGreaterThan(0.02);
    expect((counts.byType['ticket.noShow'] ?? 0) / issued).toBeLessThan(0.12);
  });
});

describe('the busy kiosk seed', () => {
  it('writes the same log for the same seed, and another for another', () => {
    const twoDays = { days: 2, endDay: '2026-03-29', timeZone };
    const write = (seed: number) => {
      const db = freshDatabase();
      generateBusyKiosk({ db, ...twoDays, seed });
      const written = rowsOf(db).map(({ at, sessionId, payload }) => ({ at, sessionId, payload }));
      db.close();
      return written;
    };
    const first = write(5);
    expect(write(5)).toEqual(first);
    expect(write(6)).not.toEqual(first);
  }, 60_000);
});

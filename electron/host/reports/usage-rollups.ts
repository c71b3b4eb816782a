// The usage log's daily roll-ups: a finished day (on the store's clock) is folded once into a
// summary kept in `usage_rollups`; today is folded as it goes, reading only the events written
// since the last look. A report of any range is then a sum of summaries, whatever the log's size.
import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { createStoreClock } from '../../../shared/queue/estimate/store-clock.ts';
import type { UsageEvent } from '../../../shared/usage/events.ts';
import { inTransaction, type KioskDatabase } from '../storage/database.ts';
import { emptyDay, type DaySummary } from './day-summary.ts';
import { createUsageFold, dateOfKey, type UsageFold } from './usage-fold.ts';

/**
 * Bumped whenever the fold counts differently: roll-ups of another version are built again.
 * 2: the accessibility modes' sessions (issue 14).
 */
const foldVersion = 2;

const dayMs = 86_400_000;

export interface UsageRollups {
  /** A summary for every day of [from, to] (YYYY-MM-DD, both included) up to today, keyed by date. */
  days(from: string, to: string): Map<string, DaySummary>;
  /** Rolls up to `limit` finished days the table lacks, newest first, empty ones too; returns how many. */
  step(limit?: number): number;
  /**
   * Rolls up every finished day of [from, to] the table lacks, newest first, giving the event loop
   * back after each slice of work: a year's backlog takes seconds to fold, and the kiosk must go on
   * answering its customers meanwhile. `days` then finds them kept. A read-only reader does nothing.
   */
  prepare(from: string, to: string): Promise<void>;
  /** Today's date on the store's clock. */
  today(): string;
}

export interface UsageRollupsDeps {
  db: KioskDatabase;
  timeZone: string;
  now: () => Date;
  /** For a reader of another's database (`npm run report` on a kiosk's data folder): days are folded but not kept. */
  readOnly?: boolean;
  /** Milliseconds of folding `prepare` does before it lets other work run; 0 yields after every day. */
  sliceMs?: number;
}

/** Long enough to fold a quiet day or two at once, short enough that no host call waits noticeably. */
const defaultSliceMs = 20;

export function createUsageRollups({ db, timeZone, now, readOnly = false, sliceMs = defaultSliceMs }: UsageRollupsDeps): UsageRollups {
  const clock = createStoreClock(timeZone, '00:00');
  const readRolled = db.prepare(
    'SELECT day, summary FROM usage_rollups WHERE time_zone = ? AND fold_version = ? AND day >= ? AND day <= ?',
  );
  const eventsBetweenSql = 'SELECT seq, at, session_id, payload FROM usage_events WHERE at >= ? AND at < ? ORDER BY seq';
  const eventsBetween = db.prepare(eventsBetweenSql);
  const eventsAfter = db.prepare('SELECT seq, at, session_id, payload FROM usage_events WHERE seq > ? ORDER BY seq');
  const upsert = readOnly ? null : db.prepare(
    `INSERT INTO usage_rollups (time_zone, day, fold_version, start_at, end_at, summary) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (time_zone, day) DO UPDATE SET fold_version = excluded.fold_version, start_at = excluded.start_at,
       end_at = excluded.end_at, summary = excluded.summary`,
  );
  const firstEvent = db.prepare('SELECT min(at) AS at FROM usage_events');
  const rolledDays = db.prepare('SELECT day FROM usage_rollups WHERE time_zone = ? AND fold_version = ? AND day >= ? AND day < ?');

  let live: { key: number; fold: UsageFold; lastSeq: number } | null = null;

  const keyOf = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / dayMs);
  const todayKey = () => clock.dayOf(now().getTime()).key;
  const spanOf = (key: number) => ({ start: new Date(clock.instant(key, 0)).toISOString(), end: new Date(clock.instant(key + 1, 0)).toISOString() });

  /** Folds one row of the log; returns its seq. */
  function foldRow(row: Record<string, unknown>, into: UsageFold): number {
    const seq = Number(row.seq);
    into.add({ seq, at: String(row.at), sessionId: row.session_id === null ? null : String(row.session_id), event: JSON.parse(String(row.payload)) as UsageEvent });
    return seq;
  }

  function fold(rows: Iterable<Record<string, unknown>>, into: UsageFold): number {
    let lastSeq = 0;
    for (const row of rows) lastSeq = foldRow(row, into);
    return lastSeq;
  }

  /** A finished day's summary from its fold: events at the day's edges fold into it by the store's clock, only its own date is kept. */
  const summaryOf = (dayFold: UsageFold, key: number) => dayFold.days().get(dateOfKey(key)) ?? emptyDay();

  /** Folds one finished day from the log. */
  function foldDay(key: number): DaySummary {
    const { start, end } = spanOf(key);
    const dayFold = createUsageFold(timeZone);
    fold(eventsBetween.iterate(start, end), dayFold);
    return summaryOf(dayFold, key);
  }

  /** Keeps folded days, all in one transaction: one write to the disk however many there are. */
  function keep(days: readonly { key: number; summary: DaySummary }[]): void {
    if (!upsert || days.length === 0) return;
    inTransaction(db, () => {
      for (const { key, summary } of days) {
        const { start, end } = spanOf(key);
        upsert.run(timeZone, dateOfKey(key), foldVersion, start, end, JSON.stringify(summary));
      }
    });
  }

  /** The finished days of [first, last] the table lacks, newest first. */
  function missingDays(first: number, last: number): number[] {
    if (first > last) return [];
    const done = new Set(rolledDays.all(timeZone, foldVersion, dateOfKey(first), dateOfKey(last + 1)).map((row) => String(row.day)));
    const missing: number[] = [];
    for (let key = last; key >= first; key -= 1) if (!done.has(dateOfKey(key))) missing.push(key);
    return missing;
  }

  function liveDays(): Map<string, DaySummary> {
    const key = todayKey();
    if (!live || live.key !== key) {
      const fresh = createUsageFold(timeZone);
      live = { key, fold: fresh, lastSeq: fold(eventsBetween.iterate(spanOf(key).start, spanOf(key + 1).start), fresh) };
      if (live.lastSeq === 0) live.lastSeq = maxSeq(db);
    } else {
      const seq = fold(eventsAfter.iterate(live.lastSeq), live.fold);
      if (seq > 0) live.lastSeq = seq;
    }
    return live.fold.days();
  }

  return {
    days(from, to) {
      const today = todayKey();
      const first = keyOf(from);
      const last = Math.min(keyOf(to), today);
      const result = new Map<string, DaySummary>();
      if (first > last) return result;
      for (const row of readRolled.all(timeZone, foldVersion, from, dateOfKey(Math.min(last, today - 1)))) {
        result.set(String(row.day), JSON.parse(String(row.summary)) as DaySummary);
      }
      const folded: { key: number; summary: DaySummary }[] = [];
      // Days before the log's first event are empty: no need to ask the log about each.
      const oldest = firstEvent.get()?.at;
      const firstLogged = typeof oldest === 'string' ? clock.dayOf(Date.parse(oldest)).key : today + 1;
      for (let key = first; key <= last; key += 1) {
        const date = dateOfKey(key);
        if (key < firstLogged) {
          if (!result.has(date)) result.set(date, emptyDay());
        } else if (key === today) {
          const summary = liveDays().get(date);
          if (summary) result.set(date, structuredClone(summary));
        } else if (!result.has(date)) {
          const summary = foldDay(key);
          result.set(date, summary);
          // A day with no events costs one index look-up to fold again: only days with some are kept here.
          if (summary.events > 0) folded.push({ key, summary });
        }
      }
      keep(folded);
      return result;
    },
    step(limit = 3) {
      const oldest = firstEvent.get()?.at;
      if (typeof oldest !== 'string') return 0;
      const start = clock.dayOf(Date.parse(oldest)).key;
      // Newest first: the benefit screen's figures and the reports managers open first cover the last weeks.
      const folded: { key: number; summary: DaySummary }[] = [];
      for (const key of missingDays(start, todayKey() - 1)) {
        if (folded.length >= limit) break;
        folded.push({ key, summary: foldDay(key) });
      }
      keep(folded);
      return folded.length;
    },
    async prepare(from, to) {
      if (readOnly) return;
      const oldest = firstEvent.get()?.at;
      if (typeof oldest !== 'string') return;
      // Days before the first event are empty: `days` finds that with one index look-up each.
      const first = Math.max(keyOf(from), clock.dayOf(Date.parse(oldest)).key);
      let folded: { key: number; summary: DaySummary }[] = [];
      let sliceStart = performance.now();
      const sliceDone = () => performance.now() - sliceStart >= sliceMs;
      async function yieldTurn(): Promise<void> {
        // Kept before yielding, in one transaction: one write to the disk per slice, not per day.
        keep(folded);
        folded = [];
        await nextTurn();
        sliceStart = performance.now();
      }
      for (const key of missingDays(first, Math.min(keyOf(to), todayKey() - 1))) {
        // A busy day is some 15,000 events, 50-100 ms to fold: it is folded in slices too.
        const dayFold = createUsageFold(timeZone);
        const { start, end } = spanOf(key);
        // A statement of its own: the shared one may be run by a read while this one is paused.
        for (const row of db.prepare(eventsBetweenSql).iterate(start, end)) {
          foldRow(row, dayFold);
          if (sliceMs > 0 && sliceDone()) await yieldTurn();
        }
        folded.push({ key, summary: summaryOf(dayFold, key) });
        if (sliceDone()) await yieldTurn();
      }
      keep(folded);
    },
    today: () => dateOfKey(todayKey()),
  };
}

function maxSeq(db: KioskDatabase): number {
  return Number(db.prepare('SELECT coalesce(max(seq), 0) AS seq FROM usage_events').get()?.seq ?? 0);
}

/** Rolls up finished days a few at a time on an unref'd timer, so a report rarely has to. */
export function startRollups(rollups: UsageRollups, reportFault: (fault: unknown) => void, everyMs = 5_000): { stop(): void } {
  const timer = setInterval(() => {
    try {
      rollups.step();
    } catch (fault) {
      reportFault(fault);
    }
  }, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

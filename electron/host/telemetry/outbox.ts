// The telemetry outbox in the kiosk's SQLite file: usage, queue and audit events waiting for the
// collector's acknowledgement, written by triggers (migration 8) in the same transaction as the event.
import { inTransaction, type KioskDatabase } from '../storage/database.ts';

export type OutboxSource = 'usage' | 'queue' | 'audit';

export interface OutboxRow {
  seq: number;
  source: OutboxSource;
  /** When the event happened (ISO 8601). */
  at: string;
  /** The event as the trigger stored it: its log's sequence, its fields, and where it came from. */
  body: Record<string, unknown>;
}

export interface OutboxDrops {
  /** Unsent events the bound dropped since the outbox began. */
  dropped: number;
  /** How many of those the back end has been told about. */
  reported: number;
}

export interface TelemetryOutbox {
  /** On: every new event is also written here, at most `maxRows` kept. Off: nothing is, and what waited goes. */
  switchOn(maxRows: number): void;
  switchOff(options: { keepWaiting: boolean }): void;
  /** The oldest waiting events, oldest first. */
  oldest(limit: number): OutboxRow[];
  /** Removes the events of a batch the collector acknowledged. */
  acknowledged(batch: readonly OutboxRow[]): void;
  drops(): OutboxDrops;
  reportedDrops(total: number): void;
  waiting(): number;
}

const sources: readonly string[] = ['usage', 'queue', 'audit'] satisfies OutboxSource[];

export function createTelemetryOutbox(db: KioskDatabase): TelemetryOutbox {
  const setState = db.prepare('UPDATE telemetry_state SET enabled = ?, max_rows = ? WHERE id = 1');
  const disable = db.prepare('UPDATE telemetry_state SET enabled = 0 WHERE id = 1');
  const newest = db.prepare('SELECT max(seq) AS seq FROM telemetry_outbox');
  const overflow = db.prepare('SELECT count(*) AS rows FROM telemetry_outbox WHERE seq <= ?');
  const removeThrough = db.prepare('DELETE FROM telemetry_outbox WHERE seq <= ?');
  const removeAll = db.prepare('DELETE FROM telemetry_outbox');
  const addDrops = db.prepare('UPDATE telemetry_state SET dropped = dropped + ? WHERE id = 1');
  const select = db.prepare('SELECT seq, source, at, body FROM telemetry_outbox ORDER BY seq LIMIT ?');
  const removeBatch = db.prepare('DELETE FROM telemetry_outbox WHERE seq >= ? AND seq <= ?');
  const unDrop = db.prepare(
    'UPDATE telemetry_state SET dropped = dropped - ?, dropped_reported = min(dropped_reported, dropped - ?) WHERE id = 1',
  );
  const state = db.prepare('SELECT dropped, dropped_reported FROM telemetry_state WHERE id = 1');
  const setReported = db.prepare('UPDATE telemetry_state SET dropped_reported = max(dropped_reported, ?) WHERE id = 1');
  const count = db.prepare('SELECT count(*) AS rows FROM telemetry_outbox');

  return {
    switchOn(maxRows) {
      inTransaction(db, () => {
        setState.run(1, maxRows);
        // A smaller bound than last time applies at once, not only from the next event.
        const cut = Number(newest.get()?.seq ?? 0) - maxRows;
        const over = Number(overflow.get(cut)?.rows ?? 0);
        if (over === 0) return;
        removeThrough.run(cut);
        addDrops.run(over);
      });
    },
    switchOff({ keepWaiting }) {
      inTransaction(db, () => {
        disable.run();
        if (!keepWaiting) removeAll.run();
      });
    },
    oldest(limit) {
      return select.all(limit).map((row) => {
        const source = String(row.source);
        if (!sources.includes(source)) throw new RangeError(`not an outbox source: ${source}`);
        return { seq: Number(row.seq), source: source as OutboxSource, at: String(row.at), body: JSON.parse(String(row.body)) as Record<string, unknown> };
      });
    },
    acknowledged(batch) {
      const first = batch[0];
      const last = batch.at(-1);
      if (!first || !last) return;
      inTransaction(db, () => {
        // Only older rows leave the outbox: the rows between a batch's ends are that batch, less any
        // the bound dropped while it was on the way. Those were delivered after all: not a loss.
        const removed = Number(removeBatch.run(first.seq, last.seq).changes);
        const delivered = batch.length - removed;
        if (delivered > 0) unDrop.run(delivered, delivered);
      });
    },
    drops() {
      const row = state.get();
      return { dropped: Number(row?.dropped ?? 0), reported: Number(row?.dropped_reported ?? 0) };
    },
    reportedDrops(total) {
      setReported.run(total);
    },
    waiting: () => Number(count.get()?.rows ?? 0),
  };
}

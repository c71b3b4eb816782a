// The queue's durable record in the kiosk's SQLite file: the append-only event log by queue day,
// the wait each ticket was promised at issue, and which booking codes have checked in.
import { queueEventSchema, queueLogVersion, type QueueEvent } from '../../../shared/queue/queue-events.ts';
import { waitPredictionSchema, type WaitPrediction } from '../../../shared/usage/events.ts';
import { inTransaction, type KioskDatabase } from '../storage/database.ts';

export interface QueueLog {
  /** Writes the events of one day, and `alongside` in the same transaction; returns the last sequence. */
  append(day: string, events: readonly QueueEvent[], alongside?: () => void): number;
  eventsOf(day: string): QueueEvent[];
  /** The days with events from `from` (inclusive) to `to` (exclusive), oldest first. */
  daysBetween(from: string, to: string): string[];
  lastDay(): string | undefined;
  lastSequence(): number;
  savePrediction(ticket: string, predicted: WaitPrediction): void;
  predictionOf(ticket: string): WaitPrediction | undefined;
  /** Only inside `append`'s `alongside`. */
  saveCheckIn(day: string, codeHash: string, ticket: string, at: Date): void;
  checkedIn(day: string, codeHash: string): boolean;
}

class QueueLogTooNewError extends Error {
  constructor(version: number) {
    super(`the queue log holds events of version ${version}; this kiosk reads up to ${queueLogVersion}`);
    this.name = 'QueueLogTooNewError';
  }
}

export function createQueueLog(db: KioskDatabase): QueueLog {
  const insert = db.prepare('INSERT INTO queue_events (day, at, type, log_version, event) VALUES (?, ?, ?, ?, ?)');
  const ofDay = db.prepare('SELECT log_version, event FROM queue_events WHERE day = ? ORDER BY seq');
  const days = db.prepare('SELECT DISTINCT day FROM queue_events WHERE day >= ? AND day < ? ORDER BY day');
  const last = db.prepare('SELECT seq, day FROM queue_events ORDER BY seq DESC LIMIT 1');
  const insertPrediction = db.prepare('INSERT OR IGNORE INTO ticket_predictions (ticket, predicted) VALUES (?, ?)');
  const prediction = db.prepare('SELECT predicted FROM ticket_predictions WHERE ticket = ?');
  const insertCheckIn = db.prepare('INSERT INTO appointment_checkins (day, code_hash, ticket, checked_in_at) VALUES (?, ?, ?, ?)');
  const checkIn = db.prepare('SELECT 1 FROM appointment_checkins WHERE day = ? AND code_hash = ?');

  return {
    append(day, events, alongside) {
      return inTransaction(db, () => {
        let sequence = 0;
        for (const event of events) {
          sequence = Number(insert.run(day, event.at, event.type, queueLogVersion, JSON.stringify(event)).lastInsertRowid);
        }
        alongside?.();
        return sequence;
      });
    },
    eventsOf(day) {
      return ofDay.all(day).map((row) => {
        if (Number(row.log_version) > queueLogVersion) throw new QueueLogTooNewError(Number(row.log_version));
        return queueEventSchema.parse(JSON.parse(String(row.event)));
      });
    },
    daysBetween: (from, to) => days.all(from, to).map((row) => String(row.day)),
    lastDay() {
      const row = last.get();
      return row ? String(row.day) : undefined;
    },
    lastSequence: () => Number(last.get()?.seq ?? 0),
    savePrediction(ticket, predicted) {
      insertPrediction.run(ticket, JSON.stringify(predicted));
    },
    predictionOf(ticket) {
      const row = prediction.get(ticket);
      return row ? waitPredictionSchema.parse(JSON.parse(String(row.predicted))) : undefined;
    },
    saveCheckIn(day, codeHash, ticket, at) {
      insertCheckIn.run(day, codeHash, ticket, at.toISOString());
    },
    checkedIn: (day, codeHash) => checkIn.get(day, codeHash) !== undefined,
  };
}

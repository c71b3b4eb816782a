// What must still hold of the kiosk's SQLite file after any run of calls: the append-only logs
// are numbered 1, 2, 3… with no gap and no repeat, every row reads back through its schema, and
// the queue folded again from its event log is the queue the running host shows.
import { expect } from 'vitest';
import type { Host } from '../../../electron/host/create-host.ts';
import { counterQueueView } from '../../../electron/host/queue/counter-queue-view.ts';
import { emptyDayQueue, foldEvent } from '../../../electron/host/queue/queue-fold.ts';
import { queueDayOf } from '../../../electron/host/queue/queue-day.ts';
import { boardView } from '../../../electron/host/queue/queue-view.ts';
import type { QueueConfig } from '../../../shared/config/queue-config.ts';
import { queueEventSchema } from '../../../shared/queue/queue-events.ts';
import { readDatabase } from '../../fixtures/host.ts';

/** The append-only logs whose numbers the schema makes with AUTOINCREMENT, and the column that holds them. */
const numberedLogs = { usage_events: 'seq', queue_events: 'seq', staff_audit: 'id' } as const;

function numbersOf(dataDir: string, table: keyof typeof numberedLogs): number[] {
  return readDatabase(dataDir, (db) => db.prepare(`SELECT ${numberedLogs[table]} AS n FROM ${table} ORDER BY 1`).all().map((row) => Number(row.n)));
}

/** 1…count: no number skipped, none given twice (a fresh file, before any retention ran). */
function expectGapless(numbers: number[], table: string): void {
  const broken = numbers.findIndex((number, index) => number !== index + 1);
  expect(broken, `${table}: numbered ${numbers.slice(Math.max(0, broken - 2), broken + 2).join(', ')} around position ${broken + 1}`).toBe(-1);
}

/** Every log gapless and fully readable through the host's own readers and schemas. */
export function expectLogsIntact(host: Host, dataDir: string): { usageCount: number; auditCount: number; queueCount: number } {
  const usage = numbersOf(dataDir, 'usage_events');
  const audit = numbersOf(dataDir, 'staff_audit');
  const queue = numbersOf(dataDir, 'queue_events');
  expectGapless(usage, 'usage_events');
  expectGapless(audit, 'staff_audit');
  expectGapless(queue, 'queue_events');
  expect(host.usageLog.read({ limit: usage.length + 1 }), 'usage events read back').toHaveLength(usage.length);
  expect(host.staff.audit.read({ limit: audit.length + 1 }), 'audit entries read back').toHaveLength(audit.length);
  return { usageCount: usage.length, auditCount: audit.length, queueCount: queue.length };
}

/** Estimates are the only part of a view not folded from the log (a model computes them): left out of the comparison. */
function withoutEstimates(view: unknown): unknown {
  return JSON.parse(JSON.stringify(view, (key, value: unknown) => (key === 'estimate' ? undefined : value))) as unknown;
}

/**
 * Folds the last queue day of the log from nothing and compares what the board and every counter's
 * console would show with what the running host answers; the board's version is the log's last number.
 */
export async function expectQueueMatchesLog(host: Host, dataDir: string, config: QueueConfig): Promise<void> {
  const rows = readDatabase(dataDir, (db) => db.prepare('SELECT seq, day, event FROM queue_events ORDER BY seq').all());
  const lastDay = rows.length === 0 ? undefined : String(rows[rows.length - 1]?.day);
  const queue = emptyDayQueue(queueDayOf(lastDay ?? '2000-01-01', config.dayStartsAt));
  for (const row of rows.filter((each) => String(each.day) === lastDay)) foldEvent(queue, queueEventSchema.parse(JSON.parse(String(row.event))));
  const snapshot = { config, state: queue.state, estimates: new Map(), newTicketEstimates: new Map(), closed: queue.closed };
  const operator = { role: 'operator' } as const;

  const board = await host.dispatch({ id: 'board', method: 'queue.board', input: {} }, operator);
  if (!board.ok) throw new Error(`queue.board failed: ${board.error.code}`);
  const live = board.result as { version: number; board: unknown };
  expect(live.version, 'the board’s version is the last queue event').toBe(Number(rows[rows.length - 1]?.seq ?? 0));
  expect(withoutEstimates(live.board), 'the board folded from the log').toEqual(withoutEstimates(boardView(snapshot)));
  for (const counter of config.counters) {
    const reply = await host.dispatch({ id: counter.id, method: 'queue.counterQueue', input: { counter: counter.id } }, operator);
    if (!reply.ok) throw new Error(`queue.counterQueue failed: ${reply.error.code}`);
    expect(withoutEstimates(reply.result), `counter ${counter.id} folded from the log`).toEqual(withoutEstimates(counterQueueView(snapshot, counter.id)));
  }
}

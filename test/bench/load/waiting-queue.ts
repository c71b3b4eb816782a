// A queue day with many tickets waiting, written straight into the kiosk's SQLite file the way the
// engine writes it (one transaction, not one per ticket, so 1,000 tickets take a moment rather than
// the seconds a durable write each would): the host then folds it at start, as after a restart.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { QueueConfig } from '../../../shared/config/queue-config.ts';
import { queueEventSchema, type QueueEvent } from '../../../shared/queue/queue-events.ts';
import { queueDayAt } from '../../../electron/host/queue/queue-day.ts';
import { createQueueLog } from '../../../electron/host/queue/queue-log.ts';
import { databaseFileName, openKioskDatabase } from '../../../electron/host/storage/database.ts';

export interface WaitingQueue {
  /** The waiting tickets' ids, in the order they were issued. */
  tickets: string[];
}

/**
 * Opens the counters that open at the start of the day, then issues `count` tickets over the
 * services in turn, one a second up to `at`. Call before the host starts on `dataDir`.
 */
export function writeWaitingQueue(dataDir: string, queue: Pick<QueueConfig, 'services' | 'counters' | 'dayStartsAt'>, at: Date, count: number): WaitingQueue {
  const db = openKioskDatabase(join(dataDir, databaseFileName));
  try {
    const day = queueDayAt(at, queue.dayStartsAt);
    const first = at.getTime() - count * 1000;
    const opened: QueueEvent[] = queue.counters
      .filter((counter) => counter.opensAtStart)
      .map((counter) => queueEventSchema.parse({ type: 'counter.opened', at: new Date(first - 1000).toISOString(), counter: counter.id, services: counter.services }));
    const numbers = new Map<string, number>();
    const tickets: string[] = [];
    const issued = Array.from({ length: count }, (_, index) => {
      const service = queue.services[index % queue.services.length] ?? queue.services[0];
      if (!service) throw new Error('a queue needs a service');
      const number = (numbers.get(service.prefix) ?? 0) + 1;
      numbers.set(service.prefix, number);
      const ticket = randomUUID();
      tickets.push(ticket);
      return queueEventSchema.parse({
        type: 'ticket.issued',
        at: new Date(first + index * 1000).toISOString(),
        ticket,
        number: `${service.prefix}${String(number).padStart(3, '0')}`,
        service: service.id,
        kind: 'service',
      });
    });
    createQueueLog(db).append(day.id, [...opened, ...issued]);
    return { tickets };
  } finally {
    db.close();
  }
}

// Issues queue tickets (A001, A002… per service, from 1 each day) that persist across restarts.
// The queue engine proper (calling, counters, estimates) builds on this table.
import { HostError } from '../../../shared/host-api/errors.ts';
import type { LocalizedText } from '../../../shared/config/localized-text.ts';
import { inTransaction, type KioskDatabase } from '../storage/database.ts';

export interface QueueService {
  id: string;
  prefix: string;
  name: LocalizedText;
}

export type TicketKind = 'service' | 'help' | 'complaint';

export interface IssuedTicket {
  number: string;
  queueService: QueueService;
}

export interface TicketDesk {
  take(queueServiceId: string, kind: TicketKind): IssuedTicket;
}

export interface TicketDeskDeps {
  db: KioskDatabase;
  services: readonly QueueService[];
  now: () => Date;
}

export function createTicketDesk({ db, services, now }: TicketDeskDeps): TicketDesk {
  const lastToday = db.prepare(
    "SELECT COUNT(*) AS issued FROM tickets WHERE day = ? AND number LIKE ? || '%'",
  );
  const insert = db.prepare('INSERT INTO tickets (day, queue_service, number, kind, issued_at) VALUES (?, ?, ?, ?, ?)');
  return {
    take(queueServiceId, kind) {
      const service = services.find((candidate) => candidate.id === queueServiceId);
      if (!service) throw new HostError('queue.unknownService');
      const at = now();
      const day = localDay(at);
      return inTransaction(db, () => {
        const issued = Number((lastToday.get(day, service.prefix) as { issued: number }).issued);
        const number = `${service.prefix}${String(issued + 1).padStart(3, '0')}`;
        insert.run(day, service.id, number, kind, at.toISOString());
        return { number, queueService: service };
      });
    },
  };
}

/** The kiosk's own calendar day: numbering starts again each morning where the store is. */
export function localDay(at: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

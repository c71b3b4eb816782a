// The durable usage log: appends schema-checked events in transactions and reads them back.
import {
  storedUsageEventSchema,
  usageEventSchema,
  type StoredUsageEvent,
  type UsageEvent,
} from '../../../shared/usage/events.ts';
import { inTransaction, type KioskDatabase } from '../storage/database.ts';

export interface UsageLog {
  append(sessionId: string | null, event: UsageEvent): void;
  read(options?: { afterSeq?: number; limit?: number }): StoredUsageEvent[];
}

export interface UsageLogDeps {
  db: KioskDatabase;
  storeId: string;
  now: () => Date;
}

export function createUsageLog({ db, storeId, now }: UsageLogDeps): UsageLog {
  const insert = db.prepare(
    'INSERT INTO usage_events (at, store_id, session_id, type, payload) VALUES (?, ?, ?, ?, ?)',
  );
  const select = db.prepare(
    'SELECT seq, at, store_id, session_id, payload FROM usage_events WHERE seq > ? ORDER BY seq LIMIT ?',
  );
  return {
    append(sessionId, event) {
      const checked = usageEventSchema.parse(event);
      inTransaction(db, () => {
        insert.run(now().toISOString(), storeId, sessionId, checked.type, JSON.stringify(checked));
      });
    },
    read({ afterSeq = 0, limit = 10_000 } = {}) {
      return select.all(afterSeq, limit).map((row) =>
        storedUsageEventSchema.parse({
          seq: row.seq,
          at: row.at,
          storeId: row.store_id,
          sessionId: row.session_id,
          event: JSON.parse(String(row.payload)),
        }),
      );
    },
  };
}

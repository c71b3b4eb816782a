// Retention: rows of the append-only logs older than the configured days are deleted a few hundred
// at a time, each step its own short transaction, so a kiosk with years of history is never blocked.
import { inTransaction, type KioskDatabase } from './database.ts';

/** Small enough that a step holds the write lock for milliseconds, not seconds. */
const retentionBatchRows = 500;
/** A full batch every 5 s clears about 8 million old rows a day: a backlog never lasts long. */
const retentionStepMs = 5_000;
const dayMs = 24 * 60 * 60 * 1000;

export interface Retention {
  /** Deletes up to `limit` rows older than the horizon, oldest first; returns how many went. */
  step(limit?: number): number;
}

export interface RetentionDeps {
  db: KioskDatabase;
  days: number;
  now: () => Date;
}

/** Each log, how its oldest rows are found, and how a batch of them goes (by key, so the index is used). */
const logs = [
  {
    oldest: 'SELECT seq AS key FROM usage_events WHERE at < ? ORDER BY at LIMIT ?',
    remove: 'DELETE FROM usage_events WHERE seq = ?',
    horizonOf: (before: string) => before,
  },
  {
    oldest: 'SELECT seq AS key FROM queue_events WHERE day < ? ORDER BY day, seq LIMIT ?',
    remove: 'DELETE FROM queue_events WHERE seq = ?',
    horizonOf: (before: string) => before.slice(0, 10),
  },
  {
    oldest: 'SELECT id AS key FROM staff_audit WHERE at < ? ORDER BY at LIMIT ?',
    remove: 'DELETE FROM staff_audit WHERE id = ?',
    horizonOf: (before: string) => before,
  },
] as const;

export function createRetention({ db, days, now }: RetentionDeps): Retention {
  const statements = logs.map((log) => ({ oldest: db.prepare(log.oldest), remove: db.prepare(log.remove), horizonOf: log.horizonOf }));
  const openHorizon = db.prepare('INSERT INTO retention_horizon (id, before) VALUES (1, ?)');
  const closeHorizon = db.prepare('DELETE FROM retention_horizon WHERE id = 1');
  return {
    step(limit = retentionBatchRows) {
      const before = new Date(now().getTime() - days * dayMs).toISOString();
      // Reading first keeps an idle step a few index lookups, with no write lock and no fsync.
      let budget = limit;
      const batches = statements.map((statement) => {
        const keys = budget > 0 ? statement.oldest.all(statement.horizonOf(before), budget).map((row) => Number(row.key)) : [];
        budget -= keys.length;
        return { remove: statement.remove, keys };
      });
      if (budget === limit) return 0;
      return inTransaction(db, () => {
        // The horizon lets the triggers allow these deletions, and only while this transaction lasts.
        openHorizon.run(before);
        let deleted = 0;
        for (const batch of batches) for (const key of batch.keys) deleted += Number(batch.remove.run(key).changes);
        closeHorizon.run();
        return deleted;
      });
    },
  };
}

/** Runs a retention step every few seconds on an unref'd timer; a failed step is reported, the next one tries again. */
export function startRetention(deps: RetentionDeps & { reportFault: (fault: unknown) => void; everyMs?: number }): { stop(): void } {
  const retention = createRetention(deps);
  const timer = setInterval(() => {
    try {
      retention.step();
    } catch (fault) {
      deps.reportFault(fault);
    }
  }, deps.everyMs ?? retentionStepMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

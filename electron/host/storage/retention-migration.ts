// Migration 9: the append-only logs refuse deletions except of rows past the retention horizon,
// which only a retention step sets, inside its own transaction (retention.ts).
import type { Migration } from './migrations.ts';

export const retentionMigration: Migration = {
  version: 9,
  name: 'retention: old log rows may go, nothing else may',
  sql: `
    -- Holds a row only while a retention step runs: outside one, every deletion is refused as before.
    CREATE TABLE retention_horizon (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      before TEXT NOT NULL
    ) STRICT;
    -- Retention finds the oldest events by time, not by a scan of the whole log.
    CREATE INDEX usage_events_at ON usage_events (at);
    DROP TRIGGER usage_events_no_delete;
    CREATE TRIGGER usage_events_no_delete BEFORE DELETE ON usage_events
      WHEN OLD.at >= COALESCE((SELECT before FROM retention_horizon WHERE id = 1), '')
      BEGIN SELECT RAISE(ABORT, 'usage events are never deleted before their retention ends'); END;
    DROP TRIGGER staff_audit_no_delete;
    CREATE TRIGGER staff_audit_no_delete BEFORE DELETE ON staff_audit
      WHEN OLD.at >= COALESCE((SELECT before FROM retention_horizon WHERE id = 1), '')
      BEGIN SELECT RAISE(ABORT, 'the staff audit is never deleted before its retention ends'); END;
    -- A queue day goes whole, once the horizon is past its date.
    DROP TRIGGER queue_events_no_delete;
    CREATE TRIGGER queue_events_no_delete BEFORE DELETE ON queue_events
      WHEN OLD.day >= COALESCE(substr((SELECT before FROM retention_horizon WHERE id = 1), 1, 10), '')
      BEGIN SELECT RAISE(ABORT, 'queue events are never deleted before their retention ends'); END;
  `,
};

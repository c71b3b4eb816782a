// Schema migrations, applied in order once each; never edit a released one, add the next.
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'usage log',
    sql: `
      CREATE TABLE usage_events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        store_id TEXT NOT NULL,
        session_id TEXT,
        type TEXT NOT NULL,
        payload TEXT NOT NULL
      ) STRICT;
      CREATE INDEX usage_events_type_at ON usage_events (type, at);
      CREATE INDEX usage_events_session ON usage_events (session_id);
      -- Usage events are facts: the log refuses edits and deletions.
      CREATE TRIGGER usage_events_no_update BEFORE UPDATE ON usage_events
        BEGIN SELECT RAISE(ABORT, 'usage events are never edited'); END;
      CREATE TRIGGER usage_events_no_delete BEFORE DELETE ON usage_events
        BEGIN SELECT RAISE(ABORT, 'usage events are never deleted'); END;
    `,
  },
  {
    version: 2,
    name: 'order pickups',
    sql: `
      CREATE TABLE order_collections (
        code_hash TEXT PRIMARY KEY,
        store_id TEXT NOT NULL,
        collected_at TEXT NOT NULL
      ) STRICT;
    `,
  },
];

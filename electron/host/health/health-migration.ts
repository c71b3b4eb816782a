// Migration 12: the row the database self-check rewrites and reads back (database-check.ts).
import type { Migration } from '../storage/migrations.ts';

export const healthMigration: Migration = {
  version: 12,
  name: 'health probe: one row the self-check rewrites',
  sql: `
    -- One row, rewritten at every check with a filler of a few pages: a real committed write that
    -- needs pages, so a read-only file or a database that cannot grow fails the check.
    CREATE TABLE health_probe (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      checked_at TEXT NOT NULL,
      filler BLOB NOT NULL
    ) STRICT;
  `,
};

// Migration 11: the usage reports' daily roll-ups (electron/host/reports/usage-rollups.ts).
import type { Migration } from './migrations.ts';

export const rollupMigration: Migration = {
  version: 11,
  name: 'usage roll-ups: one summary per finished day of the store clock',
  sql: `
    -- A finished day's counts and histograms (electron/host/reports/day-summary.ts), so a year's
    -- report sums 365 rows instead of reading millions of events. start_at and end_at are the local
    -- day's first instant and the next day's, as the log stamps events (UTC, ISO 8601).
    CREATE TABLE usage_rollups (
      time_zone TEXT NOT NULL,
      day TEXT NOT NULL,
      fold_version INTEGER NOT NULL,
      start_at TEXT NOT NULL,
      end_at TEXT NOT NULL,
      summary TEXT NOT NULL,
      PRIMARY KEY (time_zone, day)
    ) STRICT;
    CREATE INDEX usage_rollups_end ON usage_rollups (end_at);
    -- An event stamped inside a day already rolled up (a clock set back) makes that day's roll-up
    -- stale: it goes, and is built again from the log when next asked for. Every other event is
    -- later than every roll-up, and costs this trigger one index look-up.
    CREATE TRIGGER usage_events_stale_rollup AFTER INSERT ON usage_events
      WHEN NEW.at < (SELECT max(end_at) FROM usage_rollups)
      BEGIN
        DELETE FROM usage_rollups WHERE NEW.at >= start_at AND NEW.at < end_at;
      END;
  `,
};

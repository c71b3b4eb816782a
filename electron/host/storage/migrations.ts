// Schema migrations, applied in order once each; never edit a released one, add the next.
import { healthMigration } from '../health/health-migration.ts';
import { complaintDeskMigration } from './complaint-desk-migration.ts';
import { retentionMigration } from './retention-migration.ts';
import { rollupMigration } from './rollup-migration.ts';

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
  {
    version: 3,
    name: 'flow records: returns, payment slips, top-ups, tickets, complaints',
    sql: `
      CREATE TABLE flow_records (
        reference TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('return', 'billPayment', 'topup')),
        subject_hash TEXT NOT NULL,
        amount TEXT,
        detail TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX flow_records_subject ON flow_records (kind, subject_hash);
      CREATE TABLE tickets (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        day TEXT NOT NULL,
        queue_service TEXT NOT NULL,
        number TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('service', 'help', 'complaint')),
        issued_at TEXT NOT NULL,
        UNIQUE (day, number)
      ) STRICT;
      CREATE TABLE complaints (
        reference TEXT PRIMARY KEY,
        category TEXT NOT NULL,
        description TEXT NOT NULL,
        contact TEXT,
        ticket_number TEXT NOT NULL,
        filed_at TEXT NOT NULL,
        contact_delete_after TEXT
      ) STRICT;
    `,
  },
  {
    version: 4,
    name: 'install secret for keyed subject hashes',
    sql: `
      CREATE TABLE install_secret (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        secret TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    version: 5,
    name: 'queue engine: the queue event log, predictions made at issue, appointment check-ins',
    sql: `
      -- The queue as facts (shared/queue/queue-events.ts): the state is folded from them at start,
      -- so a restart loses no ticket. The old tickets table stays as it was, no longer written.
      CREATE TABLE queue_events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        day TEXT NOT NULL,
        at TEXT NOT NULL,
        type TEXT NOT NULL,
        log_version INTEGER NOT NULL,
        event TEXT NOT NULL
      ) STRICT;
      CREATE INDEX queue_events_day ON queue_events (day, seq);
      CREATE TRIGGER queue_events_no_update BEFORE UPDATE ON queue_events
        BEGIN SELECT RAISE(ABORT, 'queue events are never edited'); END;
      CREATE TRIGGER queue_events_no_delete BEFORE DELETE ON queue_events
        BEGIN SELECT RAISE(ABORT, 'queue events are never deleted'); END;
      -- The wait a ticket was promised when issued, so its call can report the estimate's error.
      CREATE TABLE ticket_predictions (
        ticket TEXT PRIMARY KEY,
        predicted TEXT NOT NULL
      ) STRICT;
      -- A booking code checks in once a day; only its keyed hash is kept.
      CREATE TABLE appointment_checkins (
        day TEXT NOT NULL,
        code_hash TEXT NOT NULL,
        ticket TEXT NOT NULL,
        checked_in_at TEXT NOT NULL,
        PRIMARY KEY (day, code_hash)
      ) STRICT;
    `,
  },
  {
    version: 6,
    name: 'staff audit and sign-in lockouts',
    sql: `
      -- What staff did, where and when: staff ids and devices, never a customer's data.
      CREATE TABLE staff_audit (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        staff_id TEXT,
        device TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '{}'
      ) STRICT;
      CREATE INDEX staff_audit_at ON staff_audit (at);
      -- The audit is evidence: it refuses edits and deletions, like the usage log.
      CREATE TRIGGER staff_audit_no_update BEFORE UPDATE ON staff_audit
        BEGIN SELECT RAISE(ABORT, 'the staff audit is never edited'); END;
      CREATE TRIGGER staff_audit_no_delete BEFORE DELETE ON staff_audit
        BEGIN SELECT RAISE(ABORT, 'the staff audit is never deleted'); END;
      -- Failed sign-ins by account ('staff:maria') and by device ('device:kiosk'), kept here so a
      -- restart does not wipe a lockout; locked_until is epoch milliseconds, 0 when not locked.
      CREATE TABLE staff_lockouts (
        subject TEXT PRIMARY KEY,
        failures INTEGER NOT NULL,
        locked_until INTEGER NOT NULL DEFAULT 0
      ) STRICT;
    `,
  },
  {
    version: 7,
    name: 'open staff alerts',
    sql: `
      -- Alerts nobody has acknowledged yet: a customer waiting for a person is not forgotten when
      -- the kiosk restarts. A row goes when someone acknowledges it.
      CREATE TABLE staff_alerts (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL,
        alert TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    version: 8,
    name: 'telemetry outbox',
    sql: `
      -- Events waiting to be sent to the fleet back end (electron/host/telemetry/): a row goes only
      -- once the collector acknowledged it. Triggers write it in the same transaction as the event
      -- itself, from every writer (the host, the staff command line), but only while telemetry is on.
      CREATE TABLE telemetry_outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        source TEXT NOT NULL CHECK (source IN ('usage', 'queue', 'audit')),
        at TEXT NOT NULL,
        body TEXT NOT NULL
      ) STRICT;
      -- One row: whether telemetry is on and how many rows the outbox keeps (both set by the host at
      -- start from the store config), and how many unsent events the bound dropped, and of those how
      -- many the back end has been told about.
      CREATE TABLE telemetry_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        enabled INTEGER NOT NULL DEFAULT 0,
        max_rows INTEGER NOT NULL DEFAULT 100000,
        dropped INTEGER NOT NULL DEFAULT 0,
        dropped_reported INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      INSERT INTO telemetry_state (id) VALUES (1);
      CREATE TRIGGER usage_events_to_outbox AFTER INSERT ON usage_events
        WHEN (SELECT enabled FROM telemetry_state WHERE id = 1)
        BEGIN
          INSERT INTO telemetry_outbox (source, at, body) VALUES ('usage', NEW.at, json_object(
            'seq', NEW.seq, 'storeId', NEW.store_id, 'sessionId', NEW.session_id, 'event', json(NEW.payload)));
        END;
      CREATE TRIGGER queue_events_to_outbox AFTER INSERT ON queue_events
        WHEN (SELECT enabled FROM telemetry_state WHERE id = 1)
        BEGIN
          INSERT INTO telemetry_outbox (source, at, body) VALUES ('queue', NEW.at, json_object(
            'seq', NEW.seq, 'day', NEW.day, 'event', json(NEW.event)));
        END;
      CREATE TRIGGER staff_audit_to_outbox AFTER INSERT ON staff_audit
        WHEN (SELECT enabled FROM telemetry_state WHERE id = 1)
        BEGIN
          INSERT INTO telemetry_outbox (source, at, body) VALUES ('audit', NEW.at, json_object(
            'seq', NEW.id, 'staffId', NEW.staff_id, 'device', NEW.device, 'action', NEW.action, 'detail', json(NEW.detail)));
        END;
      -- Bounded: past max_rows the oldest go, and are counted. Rows only ever leave from the old end,
      -- so "seq more than max_rows behind the newest" is exactly the overflow, found by the key.
      CREATE TRIGGER telemetry_outbox_bounded AFTER INSERT ON telemetry_outbox
        BEGIN
          UPDATE telemetry_state
            SET dropped = dropped + (SELECT count(*) FROM telemetry_outbox WHERE seq <= NEW.seq - telemetry_state.max_rows)
            WHERE id = 1;
          DELETE FROM telemetry_outbox WHERE seq <= NEW.seq - (SELECT max_rows FROM telemetry_state WHERE id = 1);
        END;
    `,
  },
  retentionMigration,
  complaintDeskMigration,
  rollupMigration,
  healthMigration,
];

// Log ingest: the usage log's append (schema-checked, one transaction per event, synchronous=FULL)
// against raw node:sqlite inserts of the same rows, in the same one-row transactions, into a file
// with the same pragmas. A third writer, raw inserts into the kiosk's own schema (its indexes and
// triggers), tells the schema's share of the cost from the log's own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { performance } from 'node:perf_hooks';
import { openKioskDatabase, type KioskDatabase } from '../../../electron/host/storage/database.ts';
import { createUsageLog } from '../../../electron/host/usage/usage-log.ts';
import type { UsageEvent } from '../../../shared/usage/events.ts';
import { generateBusyKiosk } from '../../fixtures/busy-kiosk.ts';

export interface IngestFigures {
  events: number;
  /** Events per second of each writer. */
  usageLogPerSecond: number;
  rawPerSecond: number;
  rawKioskSchemaPerSecond: number;
  /** usage log / raw: the goal is at least 0.5. */
  ratio: number;
  goal: number;
  met: boolean;
}

const goal = 0.5;
const insertSql = 'INSERT INTO usage_events (at, store_id, session_id, type, payload) VALUES (?, ?, ?, ?, ?)';
/** Pragmas the kiosk sets on its file, copied to the raw one. */
const copiedPragmas = ['journal_mode', 'synchronous', 'foreign_keys', 'busy_timeout', 'secure_delete'];

interface SampleRow {
  sessionId: string | null;
  event: UsageEvent;
  payload: string;
}

/** The events of a busy kiosk's day, in its order: the rows both writers write. */
function sampleRows(folder: string, count: number): SampleRow[] {
  const db = openKioskDatabase(join(folder, 'sample', 'atiende.sqlite'));
  generateBusyKiosk({ db, days: 1, endDay: '2026-03-24', seed: 3, timeZone: 'Europe/Madrid' });
  const rows = db
    .prepare('SELECT session_id, payload FROM usage_events ORDER BY seq LIMIT ?')
    .all(count)
    .map((row) => ({
      sessionId: row.session_id === null ? null : String(row.session_id),
      event: JSON.parse(String(row.payload)) as UsageEvent,
      payload: String(row.payload),
    }));
  db.close();
  return rows;
}

/** A bare file: the usage log's table alone, none of its indexes or triggers, with the kiosk's pragmas. */
function rawDatabase(file: string, kiosk: KioskDatabase): DatabaseSync {
  const db = new DatabaseSync(file);
  for (const pragma of copiedPragmas) {
    const value = Object.values(kiosk.prepare(`PRAGMA ${pragma}`).get() ?? {})[0];
    db.exec(`PRAGMA ${pragma} = ${String(value)}`);
  }
  const table = kiosk.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'usage_events'").get();
  db.exec(String(table?.sql));
  return db;
}

/** One row, one transaction, as the usage log commits each event. */
function rawWriter(db: DatabaseSync, insert: StatementSync): (row: SampleRow) => void {
  return (row) => {
    db.exec('BEGIN IMMEDIATE');
    insert.run(new Date().toISOString(), 'demo-centro', row.sessionId, row.event.type, row.payload);
    db.exec('COMMIT');
  };
}

export function runIngestBench(events = 3000): IngestFigures {
  const folder = mkdtempSync(join(tmpdir(), 'atiende-ingest-'));
  try {
    const rows = sampleRows(folder, events);
    const kiosk = openKioskDatabase(join(folder, 'kiosk', 'atiende.sqlite'));
    const schema = openKioskDatabase(join(folder, 'schema', 'atiende.sqlite'));
    const raw = rawDatabase(join(folder, 'raw.sqlite'), kiosk);
    const usageLog = createUsageLog({ db: kiosk, storeId: 'demo-centro', now: () => new Date() });
    const writers = {
      usageLog: (row: SampleRow) => usageLog.append(row.sessionId, row.event),
      raw: rawWriter(raw, raw.prepare(insertSql)),
      rawKioskSchema: rawWriter(schema, schema.prepare(insertSql)),
    };
    const spent = { usageLog: 0, raw: 0, rawKioskSchema: 0 };
    // Turn by turn in small blocks, so a neighbour's load on the machine falls on all three alike.
    const block = 100;
    for (let from = 0; from < rows.length; from += block) {
      const part = rows.slice(from, from + block);
      for (const name of ['raw', 'usageLog', 'rawKioskSchema'] as const) {
        const start = performance.now();
        for (const row of part) writers[name](row);
        spent[name] += performance.now() - start;
      }
    }
    for (const db of [kiosk, schema, raw]) db.close();
    const perSecond = (ms: number) => (rows.length / ms) * 1000;
    const ratio = spent.raw / spent.usageLog;
    return {
      events: rows.length,
      usageLogPerSecond: perSecond(spent.usageLog),
      rawPerSecond: perSecond(spent.raw),
      rawKioskSchemaPerSecond: perSecond(spent.rawKioskSchema),
      ratio,
      goal,
      met: ratio >= goal,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export function printIngest(figures: IngestFigures): void {
  const rate = (perSecond: number) => `${Math.round(perSecond).toLocaleString('en')} events/s`;
  console.log(`  log ingest, ${figures.events} events, one transaction each, synchronous=FULL:`);
  console.log(`    usage log append (schema-checked, kiosk schema):  ${rate(figures.usageLogPerSecond)}`);
  console.log(`    raw node:sqlite insert, bare table:               ${rate(figures.rawPerSecond)}`);
  console.log(`    raw node:sqlite insert, kiosk schema:             ${rate(figures.rawKioskSchemaPerSecond)}`);
  console.log(`    ratio usage log / raw: ${figures.ratio.toFixed(2)} (goal >= ${figures.goal}: ${figures.met ? 'met' : 'MISSED'})`);
}

// Sends the outbox to an OTLP/HTTP collector, oldest first, a batch at a time: a batch leaves the
// outbox only once the collector acknowledged it, and a failure waits longer each time before the next try.
import { ExportResultCode } from '@opentelemetry/core';
import { OTLPLogExporter } from '@opentelemetry/exporter-logs-otlp-http';
import type { ReadableLogRecord } from '@opentelemetry/sdk-logs';
import type { KioskDatabase } from '../storage/database.ts';
import { droppedLogRecord, eventLogRecord, kioskResource, type KioskIdentity } from './log-records.ts';
import type { OutboxRow, TelemetryOutbox } from './outbox.ts';

export interface BackOff {
  firstMs: number;
  maxMs: number;
}

export interface TelemetrySenderDeps {
  db: KioskDatabase;
  outbox: TelemetryOutbox;
  identity: KioskIdentity;
  /** The collector's OTLP/HTTP logs endpoint, e.g. http://collector:4318/v1/logs. */
  endpoint: string;
  headers?: Record<string, string>;
  now: () => Date;
  batchSize?: number;
  /** How often an empty outbox is looked at again. */
  idleMs?: number;
  backOff?: BackOff;
  /** How long one request may take, the exporter's own retries included. */
  requestTimeoutMs?: number;
  /** 0 to 1; the jitter spreads a fleet's retries after an outage of the collector. */
  random?: () => number;
}

export interface TelemetrySender {
  /** What a status line or a test can watch. */
  status(): { waiting: number; failuresInARow: number; nextTryInMs: number };
  /** Waits for a request on the way, then stops; what is not acknowledged stays in the outbox. */
  stop(): Promise<void>;
}

const defaultBackOff: BackOff = { firstMs: 1000, maxMs: 5 * 60 * 1000 };

export function createTelemetrySender(deps: TelemetrySenderDeps): TelemetrySender {
  const { db, outbox, identity, now } = deps;
  const batchSize = deps.batchSize ?? 200;
  const idleMs = deps.idleMs ?? 5000;
  const backOff = deps.backOff ?? defaultBackOff;
  const random = deps.random ?? Math.random;
  const resource = kioskResource(identity);
  const exporter = new OTLPLogExporter({
    url: deps.endpoint,
    headers: deps.headers ?? {},
    timeoutMillis: deps.requestTimeoutMs ?? 10_000,
    // One batch at a time keeps the order and makes "delete after ack" exact.
    concurrencyLimit: 1,
  });

  let stopped = false;
  let failuresInARow = 0;
  let nextTryInMs = 0;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> = Promise.resolve();

  function schedule(delayMs: number): void {
    if (stopped) return;
    nextTryInMs = delayMs;
    timer = setTimeout(() => {
      inFlight = sendOnce().then(
        (delay) => schedule(delay),
        (fault: unknown) => {
          console.error('[telemetry] sending failed', fault);
          schedule(failed());
        },
      );
    }, delayMs);
    timer.unref();
  }

  /** Sends the oldest batch; resolves to how long to wait before the next. */
  async function sendOnce(): Promise<number> {
    if (!db.isOpen) return idleMs;
    const batch = outbox.oldest(batchSize);
    const drops = outbox.drops();
    const unreportedDrops = drops.dropped > drops.reported;
    if (batch.length === 0 && !unreportedDrops) return idleMs;
    const records = batch.map((row) => eventLogRecord(row, identity, resource, now()));
    if (unreportedDrops) records.push(droppedLogRecord(drops.dropped, identity, resource, now()));
    const acknowledged = await exported(records);
    if (!acknowledged) return failed();
    // After a stop the database may be closed: the batch stays and is sent again, a duplicate by seq.
    if (!db.isOpen) return idleMs;
    settle(batch, unreportedDrops ? drops.dropped : null);
    failuresInARow = 0;
    return batch.length === batchSize ? 0 : idleMs;
  }

  function settle(batch: readonly OutboxRow[], reportedDrops: number | null): void {
    outbox.acknowledged(batch);
    if (reportedDrops !== null) outbox.reportedDrops(reportedDrops);
  }

  function failed(): number {
    failuresInARow += 1;
    const ceiling = Math.min(backOff.maxMs, backOff.firstMs * 2 ** Math.min(failuresInARow - 1, 30));
    // Jitter within the upper half: never hammering, never all kiosks of a chain at once.
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
  }

  function exported(records: ReadableLogRecord[]): Promise<boolean> {
    return new Promise((resolve) => exporter.export(records, (result) => resolve(result.code === ExportResultCode.SUCCESS)));
  }

  schedule(0);
  return {
    status: () => ({ waiting: db.isOpen ? outbox.waiting() : 0, failuresInARow, nextTryInMs }),
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await inFlight;
      await exporter.shutdown();
    },
  };
}

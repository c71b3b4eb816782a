// A kiosk as far as telemetry sees it: the real usage, queue and audit logs on a real SQLite file,
// its outbox, and a sender with short waits so a collector outage plays out in milliseconds.
import { join } from 'node:path';
import { createQueueLog } from '../../../electron/host/queue/queue-log.ts';
import { createAuditLog } from '../../../electron/host/staff/audit-log.ts';
import { openKioskDatabase } from '../../../electron/host/storage/database.ts';
import { createTelemetryOutbox } from '../../../electron/host/telemetry/outbox.ts';
import { createTelemetrySender, type TelemetrySenderDeps } from '../../../electron/host/telemetry/telemetry-sender.ts';
import { createUsageLog } from '../../../electron/host/usage/usage-log.ts';
import { scratchStore } from '../../fixtures/temp-host.ts';

export const identity = { storeId: 'test-store', kioskId: 'test-store:Kiosk by the door' };

/** A clock a second further on at each look, so every event has its own time. */
function steppingClock(start = '2026-11-23T10:00:00.000Z') {
  let at = Date.parse(start);
  return () => new Date((at += 1000));
}

/** A data folder removed when the test finishes; `open` is one run of the kiosk on it. */
export function telemetryKiosk() {
  const file = join(scratchStore().dataDir, 'atiende.sqlite');
  const now = steppingClock();
  let events = 0;
  return {
    open(options: { maxRows?: number | null } = {}) {
      const db = openKioskDatabase(file);
      const outbox = createTelemetryOutbox(db);
      if (options.maxRows !== null) outbox.switchOn(options.maxRows ?? 1000);
      const usage = createUsageLog({ db, storeId: identity.storeId, now });
      const queue = createQueueLog(db);
      const audit = createAuditLog({ db, now });
      return {
        db,
        outbox,
        /** One usage, one queue and one audit event; returns how many were written. */
        happen(): number {
          events += 1;
          usage.append(`session-${events}`, { type: 'screen.viewed', screen: 'home' });
          queue.append('2026-11-23', [{ type: 'counter.opened', at: now().toISOString(), counter: `desk-${events}`, services: ['customer-service'] }]);
          audit.record({ staffId: 'ana', device: 'kiosk', action: 'staff.signIn', detail: { method: 'pin', attempt: events } });
          return 3;
        },
        sender(endpoint: string, overrides: Partial<TelemetrySenderDeps> = {}) {
          return createTelemetrySender({
            db,
            outbox,
            identity,
            endpoint,
            now,
            batchSize: 4,
            idleMs: 10,
            backOff: { firstMs: 10, maxMs: 40 },
            // Shorter than the exporter's own first retry (about a second): one refusal, one failed try.
            requestTimeoutMs: 300,
            random: () => 1,
            ...overrides,
          });
        },
      };
    },
  };
}

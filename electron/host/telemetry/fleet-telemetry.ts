// Fleet telemetry as the store config asks: off (and the outbox emptied) without a `telemetry`
// section, otherwise the outbox on and a sender on its way to the collector.
import type { TelemetryConfig } from '../../../shared/config/store-config.ts';
import type { KioskDatabase } from '../storage/database.ts';
import { createTelemetryOutbox } from './outbox.ts';
import { createTelemetrySender, type TelemetrySender } from './telemetry-sender.ts';

export interface FleetTelemetryDeps {
  db: KioskDatabase;
  /** Null when the store config was refused: nothing is written, but what waits is kept for later. */
  store: { id: string; kioskName: string; telemetry?: TelemetryConfig | undefined } | null;
  now: () => Date;
}

export function startFleetTelemetry({ db, store, now }: FleetTelemetryDeps): TelemetrySender | null {
  const outbox = createTelemetryOutbox(db);
  const telemetry = store?.telemetry;
  if (!store || !telemetry) {
    outbox.switchOff({ keepWaiting: store === null });
    return null;
  }
  outbox.switchOn(telemetry.maxOutboxRows);
  return createTelemetrySender({
    db,
    outbox,
    identity: { storeId: store.id, kioskId: telemetry.kioskId ?? `${store.id}:${store.kioskName}` },
    endpoint: telemetry.endpoint,
    ...(telemetry.headers ? { headers: telemetry.headers } : {}),
    now,
  });
}

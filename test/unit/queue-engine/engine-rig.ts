// A queue engine on a real SQLite file in a temp folder, with a clock the test moves, what it
// pushed, and what it wrote to the usage log; `restart` builds a new engine on the same file. The
// folder goes when the test that made it finishes.
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { queueConfigSchema, type QueueConfig } from '../../../shared/config/queue-config.ts';
import type { CallAnnouncement, QueueUpdate } from '../../../shared/host-api/queue-views.ts';
import type { WaitEstimator } from '../../../shared/queue/estimate/wait-estimator.ts';
import type { UsageEvent } from '../../../shared/usage/events.ts';
import { createFileAppointmentSource, type BookedAppointment } from '../../../electron/host/queue/appointments.ts';
import { createQueueEngine, type QueueEngine } from '../../../electron/host/queue/queue-engine.ts';
import { naiveEstimatorFor } from '../../../electron/host/load-kiosk.ts';
import { openKioskDatabase, type KioskDatabase } from '../../../electron/host/storage/database.ts';
import { createUsageLog } from '../../../electron/host/usage/usage-log.ts';
import { queueConfigFixture, tempFolder, type StoreConfigInput, type TempFolder } from '../../fixtures/store-config.ts';

const minute = 60_000;

export interface EngineRigOptions {
  queue?: Partial<StoreConfigInput['queue']>;
  appointments?: BookedAppointment[];
  estimator?: (config: QueueConfig) => WaitEstimator;
  /** Local time the rig starts at; Monday 23 November 2026, 09:00 by default. */
  start?: Date;
}

export interface EngineRig {
  engine: QueueEngine;
  config: QueueConfig;
  /** Every update pushed, oldest first. */
  changes: QueueUpdate[];
  calls: CallAnnouncement[];
  /** What the engine reported as faults (an estimator that threw). */
  faults: string[];
  now(): Date;
  /** Moves the clock on. */
  wait(minutes: number): void;
  setClock(at: Date): void;
  /** The queue's usage events, oldest first, as the log holds them. */
  usage(): UsageEvent[];
  db(): KioskDatabase;
  /** Closes this engine's database and starts a new engine on the same file at the same time. */
  restart(estimator?: WaitEstimator): EngineRig;
  close(): void;
}

export function morning(hours = 9, minutes = 0, day = 23): Date {
  return new Date(2026, 10, day, hours, minutes);
}

export function engineRig(options: EngineRigOptions = {}): EngineRig {
  const folder = tempFolder();
  let latest = rigOn(folder, options);
  onTestFinished(() => latest.close());
  const track = (rig: EngineRig): EngineRig => {
    latest = rig;
    return { ...rig, restart: (estimator) => track(rig.restart(estimator)) };
  };
  return track(latest);
}

function rigOn(folder: TempFolder, options: EngineRigOptions, clockStart?: Date): EngineRig {
  let current = clockStart ?? options.start ?? morning();
  const now = () => current;
  const config = queueConfigSchema.parse(queueConfigFixture(options.queue));
  const db = openKioskDatabase(join(folder.dataDir, 'atiende.sqlite'));
  const usageLog = createUsageLog({ db, storeId: 'test-store', now });
  const changes: QueueUpdate[] = [];
  const calls: CallAnnouncement[] = [];
  const faults: string[] = [];
  const build = (estimator: WaitEstimator) =>
    createQueueEngine({
      db,
      config,
      estimator,
      appointments: config.appointments ? createFileAppointmentSource(options.appointments ?? []) : null,
      usageLog,
      now,
      listeners: { onChange: (update) => changes.push(update), onCall: (call) => calls.push(call) },
      reportFault: (what) => faults.push(what),
    });
  const engine = build((options.estimator ?? naiveEstimatorFor)(config));
  const rig: EngineRig = {
    engine,
    config,
    changes,
    calls,
    faults,
    now,
    wait: (minutes) => (current = new Date(current.getTime() + minutes * minute)),
    setClock: (at) => (current = at),
    usage: () =>
      usageLog
        .read()
        .map((stored) => stored.event)
        .filter((event) => event.type.startsWith('ticket.')),
    db: () => db,
    restart(estimator) {
      engine.close();
      db.close();
      return rigOn(folder, { ...options, ...(estimator ? { estimator: () => estimator } : {}) }, current);
    },
    close() {
      engine.close();
      if (db.isOpen) db.close();
      folder.remove();
    },
  };
  return rig;
}

/** The numbers a counter calls, one after another, serving each at once. */
export async function callAll(rig: EngineRig, counter: string, count: number): Promise<string[]> {
  const numbers: string[] = [];
  for (let index = 0; index < count; index += 1) {
    numbers.push((await rig.engine.callNext(counter)).number);
    await rig.engine.served(counter);
  }
  return numbers;
}

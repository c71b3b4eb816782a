// The kiosk's self-checks as the host runs them: its database, the disk of its data folder, its
// printer when it has one, its clock; at start and every `health.everyMinutes`.
import { join } from 'node:path';
import { storeConfigSchema, type StoreConfig } from '../../../shared/config/store-config.ts';
import type { PrinterStatusView } from '../../../shared/host-api/queue-views.ts';
import { databaseFileName, type KioskDatabase } from '../storage/database.ts';
import { clockCheck } from './clock-check.ts';
import { databaseCheck } from './database-check.ts';
import { diskCheck } from './disk-check.ts';
import { createHealthMonitor, startHealthChecks, type HealthMonitor, type HealthMonitorDeps } from './health-monitor.ts';
import { printerCheck } from './printer-check.ts';

export interface KioskHealthDeps extends Pick<HealthMonitorDeps, 'usageLog' | 'alerts' | 'kioskName' | 'now' | 'emit'> {
  db: KioskDatabase;
  dataDir: string;
  /** The store config's settings; the defaults when the config was refused (the checks run all the same). */
  settings: StoreConfig['health'] | undefined;
  /** The printer's last answer to the host's status query; null when the kiosk has no printer. */
  printerStatus: (() => PrinterStatusView | null) | null;
}

export function startKioskHealth({ db, dataDir, settings, printerStatus, ...reports }: KioskHealthDeps): { monitor: HealthMonitor; stop: () => void } {
  const { everyMinutes, minFreeMegabytes } = settings ?? storeConfigSchema.shape.health.parse(undefined);
  const monitor = createHealthMonitor({
    ...reports,
    checks: {
      database: databaseCheck(db, join(dataDir, databaseFileName), reports.now),
      disk: diskCheck(dataDir, minFreeMegabytes),
      ...(printerStatus ? { printer: printerCheck(printerStatus) } : {}),
      clock: clockCheck(db, reports.now),
    },
    alertedElsewhere: ['printer'],
  });
  return { monitor, stop: startHealthChecks(monitor, everyMinutes) };
}

// Keeps the kiosk's screens awake: a dark screen reads as out of service.
import type { KioskPowerSaveBlocker } from './electron-parts.ts';

export function setupPowerSaving(powerSaveBlocker: KioskPowerSaveBlocker): number {
  return powerSaveBlocker.start('prevent-display-sleep');
}

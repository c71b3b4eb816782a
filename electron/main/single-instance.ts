// One kiosk per machine: a second launch quits at once and brings the running kiosk to the front.
import type { KioskApp } from './electron-parts.ts';
import type { KioskWindows } from './kiosk-windows.ts';

export interface SingleInstanceDeps {
  app: KioskApp;
  windows: KioskWindows;
}

/** Returns false when another instance holds the lock; this one is then quitting. */
export function setupSingleInstance({ app, windows }: SingleInstanceDeps): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const kiosk = windows.withRole('kiosk');
    if (!kiosk || kiosk.window.isDestroyed()) return;
    if (kiosk.window.isMinimized()) kiosk.window.restore();
    kiosk.window.focus();
  });
  return true;
}

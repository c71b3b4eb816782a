// Tells systemd (assets/systemd/atiende-electron.service) how the Electron kiosk is doing: ready
// once the kiosk window has loaded its page, stopping when the app quits. Until ready, systemd
// counts the start as still under way; the watchdog pings run from the notifier itself.
import type { ServiceNotifier } from '../host/supervision/service-notify.ts';
import type { KioskApp } from './electron-parts.ts';
import type { KioskWindows } from './kiosk-windows.ts';

export interface ServiceNoticesDeps {
  app: Pick<KioskApp, 'on'>;
  windows: KioskWindows;
  notifier: Pick<ServiceNotifier, 'ready' | 'stopping'>;
}

export function setupServiceNotices({ app, windows, notifier }: ServiceNoticesDeps): void {
  windows.watch((entry) => {
    if (entry.role !== 'kiosk') return;
    // Every load, not just the first: after a recovery the status says the page is back.
    entry.window.webContents.on('did-finish-load', () => notifier.ready('kiosk window loaded'));
  });
  app.on('will-quit', () => notifier.stopping());
}

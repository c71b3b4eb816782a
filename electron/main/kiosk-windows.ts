// The windows the shell has open, each with its role, start URL and display, so the IPC guard,
// recovery and the second-instance focus all agree on which windows are the kiosk's own.
import type { KioskBrowserWindow } from './electron-parts.ts';
import type { WindowRole } from './app-origin.ts';

export interface KioskWindow {
  role: WindowRole;
  window: KioskBrowserWindow;
  startUrl: string;
  displayId: number;
}

export interface KioskWindows {
  add(entry: KioskWindow): void;
  all(): readonly KioskWindow[];
  find(window: KioskBrowserWindow | null): KioskWindow | undefined;
  withRole(role: WindowRole): KioskWindow | undefined;
  /** Calls back for every window open now and every window opened later, as it is added. */
  watch(listener: (entry: KioskWindow) => void): void;
}

export function createKioskWindows(): KioskWindows {
  const entries: KioskWindow[] = [];
  const watchers: Array<(entry: KioskWindow) => void> = [];
  return {
    add(entry) {
      entries.push(entry);
      entry.window.on('closed', () => {
        const index = entries.indexOf(entry);
        if (index >= 0) entries.splice(index, 1);
      });
      for (const watcher of watchers) watcher(entry);
    },
    all: () => entries,
    find: (window) => (window ? entries.find((entry) => entry.window === window) : undefined),
    withRole: (role) => entries.find((entry) => entry.role === role),
    watch(listener) {
      watchers.push(listener);
      for (const entry of entries) listener(entry);
    },
  };
}

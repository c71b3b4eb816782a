// Locks every web page of the shell in: no menu, no navigation off app://kiosk, no new windows,
// no <webview>, and no permission of any kind (camera, notifications, clipboard, ...).
import type { KioskApp, KioskMenu, KioskSession, KioskWebContents, NavigationEvent } from './electron-parts.ts';
import { isAppUrl } from './app-origin.ts';

export interface LockdownDeps {
  app: KioskApp;
  menu: KioskMenu;
  defaultSession: KioskSession;
}

export function setupLockdown({ app, menu, defaultSession }: LockdownDeps): void {
  menu.setApplicationMenu(null);
  denyEveryPermission(defaultSession);
  // Every web contents, not just our windows: whatever gets created is locked down from birth.
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
}

function lockDown(contents: KioskWebContents): void {
  contents.on('will-navigate', stayOnAppOrigin);
  contents.on('will-frame-navigate', stayOnAppOrigin);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  denyEveryPermission(contents.session);
}

function stayOnAppOrigin(event: NavigationEvent): void {
  if (!isAppUrl(event.url)) event.preventDefault();
}

function denyEveryPermission(session: KioskSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

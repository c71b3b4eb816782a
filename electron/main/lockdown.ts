// Locks every web page of the shell in: no menu, no navigation off app://kiosk, no history to go
// back to, no new windows, no <webview>, no downloads, no context menu, no zoom, none of the
// browser's escape shortcuts, no developer tools in a packaged kiosk, and no permission of any kind.
import { blockedShortcutOf } from './blocked-shortcuts.ts';
import type { CancellableEvent, KioskApp, KioskMenu, KioskSession, KioskWebContents, NavigationEvent } from './electron-parts.ts';
import { isAppUrl } from './app-origin.ts';

export interface LockdownDeps {
  app: KioskApp;
  menu: KioskMenu;
  defaultSession: KioskSession;
  /** False in a packaged kiosk: developer tools that open anyway are closed at once. */
  allowDevTools: boolean;
}

export function setupLockdown({ app, menu, defaultSession, allowDevTools }: LockdownDeps): void {
  menu.setApplicationMenu(null);
  const lockedSessions = new WeakSet<KioskSession>();
  function lockSession(session: KioskSession): void {
    // Sessions are shared between pages: one set of listeners each, however many pages use it.
    if (lockedSessions.has(session)) return;
    lockedSessions.add(session);
    denyEveryPermission(session);
    session.on('will-download', refuse);
  }
  lockSession(defaultSession);
  // Every web contents, not just our windows: whatever gets created is locked down from birth.
  app.on('web-contents-created', (_event, contents) => {
    lockSession(contents.session);
    lockDown(contents, allowDevTools);
  });
}

function lockDown(contents: KioskWebContents, allowDevTools: boolean): void {
  contents.on('will-navigate', stayOnAppOrigin);
  contents.on('will-frame-navigate', stayOnAppOrigin);
  contents.on('will-redirect', stayOnAppOrigin);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', refuse);
  contents.on('context-menu', refuse);
  contents.on('before-input-event', (event, press) => {
    if (blockedShortcutOf(press)) event.preventDefault();
  });
  // A page's beforeunload must never hold back a recovery reload or a session reset.
  contents.on('will-prevent-unload', refuse);
  // The mouse's back button and a swipe go back in history even without a key: leave none.
  contents.on('did-navigate', () => contents.navigationHistory.clear());
  contents.on('did-navigate-in-page', () => contents.navigationHistory.clear());
  // Pinch zoom is set per loaded page, so each load sets it again; page zoom is remembered per origin.
  contents.on('did-finish-load', () => {
    contents.setVisualZoomLevelLimits(1, 1).catch(() => undefined);
    contents.setZoomLevel(0);
  });
  contents.on('zoom-changed', (event) => {
    event.preventDefault();
    contents.setZoomLevel(0);
  });
  if (!allowDevTools) contents.on('devtools-opened', () => contents.closeDevTools());
}

function stayOnAppOrigin(event: NavigationEvent): void {
  if (!isAppUrl(event.url)) event.preventDefault();
}

function refuse(event: CancellableEvent): void {
  event.preventDefault();
}

function denyEveryPermission(session: KioskSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

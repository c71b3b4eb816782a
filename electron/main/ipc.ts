// The IPC adapter: one handler carries every host call from our own pages to the dispatcher, and
// every pushed host event goes out to every kiosk window.
import type { ReplyEnvelope } from '../../shared/host-api/envelope.ts';
import { ipcCallChannel, ipcEventChannel } from '../../shared/host-api/bridge.ts';
import type { Host } from '../host/create-host.ts';
import { isAppUrl } from './app-origin.ts';
import type { KioskInvokeEvent, KioskIpcMain, KioskWindowClass } from './electron-parts.ts';
import type { KioskWindows } from './kiosk-windows.ts';

export interface IpcDeps {
  ipcMain: KioskIpcMain;
  BrowserWindow: Pick<KioskWindowClass, 'fromWebContents'>;
  windows: KioskWindows;
  host: Pick<Host, 'dispatch' | 'events'>;
  /** Hears of every refused call: a page that is not ours tried to reach the host. */
  reportRefusal?: () => void;
}

/** The answer to a caller that is not one of our pages: no hint of what would have happened. */
export const refusedCall: ReplyEnvelope = { id: null, ok: false, error: { code: 'request.malformed', params: {} } };

/** Sets up the call handler and the event fan-out; returns the function that stops the fan-out. */
export function setupIpc({ ipcMain, BrowserWindow, windows, host, reportRefusal = warnOfRefusal }: IpcDeps): () => void {
  ipcMain.handle(ipcCallChannel, async (event, envelope) => {
    if (!isKioskPage(event)) {
      reportRefusal();
      return refusedCall;
    }
    return host.dispatch(envelope);
  });

  function isKioskPage(event: KioskInvokeEvent): boolean {
    const owner = windows.find(BrowserWindow.fromWebContents(event.sender));
    return owner !== undefined && event.senderFrame !== null && isAppUrl(event.senderFrame.url);
  }

  return host.events.subscribe((envelope) => {
    for (const { window } of windows.all()) {
      if (!window.isDestroyed()) window.webContents.send(ipcEventChannel, envelope);
    }
  });
}

function warnOfRefusal(): void {
  console.warn('[ipc] refused a host call from a page that is not the kiosk');
}

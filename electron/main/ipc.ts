// The IPC adapter: one handler carries every host call from our own pages to the dispatcher, as
// the principal of the window it came from (the kiosk window a customer, the board window a
// board), and every pushed host event goes out to each window whose role may hear it.
import type { ReplyEnvelope } from '../../shared/host-api/envelope.ts';
import { ipcCallChannel, ipcEventChannel } from '../../shared/host-api/bridge.ts';
import type { Principal } from '../../shared/host-api/roles.ts';
import type { Host } from '../host/create-host.ts';
import { isAppUrl, type WindowRole } from './app-origin.ts';
import type { KioskInvokeEvent, KioskIpcMain, KioskWindowClass } from './electron-parts.ts';
import type { KioskWindow, KioskWindows } from './kiosk-windows.ts';

export interface IpcDeps {
  ipcMain: KioskIpcMain;
  BrowserWindow: Pick<KioskWindowClass, 'fromWebContents'>;
  windows: KioskWindows;
  host: Pick<Host, 'dispatch' | 'events'>;
  /** Hears of every refused call: a page that is not ours tried to reach the host. */
  reportRefusal?: () => void;
}

/** Who a window's page is, to the host. */
const windowPrincipals: Record<WindowRole, Principal> = {
  kiosk: { role: 'customer' },
  board: { role: 'board' },
};

/** The answer to a caller that is not one of our pages: no hint of what would have happened. */
export const refusedCall: ReplyEnvelope = { id: null, ok: false, error: { code: 'request.malformed', params: {} } };

/** Sets up the call handler and the event fan-out; returns the function that stops the fan-out. */
export function setupIpc({ ipcMain, BrowserWindow, windows, host, reportRefusal = warnOfRefusal }: IpcDeps): () => void {
  ipcMain.handle(ipcCallChannel, async (event, envelope) => {
    const owner = kioskPageOf(event);
    if (!owner) {
      reportRefusal();
      return refusedCall;
    }
    return host.dispatch(envelope, windowPrincipals[owner.role]);
  });

  function kioskPageOf(event: KioskInvokeEvent): KioskWindow | undefined {
    const owner = windows.find(BrowserWindow.fromWebContents(event.sender));
    return owner !== undefined && event.senderFrame !== null && isAppUrl(event.senderFrame.url) ? owner : undefined;
  }

  const stops: Array<() => void> = [];
  windows.watch((entry) => {
    const stop = host.events.subscribe(windowPrincipals[entry.role], (envelope) => {
      if (!entry.window.isDestroyed()) entry.window.webContents.send(ipcEventChannel, envelope);
    });
    stops.push(stop);
    entry.window.on('closed', stop);
  });
  return () => {
    for (const stop of stops) stop();
  };
}

function warnOfRefusal(): void {
  console.warn('[ipc] refused a host call from a page that is not the kiosk');
}

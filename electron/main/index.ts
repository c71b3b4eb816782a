// The Electron main process of the kiosk: one setup call per concern, in the order they must run.
import { app, BrowserWindow, ipcMain, Menu, powerSaveBlocker, protocol, screen, session } from 'electron';
import { patternFallbackJsFlag } from '../../shared/flows/pattern-engine.ts';
import { createHost } from '../host/create-host.ts';
import { serviceNotifier } from '../host/supervision/service-notify.ts';
import { registerAppScheme, setupProtocol } from './app-protocol.ts';
import { setupIpc } from './ipc.ts';
import { createKioskWindows } from './kiosk-windows.ts';
import { setupLockdown } from './lockdown.ts';
import { setupOperatorAccess } from './operator-access.ts';
import { electronPdfPrinter } from './pdf-printer.ts';
import { setupPowerSaving } from './power-saving.ts';
import { setupRecovery } from './recovery.ts';
import { setupServiceNotices } from './service-notices.ts';
import { resolveShellPaths } from './shell-paths.ts';
import { setupSingleInstance } from './single-instance.ts';
import { setupStoreNetwork } from './store-network.ts';
import { setupWindows } from './windows.ts';

const paths = resolveShellPaths({
  env: process.env,
  argv: process.argv,
  cwd: process.cwd(),
  appPath: app.getAppPath(),
  isPackaged: app.isPackaged,
  resourcesPath: process.resourcesPath,
  userDataPath: app.getPath('userData'),
  mainDir: import.meta.dirname,
});
const windows = createKioskWindows();
// A packaged kiosk has no developer tools; a development run keeps them for whoever debugs it.
const devTools = !app.isPackaged;

if (setupSingleInstance({ app, windows })) {
  // Every renderer sandboxed, whatever its window asks for; Electron takes this only before ready.
  app.enableSandbox();
  // V8 in every renderer finishes a store's runaway pattern in linear time (shared/flows/pattern-engine.ts).
  app.commandLine.appendSwitch('js-flags', patternFallbackJsFlag);
  registerAppScheme(protocol);
  // Not a top-level await: an ES module main that awaits readiness would never see it.
  app.whenReady().then(start).catch(failToStart);
}

function start(): void {
  const host = createHost({ configFile: paths.configFile, dataDir: paths.dataDir, shell: 'electron', printPdf: electronPdfPrinter({ BrowserWindow }) });
  app.on('will-quit', () => host.close());
  setupProtocol({ protocol, rendererRoot: paths.rendererRoot });
  setupLockdown({ app, menu: Menu, defaultSession: session.defaultSession, allowDevTools: devTools });
  setupIpc({ ipcMain, BrowserWindow, windows, host });
  setupRecovery({ windows, host });
  // Under systemd: ready once the kiosk page loads, and watchdog pings from this loop (docs/hardening.md).
  setupServiceNotices({ app, windows, notifier: serviceNotifier() });
  setupWindows({ BrowserWindow, screen, windows, preloadPath: paths.preloadPath, waitingBoard: host.displays.waitingBoard, devTools });
  setupPowerSaving(powerSaveBlocker);
  setupOperatorAccess({ host, dataDir: paths.dataDir })
    .then((stop) => app.on('will-quit', () => void stop()))
    .catch((fault: unknown) => console.error('[main] the operator access could not open', fault))
    // After the access file is written, so the listener's origin can be added to it.
    .then(() => setupStoreNetwork({ host, rendererDir: paths.rendererRoot, dataDir: paths.dataDir }))
    .then((stop) => app.on('will-quit', () => void stop()))
    .catch((fault: unknown) => console.error('[main] the store network could not open', fault));
}

/** Without its host there is nothing safe to show; exit non-zero so the supervisor restarts us. */
function failToStart(fault: unknown): void {
  console.error('[main] the kiosk could not start', fault);
  app.exit(1);
}

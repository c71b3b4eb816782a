// Brings a kiosk window back to its start screen when its page crashes, hangs or fails to load:
// at once, so the customer sees the attract screen again within seconds, with the back-off both
// shells share (electron/host/supervision/recovery-backoff.ts); logs each recovery with its cause.
import type { RenderProcessGoneDetails } from 'electron';
import type { Host } from '../host/create-host.ts';
import {
  createRecoveryBackoff,
  defaultRecoveryPolicy,
  realTimers,
  recordRecovery,
  recoveryDelayText,
  type RecoveryCause,
  type RecoveryPolicy,
  type RecoveryTimers,
} from '../host/supervision/recovery-backoff.ts';
import { defaultHangWatchPolicy, watchForHang, type HangWatchPolicy } from './hang-watch.ts';
import type { KioskWindow, KioskWindows } from './kiosk-windows.ts';

export interface RecoveryDeps {
  windows: KioskWindows;
  host: Pick<Host, 'usageLog' | 'events'>;
  policy?: RecoveryPolicy;
  hangWatch?: HangWatchPolicy;
  timers?: RecoveryTimers;
  log?: Pick<Console, 'warn' | 'error'>;
}

/** Chromium's ERR_ABORTED: a load cut short by a newer one or by our own navigation guard. */
const loadAborted = -3;

export function setupRecovery(deps: RecoveryDeps): void {
  deps.windows.watch((entry) => watchWindow(entry, deps));
}

function watchWindow(entry: KioskWindow, deps: RecoveryDeps): void {
  const { host, policy = defaultRecoveryPolicy, timers = realTimers, log = console } = deps;
  const contents = entry.window.webContents;
  const backoff = createRecoveryBackoff(policy, timers);
  let waiting = false;
  let killedByUs = false;
  const hangWatch = watchForHang({
    contents,
    timers,
    policy: deps.hangWatch ?? defaultHangWatchPolicy,
    onHang: (waitedMs) => endHungPage(`did not answer for ${(waitedMs / 1000).toFixed(1)} s`),
  });

  function reload(cause: RecoveryCause): void {
    waiting = false;
    if (entry.window.isDestroyed()) return;
    recordRecovery(host, cause, log);
    contents.loadURL(entry.startUrl).catch(() => undefined);
    hangWatch.start();
  }

  function recover(cause: RecoveryCause, detail: string): void {
    if (waiting) return; // a reload is already on its way
    hangWatch.stop();
    const delayMs = backoff.request(() => reload(cause));
    if (delayMs === null) return;
    waiting = delayMs > 0;
    log.warn(`[recovery] ${cause}: the ${entry.role} window's page ${detail}; back to its start screen ${recoveryDelayText(delayMs, policy)}`);
  }

  function endHungPage(detail: string): void {
    if (waiting) return;
    // A hung page cannot be navigated away from; end its process first, as Electron's docs advise.
    killedByUs = true;
    contents.forcefullyCrashRenderer();
    recover('unresponsive', detail);
  }

  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    // Electron reports the process we ended as killed or as crashed: either way it is already handled.
    if (killedByUs) {
      killedByUs = false;
      return;
    }
    recover('crashed', goneDetail(details));
  });
  contents.on('unresponsive', () => endHungPage('was reported unresponsive by Chromium'));
  contents.on('did-fail-load', (_event, errorCode, description, _url, isMainFrame) => {
    if (isMainFrame && errorCode !== loadAborted) recover('failedToLoad', `failed to load (${errorCode} ${description})`);
  });
  entry.window.on('closed', () => {
    backoff.cancel();
    hangWatch.stop();
  });
  hangWatch.start();
}

function goneDetail({ reason, exitCode }: Pick<RenderProcessGoneDetails, 'reason' | 'exitCode'>): string {
  return `lost its process (${reason}, exit code ${exitCode})`;
}

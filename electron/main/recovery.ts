// Brings a kiosk window back to its start screen when its page crashes, hangs or fails to load,
// logs each recovery, and backs off so a page that keeps crashing does not spin the machine.
import type { Host } from '../host/create-host.ts';
import type { KioskWindow, KioskWindows } from './kiosk-windows.ts';

export type RecoveryCause = 'crashed' | 'unresponsive' | 'failedToLoad';

export interface RecoveryPolicy {
  /** Reloads allowed at once within `perMs`; past that, each reload waits `cooldownMs`. */
  maxReloads: number;
  perMs: number;
  cooldownMs: number;
}

export const defaultRecoveryPolicy: RecoveryPolicy = { maxReloads: 3, perMs: 60_000, cooldownMs: 30_000 };

export interface RecoveryTimers {
  now(): number;
  /** Runs `task` after `ms`; returns the function that cancels it. */
  after(ms: number, task: () => void): () => void;
}

const realTimers: RecoveryTimers = {
  now: () => Date.now(),
  after(ms, task) {
    const timer = setTimeout(task, ms);
    return () => clearTimeout(timer);
  },
};

export interface RecoveryDeps {
  windows: KioskWindows;
  host: Pick<Host, 'usageLog' | 'events'>;
  policy?: RecoveryPolicy;
  timers?: RecoveryTimers;
}

/** Chromium's ERR_ABORTED: a load cut short by a newer one or by our own navigation guard. */
const loadAborted = -3;

export function setupRecovery({ windows, host, policy = defaultRecoveryPolicy, timers = realTimers }: RecoveryDeps): void {
  function record(cause: RecoveryCause): void {
    try {
      host.usageLog.append(null, { type: 'kiosk.rendererRecovered', cause });
      host.events.emit('session.resetRequested', { reason: 'recovered' });
    } catch (fault) {
      console.error('[recovery] could not record the recovery', fault);
    }
  }
  windows.watch((entry) => watchWindow(entry, policy, timers, record));
}

function watchWindow(
  entry: KioskWindow,
  policy: RecoveryPolicy,
  timers: RecoveryTimers,
  record: (cause: RecoveryCause) => void,
): void {
  const contents = entry.window.webContents;
  const recentReloads: number[] = [];
  let cancelPending: (() => void) | null = null;
  let killedByUs = false;

  function reload(cause: RecoveryCause): void {
    cancelPending = null;
    if (entry.window.isDestroyed()) return;
    recentReloads.push(timers.now());
    record(cause);
    contents.loadURL(entry.startUrl).catch(() => undefined);
  }

  function recover(cause: RecoveryCause): void {
    if (cancelPending) return; // a reload is already on its way
    const now = timers.now();
    while (recentReloads.length > 0 && now - (recentReloads[0] ?? now) >= policy.perMs) recentReloads.shift();
    if (recentReloads.length < policy.maxReloads) reload(cause);
    else cancelPending = timers.after(policy.cooldownMs, () => reload(cause));
  }

  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    if (killedByUs) {
      killedByUs = false;
      return;
    }
    recover('crashed');
  });
  contents.on('unresponsive', () => {
    // A hung page cannot be navigated away from; end its process first, as Electron's docs advise.
    killedByUs = true;
    contents.forcefullyCrashRenderer();
    recover('unresponsive');
  });
  contents.on('did-fail-load', (_event, errorCode, _description, _url, isMainFrame) => {
    if (isMainFrame && errorCode !== loadAborted) recover('failedToLoad');
  });
  entry.window.on('closed', () => cancelPending?.());
}

// Keeps the kiosk's Chromium showing the kiosk page, whatever fails: a crashed page is opened again
// at a fresh address, a hung one is ended and opened again, a Chromium that ended is started again
// (a fresh profile each time). Recoveries follow the Electron shell's back-off and are written to the
// usage log as it writes them (electron/host/supervision/recovery-backoff.ts). Once the shell stops,
// nothing is started again.
import {
  createRecoveryBackoff,
  defaultRecoveryPolicy,
  realTimers,
  recoveryDelayText,
  type RecoveryCause,
  type RecoveryPolicy,
  type RecoveryTimers,
} from '../host/supervision/recovery-backoff.ts';
import { connectCdp } from './cdp-pipe.ts';
import type { ChromiumExit, ChromiumRun } from './chromium.ts';
import { attachKioskPage, defaultHangPolicy, type HangPolicy, type KioskPage, type PageTrouble } from './kiosk-page.ts';

export interface KioskPageSource {
  /** A fresh address of the kiosk page: its one-time code works once. */
  address(): string;
  /** Writes a recovery to the usage log and resets the session (recordRecovery). */
  recovered(cause: RecoveryCause): void;
}

export interface ScreenShown {
  /** The kiosk screen shown first: attract, or closed or out-of-service. */
  screen: string;
  /** Since this Chromium was launched. */
  afterLaunchMs: number;
  /** The first showing, or the recovery it followed. */
  after: 'start' | RecoveryCause;
}

export interface KioskBrowserOptions {
  /** Chromium, launched already: the shell starts it before it loads the host. */
  first: ChromiumRun;
  /** A new Chromium, with a new profile, when the last one has ended. */
  relaunch(): ChromiumRun;
  /** The shell's starting page, where each Chromium starts (starting-page.ts). */
  startingUrl: string;
  log(line: string): void;
  policy?: RecoveryPolicy;
  hang?: HangPolicy;
  timers?: RecoveryTimers;
}

export interface KioskBrowser {
  /** Opens the kiosk page now, and again after every recovery. */
  show(source: KioskPageSource): void;
  /** Calls back each time the kiosk page shows its first screen; returns the function that stops it. */
  onScreen(listener: (shown: ScreenShown) => void): () => void;
  /** The running Chromium's process id. */
  readonly pid: number | undefined;
  /** The kiosk page, for tests and the start bench; null while Chromium is being replaced. */
  page(): Pick<KioskPage, 'send'> | null;
  /** Ends Chromium for good (its profile removed); resolves once it has ended. */
  stop(): Promise<void>;
}

/** How long Chromium may take to end when asked, before it is killed. */
const stopWithinMs = 5_000;

export function superviseKioskBrowser({ first, relaunch, startingUrl, log, policy = defaultRecoveryPolicy, hang = defaultHangPolicy, timers = realTimers }: KioskBrowserOptions): KioskBrowser {
  const backoff = createRecoveryBackoff(policy, timers);
  const listeners = new Set<(shown: ScreenShown) => void>();
  let run = first;
  let running = true;
  let page: KioskPage | null = null;
  let closePipe: () => void = () => undefined;
  let source: KioskPageSource | null = null;
  let stopping = false;

  async function adopt(current: ChromiumRun, after: ScreenShown['after']): Promise<void> {
    const cdp = connectCdp(current.toChromium, current.fromChromium);
    closePipe = () => cdp.close();
    void current.exited.then((exit) => ended(current, exit));
    try {
      const attached = await attachKioskPage({ cdp, startingUrl, hang, timers, log, onTrouble: (trouble) => troubled(current, trouble) });
      if (current !== run || stopping) return attached.stop();
      page = attached;
      await openKiosk(after);
    } catch (error) {
      if (current !== run || stopping || !running) return;
      log(`[browser] the kiosk page cannot be reached in Chromium (${(error as Error).message}): ending it`);
      current.kill();
    }
  }

  async function openKiosk(after: ScreenShown['after']): Promise<void> {
    const opened = page;
    if (!opened || !source) return;
    const screen = await opened.open(source.address());
    if (screen === null || opened !== page) return;
    const shown = { screen, afterLaunchMs: performance.now() - run.launchedAt, after };
    for (const listener of listeners) listener(shown);
  }

  /** Brings back whatever is down by then: Chromium if it ended, else the kiosk page. */
  function recover(cause: RecoveryCause): void {
    if (stopping) return;
    source?.recovered(cause);
    if (running) {
      void openKiosk(cause);
      return;
    }
    run = relaunch();
    running = true;
    log(`[browser] Chromium started again (process ${run.pid ?? '?'})`);
    void adopt(run, cause);
  }

  function requestRecovery(cause: RecoveryCause, what: string): void {
    // The recovery runs on the next turn, so its own lines follow the one that says why.
    const delayMs = backoff.request(() => setImmediate(() => recover(cause)));
    if (delayMs !== null) log(`[recovery] ${cause}: ${what}; back to the start screen ${recoveryDelayText(delayMs, policy)}`);
  }

  function troubled(current: ChromiumRun, trouble: PageTrouble): void {
    if (current !== run || stopping) return;
    if (trouble.kind === 'lost') {
      log(`[browser] ${trouble.detail}: ending Chromium`);
      current.kill();
      return;
    }
    const what =
      trouble.kind === 'crashed'
        ? 'the kiosk page crashed'
        : trouble.kind === 'unresponsive'
          ? `the kiosk page stopped answering (${(trouble.waitedMs / 1000).toFixed(1)} s)`
          : `the kiosk page ${trouble.detail}`;
    // Before show() there is no kiosk page to bring back yet: show() opens it.
    if (source) requestRecovery(trouble.kind, what);
    else log(`[browser] ${what}`);
  }

  function ended(current: ChromiumRun, exit: ChromiumExit): void {
    if (current !== run) return;
    running = false;
    page?.stop();
    page = null;
    if (stopping) return;
    // Killed, it said nothing worth repeating; ended by itself, its last words say why.
    requestRecovery('crashed', exit.signal ? `Chromium was ended (${exit.signal})` : `Chromium ended (code ${exit.code}: ${exit.said})`);
  }

  void adopt(first, 'start');

  return {
    show(pageSource) {
      source = pageSource;
      void openKiosk('start');
    },
    onScreen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get pid() {
      return running ? run.pid : undefined;
    },
    page: () => page,
    async stop() {
      stopping = true;
      backoff.cancel();
      page?.stop();
      const current = run;
      // Chromium ends when its DevTools pipe closes; SIGTERM makes sure, SIGKILL if it will not.
      closePipe();
      current.kill('SIGTERM');
      const stubborn = setTimeout(() => current.kill('SIGKILL'), stopWithinMs);
      await current.exited;
      clearTimeout(stubborn);
    },
  };
}

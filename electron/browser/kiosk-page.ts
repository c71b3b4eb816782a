// One Chromium's kiosk page, seen through the DevTools pipe: finds and attaches to it, opens an
// address in it and waits for its first screen, asks it a trivial question every second to notice a
// main thread that has stopped (and ends such a page, since a hung page cannot be navigated away
// from), reports a crash, and closes any other page (a new window, DevTools) the moment it appears.
import { z } from 'zod';
import type { RecoveryTimers } from '../host/supervision/recovery-backoff.ts';
import { CdpError, type CdpConnection } from './cdp-pipe.ts';

export interface HangPolicy {
  /** The pause between an answer and the next question. */
  everyMs: number;
  /** How long a shown page may take to answer: longer than any task the kiosk runs at once. */
  answerWithinMs: number;
}

/** A page that stops answering is called hung within 3.5 s (1 s pause + 2.5 s wait), as in the Electron shell. */
export const defaultHangPolicy: HangPolicy = { everyMs: 1_000, answerWithinMs: 2_500 };

/** How long Chromium may take to show its first page, and a page its first screen. */
const pageWithinMs = 30_000;
/** How long a page told to crash may take to be gone. */
const crashWithinMs = 5_000;

export type PageTrouble =
  | { kind: 'crashed' }
  /** It stopped answering; it was ended (crashed on purpose) and is gone now. */
  | { kind: 'unresponsive'; waitedMs: number }
  | { kind: 'failedToLoad'; detail: string }
  /** The page cannot be brought back in this Chromium (gone, or would not end): Chromium must go. */
  | { kind: 'lost'; detail: string };

export interface KioskPageDeps {
  cdp: CdpConnection;
  /** The shell's starting page, where Chromium starts (starting-page.ts). */
  startingUrl: string;
  hang: HangPolicy;
  timers: RecoveryTimers;
  onTrouble(trouble: PageTrouble): void;
  log(line: string): void;
}

export interface KioskPage {
  /** Opens `url` and waits for the kiosk's first screen: answers its name, or null (trouble told, or superseded). */
  open(url: string): Promise<string | null>;
  /** A DevTools command to the page: for tests and the start bench. */
  send(method: string, params?: object, timeoutMs?: number): Promise<unknown>;
  stop(): void;
}

const targetInfoSchema = z.object({ targetInfo: z.object({ targetId: z.string(), type: z.string(), url: z.string() }) });
const targetIdSchema = z.object({ targetId: z.string() });
const sessionIdSchema = z.object({ sessionId: z.string() });
const navigatedSchema = z.object({ loaderId: z.string().optional(), errorText: z.string().optional() });
const screenSchema = z.object({ result: z.object({ value: z.string() }) });

/**
 * Runs in the page: resolves with the name of the first kiosk screen shown (not the "starting" one),
 * one frame after it appeared, so the answer means it has been painted; or half a second after, on a
 * screen that draws no frames (a display asleep).
 */
const firstScreen = `new Promise((resolve) => {
  const shown = () => document.querySelector('[data-screen]:not([data-screen="starting"])');
  const painted = (screen) => {
    const name = screen.getAttribute('data-screen');
    requestAnimationFrame(() => resolve(name));
    setTimeout(() => resolve(name), 500);
  };
  const now = shown();
  if (now) return painted(now);
  const watcher = new MutationObserver(() => {
    const screen = shown();
    if (screen) { watcher.disconnect(); painted(screen); }
  });
  watcher.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-screen'] });
})`;

function waitFor<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => (timer = setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * Attaches to the page once it may be: under the kiosk policy only once its first page (the starting
 * page, on 127.0.0.1) has been committed; Chromium refuses ("Not allowed") until then.
 */
async function attachWhenAllowed(cdp: CdpConnection, targetId: string): Promise<string> {
  const deadline = performance.now() + pageWithinMs;
  for (;;) {
    try {
      return sessionIdSchema.parse(await cdp.send('Target.attachToTarget', { targetId, flatten: true })).sessionId;
    } catch (error) {
      if (!(error instanceof CdpError && error.reason === 'refused' && error.message.endsWith('Not allowed')) || performance.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

export async function attachKioskPage({ cdp, startingUrl, hang, timers, onTrouble, log }: KioskPageDeps): Promise<KioskPage> {
  let kioskTarget: string | null = null;
  let foundPage: (targetId: string) => void = () => undefined;
  const firstPage = new Promise<string>((resolve) => (foundPage = resolve));
  let stopped = false;

  // The first page is the kiosk's: Chromium opens it at launch. Any later one was opened by a
  // keystroke, a link or DevTools, and is closed at once.
  const unsubscribers = [
    cdp.on('Target.targetCreated', (params) => {
      const info = targetInfoSchema.safeParse(params);
      if (!info.success || info.data.targetInfo.type !== 'page') return;
      const { targetId, url } = info.data.targetInfo;
      if (kioskTarget === null) {
        kioskTarget = targetId;
        foundPage(targetId);
      } else if (targetId !== kioskTarget) {
        // Its address without query or fragment: nothing a code or a secret could ride in.
        log(`[browser] closed a page the kiosk did not open (${(url.split(/[?#]/)[0] ?? '').slice(0, 80)})`);
        cdp.send('Target.closeTarget', { targetId }).catch(() => undefined);
      }
    }),
    cdp.on('Target.targetCrashed', (params) => {
      if (targetIdSchema.safeParse(params).data?.targetId === kioskTarget) crashed();
    }),
    cdp.on('Target.targetDestroyed', (params) => {
      if (targetIdSchema.safeParse(params).data?.targetId === kioskTarget) lost('the kiosk page was closed');
    }),
  ];
  await cdp.send('Target.setDiscoverTargets', { discover: true });
  const targetId = await waitFor(firstPage, pageWithinMs, 'Chromium opened no page');
  const sessionId = await attachWhenAllowed(cdp, targetId);
  // Under the kiosk policy DevTools lets go of a page that left http://127.0.0.1 (a blocked site).
  unsubscribers.push(
    cdp.on('Target.detachedFromTarget', (params) => {
      if (sessionIdSchema.safeParse(params).data?.sessionId === sessionId) lost('the kiosk page left the kiosk');
    }),
  );

  const send = (method: string, params: object = {}, timeoutMs?: number) => cdp.send(method, params, { sessionId, ...(timeoutMs === undefined ? {} : { timeoutMs }) });

  // Each open, crash and stop begins a new round: answers and deadlines of an older round do nothing.
  let round = 0;
  let cancelTimer: () => void = () => undefined;
  let endingHungPage: { waitedMs: number; cancel: () => void } | null = null;

  function newRound(): number {
    round += 1;
    cancelTimer();
    return round;
  }

  function tell(trouble: PageTrouble): void {
    if (!stopped) onTrouble(trouble);
  }

  function lost(detail: string): void {
    newRound();
    tell({ kind: 'lost', detail });
  }

  function crashed(): void {
    newRound();
    const ending = endingHungPage;
    endingHungPage = null;
    ending?.cancel();
    tell(ending ? { kind: 'unresponsive', waitedMs: ending.waitedMs } : { kind: 'crashed' });
  }

  function ask(askedIn: number): void {
    if (askedIn !== round) return;
    send('Runtime.evaluate', { expression: '0', returnByValue: true }, hang.answerWithinMs).then(
      () => answered(askedIn),
      (error: unknown) => {
        if (askedIn !== round) return;
        // A refusal (a crash being reported, a page being replaced) is an answer too: not a hang.
        if (error instanceof CdpError && error.reason === 'timedOut') endHungPage(hang.answerWithinMs);
        else answered(askedIn);
      },
    );
  }

  function answered(askedIn: number): void {
    if (askedIn !== round) return;
    cancelTimer = timers.after(hang.everyMs, () => ask(askedIn));
  }

  function endHungPage(waitedMs: number): void {
    newRound();
    log(`[browser] the kiosk page did not answer for ${(waitedMs / 1000).toFixed(1)} s: ending it`);
    // Page.crash ends the renderer even when its main thread is stuck; it never answers, the crash event does.
    const cancel = timers.after(crashWithinMs, () => {
      endingHungPage = null;
      lost(`a hung kiosk page did not end within ${crashWithinMs / 1000} s`);
    });
    endingHungPage = { waitedMs, cancel };
    send('Page.crash', {}, crashWithinMs).catch(() => undefined);
  }

  async function open(url: string): Promise<string | null> {
    const openedIn = newRound();
    try {
      let navigated = navigatedSchema.parse(await send('Page.navigate', { url }, pageWithinMs));
      // An address that differs from the page's only in its #code does not load the page again:
      // leave it for the starting page first.
      if (navigated.loaderId === undefined && navigated.errorText === undefined) {
        await send('Page.navigate', { url: startingUrl }, pageWithinMs);
        navigated = navigatedSchema.parse(await send('Page.navigate', { url }, pageWithinMs));
      }
      if (openedIn !== round) return null;
      if (navigated.errorText) {
        tell({ kind: 'failedToLoad', detail: `did not load (${navigated.errorText})` });
        return null;
      }
      const shown = screenSchema.parse(await send('Runtime.evaluate', { expression: firstScreen, awaitPromise: true, returnByValue: true }, pageWithinMs));
      if (openedIn !== round) return null;
      answered(openedIn);
      return shown.result.value;
    } catch (error) {
      // Superseded by a crash or a newer open, or Chromium gone: whoever did that carries on.
      if (openedIn !== round || (error instanceof CdpError && error.reason === 'closed')) return null;
      tell({ kind: 'failedToLoad', detail: `showed no screen (${(error as Error).message})` });
      return null;
    }
  }

  return {
    open,
    send,
    stop() {
      stopped = true;
      newRound();
      endingHungPage?.cancel();
      for (const unsubscribe of unsubscribers) unsubscribe();
    },
  };
}

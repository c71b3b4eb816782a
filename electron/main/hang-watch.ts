// Notices a kiosk page whose main thread has stopped. Chromium reports a page unresponsive only
// when input has waited unanswered for many seconds, and never for an idle attract screen nobody
// touches, so the shell asks the page a trivial question every second and calls a page that leaves
// it unanswered hung.
import type { RecoveryTimers } from '../host/supervision/recovery-backoff.ts';
import type { KioskWebContents } from './electron-parts.ts';

export interface HangWatchPolicy {
  /** The pause between an answer and the next question. */
  everyMs: number;
  /** How long a loaded page may take to answer: longer than any task the kiosk runs at once. */
  answerWithinMs: number;
  /** How long a page still loading may take: Electron holds the question until the load ends. */
  loadWithinMs: number;
}

/** A page that stops answering is called hung within 3.5 s (1 s pause + 2.5 s wait), reloaded at once. */
export const defaultHangWatchPolicy: HangWatchPolicy = { everyMs: 1_000, answerWithinMs: 2_500, loadWithinMs: 15_000 };

/** The question: evaluating it needs the page's main thread, and nothing else. */
const question = '0';

export interface HangWatch {
  /** Starts asking, one pause from now; restarts if already asking. */
  start(): void;
  /** Stops asking; an answer still on its way is ignored. */
  stop(): void;
}

export interface HangWatchDeps {
  contents: Pick<KioskWebContents, 'executeJavaScript' | 'isLoadingMainFrame' | 'isDestroyed'>;
  timers: Pick<RecoveryTimers, 'after'>;
  policy: HangWatchPolicy;
  /** Called once per hang, with the time waited; the watch is stopped until started again. */
  onHang(waitedMs: number): void;
}

export function watchForHang({ contents, timers, policy, onHang }: HangWatchDeps): HangWatch {
  // Each start and stop begins a new round: answers and deadlines of an older round do nothing.
  let round = 0;
  let cancelTimer: () => void = () => undefined;

  function ask(askedIn: number): void {
    if (askedIn !== round || contents.isDestroyed()) return;
    const waitMs = contents.isLoadingMainFrame() ? policy.loadWithinMs : policy.answerWithinMs;
    cancelTimer = timers.after(waitMs, () => {
      if (askedIn !== round) return;
      stop();
      onHang(waitMs);
    });
    // A refusal (the frame is gone, a crash is being handled) is an answer too: the page is not hung.
    const answered = () => {
      if (askedIn !== round) return;
      cancelTimer();
      cancelTimer = timers.after(policy.everyMs, () => ask(askedIn));
    };
    contents.executeJavaScript(question).then(answered, answered);
  }

  function stop(): void {
    round += 1;
    cancelTimer();
  }

  return {
    start() {
      stop();
      const askedIn = round;
      cancelTimer = timers.after(policy.everyMs, () => ask(askedIn));
    },
    stop,
  };
}

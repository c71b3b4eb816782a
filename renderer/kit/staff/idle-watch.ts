// Signs a forgotten staff page out: no touch, click or key for the session's idle minutes ends it
// here, whatever the page keeps asking the host meanwhile (a console's live queue).
import type { Timers } from '../timers.ts';

export interface IdleWatchDeps {
  timers: Timers;
  now: () => number;
  limitMs: number;
  onIdle: () => void;
}

export interface IdleWatch {
  /** The staff member did something. */
  activity(): void;
  stop(): void;
}

export function watchIdle({ timers, now, limitMs, onIdle }: IdleWatchDeps): IdleWatch {
  let lastActivity = now();
  let stopped = false;
  let cancel = timers.after(limitMs, check);

  // Activity only moves a time stamp: the one timer finds out, when it falls due, how long is left.
  function check(): void {
    if (stopped) return;
    const left = lastActivity + limitMs - now();
    if (left > 0) {
      cancel = timers.after(left, check);
      return;
    }
    stopped = true;
    onIdle();
  }

  return {
    activity() {
      lastActivity = now();
    },
    stop() {
      stopped = true;
      cancel();
    },
  };
}

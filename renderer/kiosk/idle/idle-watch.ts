// Ends a forgotten session: after a quiet period it warns, counts down, and times out unless the
// customer asks for more time (WCAG 2.2.1: at least 20 seconds to extend).
import type { Timers } from '../../kit/timers.ts';
import type { IdleStore } from './idle-store.ts';

export interface IdleLimits {
  idleSeconds: number;
  warningSeconds: number;
}

export interface IdleWatch {
  /** Starts (or restarts) the quiet period. */
  start(limits: IdleLimits): void;
  /**
   * New limits while watching (an accessibility mode came on or went off): a quiet period under way
   * starts again at its new length; a warning showing keeps its countdown, and the next one is new.
   */
  changeLimits(limits: IdleLimits): void;
  /** The customer touched or typed: the quiet period starts again, unless the warning is up. */
  activity(): void;
  /** The customer asked for more time; false when no warning was showing. */
  extend(): boolean;
  stop(): void;
  /** Hears the warning and the time-out (the kiosk logs one and ends the session on the other). */
  listen(listener: IdleListener): () => void;
}

export interface IdleListener {
  warned(): void;
  timedOut(): void;
}

export interface IdleWatchDeps {
  store: IdleStore;
  timers: Timers;
  now: () => number;
}

export function createIdleWatch({ store, timers, now }: IdleWatchDeps): IdleWatch {
  const listeners = new Set<IdleListener>();
  let limits: IdleLimits | null = null;
  let cancel: () => void = () => {};
  let deadline = 0;

  function watch(): void {
    cancel();
    if (!limits) return;
    store.getState().watching();
    cancel = timers.after(limits.idleSeconds * 1000, warn);
  }

  function warn(): void {
    if (!limits) return;
    deadline = now() + limits.warningSeconds * 1000;
    store.getState().warned(limits.warningSeconds);
    for (const listener of listeners) listener.warned();
    cancel = timers.after(untilNextSecond(), tick);
  }

  function secondsLeft(): number {
    return Math.max(0, Math.ceil((deadline - now()) / 1000));
  }

  /** Wakes exactly when the displayed number changes, so the countdown never skips or stalls. */
  function untilNextSecond(): number {
    const remaining = deadline - now();
    return Math.max(1, remaining - (secondsLeft() - 1) * 1000);
  }

  function tick(): void {
    const left = secondsLeft();
    store.getState().counted(left);
    if (left > 0) {
      cancel = timers.after(untilNextSecond(), tick);
      return;
    }
    stop();
    for (const listener of listeners) listener.timedOut();
  }

  function stop(): void {
    cancel();
    cancel = () => {};
    limits = null;
    store.getState().stopped();
  }

  return {
    start(next) {
      limits = next;
      watch();
    },
    changeLimits(next) {
      if (!limits || (limits.idleSeconds === next.idleSeconds && limits.warningSeconds === next.warningSeconds)) return;
      limits = next;
      if (store.getState().phase === 'watching') watch();
    },
    activity() {
      if (store.getState().phase === 'watching') watch();
    },
    extend() {
      if (store.getState().phase !== 'warning') return false;
      watch();
      return true;
    },
    stop,
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

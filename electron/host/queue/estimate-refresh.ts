// Runs the queue's wait estimates off the request path: a change asks for a refresh, the changes of
// a short while share one, and the refresh runs in slices between the calls the host answers.
//
// Why this and not a worker thread: the estimator learns from every queue event and any estimator
// may be plugged in (tests and benches bring their own), so a worker would need a second copy of
// the estimator fed every event, and a bundled worker script in each shell. Slices on the main
// thread need neither. A slice lasts a few milliseconds (one simulated future of the queue), so a
// call waits at most that long behind a refresh, whatever the queue's length; the refresh itself
// takes longer on a long queue, which only delays when a change shows in the estimates.
import { performance } from 'node:perf_hooks';
import type { Sliced } from '../../../shared/queue/estimate/wait-estimator.ts';

interface EstimateRefreshTiming {
  /** How long changes gather before a refresh starts: a burst of tickets shares one refresh. */
  gatherMs: number;
  /** How long one slice may run before the calls waiting meanwhile are answered. */
  sliceMs: number;
}

/**
 * The staleness bound (docs/wait-estimates.md): a change shows once the refresh that starts after it
 * has finished. That is at most gatherMs, plus the refresh already running when it came, plus its
 * own refresh: about 0.1 s on a short queue, a few seconds with 1,000 tickets waiting.
 */
export const estimateRefreshTiming: EstimateRefreshTiming = { gatherMs: 100, sliceMs: 8 };

export interface EstimateRefresh {
  /** Something the estimates depend on changed: a refresh is due. */
  changed(): void;
  /** Refreshes at once and in one go, in place of any refresh under way or due: a new queue day starts. */
  refreshNow(): void;
  /** Resolves once a finished refresh has covered every change so far. */
  settled(): Promise<void>;
  /** Refreshes finished since the start: many changes close together cost one. */
  readonly count: number;
  /** Drops a refresh under way or due: the host is closing. */
  stop(): void;
}

/**
 * `refresh` is one full refresh: it reads what it needs in its first slice and applies its result
 * when done, so changes that come while it runs are left to the next one.
 */
export function createEstimateRefresh(refresh: () => Sliced<void>, timing: EstimateRefreshTiming, reportFault: (fault: unknown) => void): EstimateRefresh {
  let due = false;
  let gathering: NodeJS.Timeout | undefined;
  let running: { slices: Sliced<void>; next: NodeJS.Immediate | undefined } | undefined;
  let count = 0;
  let stopped = false;
  let waiters: (() => void)[] = [];

  function schedule(): void {
    if (stopped || gathering || running || !due) return;
    gathering = setTimeout(start, timing.gatherMs);
  }

  function start(): void {
    gathering = undefined;
    due = false;
    running = { slices: refresh(), next: undefined };
    runSlices();
  }

  function drop(): void {
    clearTimeout(gathering);
    gathering = undefined;
    if (running?.next) clearImmediate(running.next);
    running?.slices.return();
    running = undefined;
  }

  function runSlices(): void {
    if (!running) return;
    running.next = undefined;
    const began = performance.now();
    try {
      while (performance.now() - began < timing.sliceMs) {
        if (running.slices.next().done) return finish();
      }
    } catch (fault) {
      reportFault(fault);
      return finish();
    }
    // setImmediate, not a timer: the calls that came in during the slice are read and answered first.
    running.next = setImmediate(runSlices);
  }

  function finish(): void {
    running = undefined;
    count += 1;
    if (due) return schedule();
    const settledNow = waiters;
    waiters = [];
    for (const resolve of settledNow) resolve();
  }

  return {
    changed() {
      due = true;
      schedule();
    },
    refreshNow() {
      drop();
      due = false;
      running = { slices: refresh(), next: undefined };
      try {
        while (!running.slices.next().done);
      } catch (fault) {
        reportFault(fault);
      }
      finish();
    },
    settled() {
      if (stopped || (!due && !running && !gathering)) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
    get count() {
      return count;
    },
    stop() {
      stopped = true;
      due = false;
      drop();
      for (const resolve of waiters) resolve();
      waiters = [];
    },
  };
}

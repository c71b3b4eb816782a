// Keeps one counter's view current: read at once, then again after every queue change, a burst of
// changes (a call moves the board, the counter and the wait of everyone) read once, never two
// reads at a time, and again whenever the event socket opens. Never a page reload.
import { toProblem } from '../../kit/host/host-call-error.ts';
import type { StaffConsole } from '../staff-console.ts';

export interface CounterFollower {
  /** Reads the view again now: after an action, without waiting for its event to settle. */
  refresh(): void;
  stop(): void;
}

/** Changes closer together than this are read as one. */
export const settleMs = 150;

export function followCounter(
  { host, events, queue, timers }: Pick<StaffConsole, 'host' | 'events' | 'queue' | 'timers'>,
  counter: string,
): CounterFollower {
  let stopped = false;
  let reading = false;
  let readAgain = false;
  let cancelSettle: (() => void) | null = null;

  async function read(): Promise<void> {
    if (stopped) return;
    // One read at a time, so an older answer never lands after a newer one.
    if (reading) {
      readAgain = true;
      return;
    }
    reading = true;
    try {
      const view = await host.call('queue.counterQueue', { counter });
      if (!stopped) queue.getState().viewLoaded(view);
    } catch (error) {
      if (!stopped) queue.getState().readFailed(toProblem(error));
    } finally {
      reading = false;
      if (readAgain && !stopped) {
        readAgain = false;
        void read();
      }
    }
  }

  function soon(): void {
    if (stopped || cancelSettle) return;
    cancelSettle = timers.after(settleMs, () => {
      cancelSettle = null;
      void read();
    });
  }

  queue.getState().counterLeft();
  const unsubscribers = [host.on('queue.changed', soon), events.onOpen(() => void read())];
  void read();

  return {
    refresh: () => void read(),
    stop() {
      stopped = true;
      cancelSettle?.();
      for (const unsubscribe of unsubscribers) unsubscribe();
    },
  };
}

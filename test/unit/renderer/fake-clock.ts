// A clock the test moves by hand, behind the renderer's Timers interface.
import type { Timers } from '../../../renderer/kit/timers.ts';

export interface FakeClock {
  timers: Timers;
  now(): number;
  /** Moves time on, running every timer that falls due, in order. */
  advance(ms: number): void;
  pending(): number;
}

export function createFakeClock(start = 1_000_000): FakeClock {
  let current = start;
  let tasks: { at: number; callback: () => void }[] = [];
  return {
    timers: {
      after(ms, callback) {
        const task = { at: current + ms, callback };
        tasks.push(task);
        return () => {
          tasks = tasks.filter((other) => other !== task);
        };
      },
    },
    now: () => current,
    advance(ms) {
      const end = current + ms;
      for (;;) {
        const due = tasks.filter((task) => task.at <= end).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        tasks = tasks.filter((task) => task !== due);
        current = due.at;
        due.callback();
      }
      current = end;
    },
    pending: () => tasks.length,
  };
}

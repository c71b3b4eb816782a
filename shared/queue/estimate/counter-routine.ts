// The counters' daily routine, learned from past days of the log: when each opens, takes its break and goes home.
//
// Staffing repeats from day to day, so a past day is a fair guess of what today's counters will do
// next. Each simulated future borrows one recent day and replays its counter steps that are still
// to come (by the clock, UTC), so a counter due to open at ten helps the tickets waiting at a
// quarter to, and a break due at noon slows them. A close after the day's last ticket is the
// end-of-day drain, not a shift ending, and is not copied.
import type { QueueEvent } from '../queue-events.ts';
import type { Random } from './random.ts';

const minute = 60_000;
const day = 24 * 60 * minute;

export type RoutineStep =
  | { kind: 'open'; at: number; services: string[] }
  | { kind: 'pause'; at: number; minutes: number }
  | { kind: 'close'; at: number };

/** What a borrowed day says a counter will do from now on, in minutes from now. */
export interface CounterPlan {
  /** Minutes until it opens, for a counter not open now; undefined when it is not due today. */
  opensIn: number | undefined;
  services: string[];
  pauses: { in: number; minutes: number }[];
  closesIn: number;
}

interface DayRecord {
  steps: Map<string, RoutineStep[]>;
  lastIssue: number;
}

export interface CounterRoutine {
  observe(event: QueueEvent): void;
  /** Borrows a recent day; undefined until a full day has been seen. */
  sample(random: Random, now: number): Map<string, CounterPlan> | undefined;
}

// Recent days kept: a week covers every weekday once.
const keptDays = 7;
// A break in the borrowed day this close before one already taken today is the same break.
const sameBreakMinutes = 60;

export function createCounterRoutine(): CounterRoutine {
  const days = new Map<number, DayRecord>();
  const pausedAt = new Map<string, number>();
  const plans = new Map<number, Map<string, CounterPlan>[]>();

  const record = (dayKey: number) => {
    let found = days.get(dayKey);
    if (!found) {
      found = { steps: new Map(), lastIssue: -1 };
      days.set(dayKey, found);
      for (const key of days.keys()) if (key < dayKey - keptDays) days.delete(key);
      plans.clear();
    }
    return found;
  };
  const add = (dayKey: number, counter: string, step: RoutineStep) => {
    const steps = record(dayKey).steps;
    const list = steps.get(counter) ?? [];
    list.push(step);
    steps.set(counter, list);
  };

  // A borrowed day's steps after `nowMinute`, as a plan: today's breaks already taken are skipped.
  const planFrom = (borrowed: DayRecord, today: DayRecord | undefined, nowMinute: number) => {
    const result = new Map<string, CounterPlan>();
    for (const [counter, steps] of borrowed.steps) {
      const takenToday = (today?.steps.get(counter) ?? []).filter((step) => step.kind === 'pause').map((step) => step.at);
      const plan: CounterPlan = { opensIn: undefined, services: [], pauses: [], closesIn: Number.POSITIVE_INFINITY };
      for (const step of steps) {
        if (step.kind === 'open' && step.at > nowMinute && plan.opensIn === undefined) {
          plan.opensIn = step.at - nowMinute;
          plan.services = step.services;
        } else if (step.kind === 'pause' && step.at > nowMinute - 30 && !takenToday.some((at) => at >= step.at - sameBreakMinutes)) {
          plan.pauses.push({ in: Math.max(0, step.at - nowMinute), minutes: step.minutes });
        } else if (step.kind === 'close' && step.at > nowMinute && step.at < borrowed.lastIssue && plan.closesIn === Number.POSITIVE_INFINITY) {
          plan.closesIn = step.at - nowMinute;
        }
      }
      result.set(counter, plan);
    }
    return result;
  };

  return {
    observe(event) {
      const time = Date.parse(event.at);
      const dayKey = Math.floor(time / day);
      const at = (time - dayKey * day) / minute;
      switch (event.type) {
        case 'ticket.issued':
          record(dayKey).lastIssue = at;
          break;
        case 'counter.opened': {
          const since = pausedAt.get(event.counter);
          pausedAt.delete(event.counter);
          if (since !== undefined) {
            const steps = record(Math.floor(since / day)).steps.get(event.counter);
            const pause = steps?.findLast((step) => step.kind === 'pause');
            if (pause?.kind === 'pause') pause.minutes = (time - since) / minute;
          } else {
            add(dayKey, event.counter, { kind: 'open', at, services: [...event.services] });
          }
          plans.clear();
          break;
        }
        case 'counter.paused':
          pausedAt.set(event.counter, time);
          add(dayKey, event.counter, { kind: 'pause', at, minutes: 15 });
          plans.clear();
          break;
        case 'counter.closed':
          pausedAt.delete(event.counter);
          add(dayKey, event.counter, { kind: 'close', at });
          plans.clear();
          break;
        default:
          break;
      }
    },
    sample(random, now) {
      const dayKey = Math.floor(now / day);
      const past = [...days.keys()].filter((key) => key < dayKey && key >= dayKey - keptDays);
      if (past.length === 0) return undefined;
      const nowMinute = (now - dayKey * day) / minute;
      // Plans depend on the minute only through the borrowed day; cache them per minute.
      const slot = dayKey * 1440 + Math.floor(nowMinute);
      let cached = plans.get(slot);
      if (!cached) {
        const today = days.get(dayKey);
        cached = past.map((key) => planFrom(days.get(key) as DayRecord, today, nowMinute));
        if (plans.size > 50) plans.clear();
        plans.set(slot, cached);
      }
      return cached[Math.floor(random() * cached.length)];
    },
  };
}

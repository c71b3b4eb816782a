// The counters' daily routine, learned from past days of the log: when each opens, takes its break and goes home.
//
// Staffing repeats from week to week, so a past day of the same kind is a fair guess of what
// today's counters will do next. Each simulated future borrows one and replays its counter steps
// still to come, by the store's own clock: a counter due to open at ten helps the tickets waiting
// at a quarter to, and a break due at noon slows them. Days are the store's local days (a close at
// 21:00 west of UTC stays on its day), and a Saturday borrows Saturdays, not a weekday's lunch
// break or its afternoon shift. A close after the day's last ticket is the end-of-day drain, not
// a shift ending, and is not copied.
import type { QueueEvent } from '../queue-events.ts';
import type { Random } from './random.ts';
import { dayKind, type StoreClock } from './store-clock.ts';

const minute = 60_000;

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
  /** For a counter on a break now: how long the borrowed day's break at about the same time lasted. */
  breakMinutes: number | undefined;
}

interface DayRecord {
  key: number;
  weekday: number;
  /** Steps by counter, at wall-clock minutes of the day. */
  steps: Map<string, RoutineStep[]>;
  lastIssue: number;
}

export interface CounterRoutine {
  observe(event: QueueEvent): void;
  /** Borrows a past day like today; undefined until a full day has been seen. */
  sample(random: Random, now: number): Map<string, CounterPlan> | undefined;
}

// Five weeks: the same weekday four times over, and a week to spare.
const keptDays = 35;
// Same-weekday days borrowed at most, and how many make a pool on their own.
const sameWeekdayDays = 4;
const enoughSameWeekday = 3;
// Days of the same kind (weekday, Saturday, Sunday) borrowed until the weekday has enough of its own.
const sameKindDays = 7;
// A break in the borrowed day this close before one already taken today is the same break.
const sameBreakMinutes = 60;

export function createCounterRoutine(clock: StoreClock): CounterRoutine {
  const days = new Map<number, DayRecord>();
  const pausedAt = new Map<string, number>();
  const plans = new Map<number, Map<string, CounterPlan>[]>();

  const record = (key: number, weekday: number) => {
    let found = days.get(key);
    if (!found) {
      found = { key, weekday, steps: new Map(), lastIssue: -1 };
      days.set(key, found);
      for (const kept of days.keys()) if (kept < key - keptDays) days.delete(kept);
      plans.clear();
    }
    return found;
  };
  const add = (at: number, counter: string, step: (wallMinute: number) => RoutineStep) => {
    const local = clock.dayOf(at);
    const steps = record(local.key, local.weekday).steps;
    const list = steps.get(counter) ?? [];
    list.push(step(local.minute));
    steps.set(counter, list);
  };

  // The days a future may borrow: the same weekday once three have been seen, the same kind of
  // day until then, and any recent day for a kind of day never seen yet.
  const borrowable = (todayKey: number, weekday: number): DayRecord[] => {
    const past = [...days.values()].filter((record) => record.key < todayKey).sort((a, b) => b.key - a.key);
    const sameWeekday = past.filter((record) => record.weekday === weekday).slice(0, sameWeekdayDays);
    if (sameWeekday.length >= enoughSameWeekday) return sameWeekday;
    const sameKind = past.filter((record) => dayKind(record.weekday) === dayKind(weekday)).slice(0, sameKindDays);
    return sameKind.length > 0 ? sameKind : past.slice(0, sameKindDays);
  };

  // A borrowed day's steps after now, as a plan for today: today's breaks already taken are skipped.
  const planFrom = (borrowed: DayRecord, today: DayRecord | undefined, todayKey: number, now: number, nowMinute: number) => {
    const result = new Map<string, CounterPlan>();
    const minutesUntil = (wallMinute: number) => (clock.instant(todayKey, wallMinute) - now) / minute;
    for (const [counter, steps] of borrowed.steps) {
      const takenToday = (today?.steps.get(counter) ?? []).filter((step) => step.kind === 'pause').map((step) => step.at);
      // The break it is on now, if any, is the borrowed day's break nearest in time to today's last.
      const latest = takenToday.at(-1);
      let sameBreak: RoutineStep | undefined;
      for (const step of steps) {
        if (step.kind !== 'pause' || latest === undefined || Math.abs(step.at - latest) > sameBreakMinutes) continue;
        if (!sameBreak || Math.abs(step.at - latest) < Math.abs(sameBreak.at - latest)) sameBreak = step;
      }
      const plan: CounterPlan = {
        opensIn: undefined,
        services: [],
        pauses: [],
        closesIn: Number.POSITIVE_INFINITY,
        breakMinutes: sameBreak?.kind === 'pause' ? sameBreak.minutes : undefined,
      };
      for (const step of steps) {
        if (step.kind === 'open' && step.at > nowMinute && plan.opensIn === undefined) {
          plan.opensIn = minutesUntil(step.at);
          plan.services = step.services;
        } else if (step.kind === 'pause' && step.at > nowMinute - 30 && !takenToday.some((at) => at >= step.at - sameBreakMinutes)) {
          plan.pauses.push({ in: Math.max(0, minutesUntil(step.at)), minutes: step.minutes });
        } else if (step.kind === 'close' && step.at > nowMinute && step.at < borrowed.lastIssue && plan.closesIn === Number.POSITIVE_INFINITY) {
          plan.closesIn = minutesUntil(step.at);
        }
      }
      result.set(counter, plan);
    }
    return result;
  };

  return {
    observe(event) {
      const time = Date.parse(event.at);
      switch (event.type) {
        case 'ticket.issued': {
          const local = clock.dayOf(time);
          record(local.key, local.weekday).lastIssue = local.minute;
          break;
        }
        case 'counter.opened': {
          const since = pausedAt.get(event.counter);
          pausedAt.delete(event.counter);
          if (since !== undefined) {
            const steps = days.get(clock.dayOf(since).key)?.steps.get(event.counter);
            const pause = steps?.findLast((step) => step.kind === 'pause');
            if (pause?.kind === 'pause') pause.minutes = (time - since) / minute;
          } else {
            add(time, event.counter, (at) => ({ kind: 'open', at, services: [...event.services] }));
          }
          plans.clear();
          break;
        }
        case 'counter.paused':
          pausedAt.set(event.counter, time);
          add(time, event.counter, (at) => ({ kind: 'pause', at, minutes: 15 }));
          plans.clear();
          break;
        case 'counter.closed':
          pausedAt.delete(event.counter);
          add(time, event.counter, (at) => ({ kind: 'close', at }));
          plans.clear();
          break;
        default:
          break;
      }
    },
    sample(random, now) {
      const today = clock.dayOf(now);
      // Plans depend on the minute only through the borrowed day; cache them per minute.
      const slot = today.key * 2880 + Math.floor(today.minute);
      let cached = plans.get(slot);
      if (!cached) {
        const pool = borrowable(today.key, today.weekday);
        if (pool.length === 0) return undefined;
        const todayRecord = days.get(today.key);
        cached = pool.map((borrowed) => planFrom(borrowed, todayRecord, today.key, now, today.minute));
        if (plans.size > 50) plans.clear();
        plans.set(slot, cached);
      }
      return cached[Math.floor(random() * cached.length)];
    },
  };
}

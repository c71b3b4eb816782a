// A deterministic log factory for estimator tests: whole store days in a time zone, counters that open, break and close at
// local times, walk-ins at fixed intervals served at once by a free counter; then a queue left waiting at a chosen moment.
import { queueEventSchema, type QueueEvent, type QueueEventInput } from '../../../shared/queue/queue-events.ts';
import { applyQueueEvent, emptyQueueState, type QueueState } from '../../../shared/queue/queue-state.ts';
import { createStoreClock, type StoreClock } from '../../../shared/queue/estimate/store-clock.ts';
import type { WaitEstimator } from '../../../shared/queue/estimate/wait-estimator.ts';

const minute = 60_000;

export interface CounterDay {
  id: string;
  services: string[];
  /** Local "HH:MM". */
  opens: string;
  closes: string;
  pauses?: { at: string; minutes: number }[];
}

export interface StoreDay {
  /** The local date, "2026-03-16". */
  date: string;
  counters: CounterDay[];
  /** Minutes between walk-ins, per service. */
  every: Record<string, number>;
  /** Walk-ins stop this long before the last counter closes, so every day ends empty. Default 20. */
  lastTicketBefore?: number;
}

const wall = (clock: string) => {
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  return hours * 60 + minutes;
};
const dayKey = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** The instant of a local "HH:MM" on a local date. */
function localTime(clock: StoreClock, date: string, at: string): number {
  return clock.instant(dayKey(date), wall(at));
}

/**
 * One day's events, in order. Services take 3, 4 or 5 minutes in turn; a ticket is called half a
 * minute after it is issued, or after its counter is free, by the counter free first among those
 * open for its service; a ticket no counter can finish before its pause or close is not issued.
 */
function storeDay(clock: StoreClock, day: StoreDay, prefix = day.date): QueueEventInput[] {
  const at = (clockTime: string) => localTime(clock, day.date, clockTime);
  const events: { time: number; order: number; event: QueueEventInput }[] = [];
  const push = (time: number, order: number, event: QueueEventInput) => events.push({ time, order, event });
  const iso = (time: number) => new Date(time).toISOString();
  const busyUntil = new Map(day.counters.map((counter) => [counter.id, at(counter.opens)]));
  for (const counter of day.counters) {
    push(at(counter.opens), 0, { type: 'counter.opened', at: iso(at(counter.opens)), counter: counter.id, services: counter.services });
    for (const pause of counter.pauses ?? []) {
      push(at(pause.at), 1, { type: 'counter.paused', at: iso(at(pause.at)), counter: counter.id });
      const back = at(pause.at) + pause.minutes * minute;
      push(back, 0, { type: 'counter.opened', at: iso(back), counter: counter.id, services: counter.services });
    }
    push(at(counter.closes), 1, { type: 'counter.closed', at: iso(at(counter.closes)), counter: counter.id });
  }
  // A counter can take a service from `start` to `end` if it is open and not on a break throughout.
  const canServe = (counter: CounterDay, start: number, end: number) =>
    start >= at(counter.opens) &&
    end <= at(counter.closes) &&
    !(counter.pauses ?? []).some((pause) => start < at(pause.at) + pause.minutes * minute && end > at(pause.at));
  const firstOpen = Math.min(...day.counters.map((counter) => at(counter.opens)));
  const lastClose = Math.max(...day.counters.map((counter) => at(counter.closes)));
  const arrivals = Object.entries(day.every)
    .flatMap(([service, every]) => {
      const times: { service: string; time: number }[] = [];
      for (let time = firstOpen + 2 * minute; time < lastClose - (day.lastTicketBefore ?? 20) * minute; time += every * minute) times.push({ service, time });
      return times;
    })
    .sort((a, b) => a.time - b.time);
  arrivals.forEach(({ service, time }, index) => {
    const took = (3 + (index % 3)) * minute;
    let best: { counter: CounterDay; start: number } | undefined;
    for (const counter of day.counters) {
      if (!counter.services.includes(service)) continue;
      let start = Math.max(time + minute / 2, busyUntil.get(counter.id) as number);
      // After a break that would cut the service short, the counter calls once it is back.
      for (const pause of counter.pauses ?? []) if (!canServe(counter, start, start + took) && start < at(pause.at) + pause.minutes * minute) start = Math.max(start, at(pause.at) + pause.minutes * minute + minute / 2);
      if (canServe(counter, start, start + took) && (!best || start < best.start)) best = { counter, start };
    }
    if (!best) return;
    const ticket = `${prefix}-${index}`;
    busyUntil.set(best.counter.id, best.start + took);
    push(time, 2, { type: 'ticket.issued', at: iso(time), ticket, number: ticket, service, kind: 'service' });
    push(best.start, 3, { type: 'ticket.called', at: iso(best.start), ticket, counter: best.counter.id });
    push(best.start + took, 1, { type: 'ticket.served', at: iso(best.start + took), ticket, counter: best.counter.id });
  });
  return events.sort((a, b) => a.time - b.time || a.order - b.order).map((entry) => entry.event);
}

/** A queue folded from events as the engine folds them, feeding every estimator as it goes. */
export function storeQueue(estimators: WaitEstimator[], timeZone: string) {
  const state: QueueState = emptyQueueState();
  const clock = createStoreClock(timeZone);
  const apply = (events: readonly QueueEventInput[]) => {
    for (const input of events) {
      const event: QueueEvent = queueEventSchema.parse(input);
      const outcome = applyQueueEvent(state, event);
      for (const estimator of estimators) estimator.observe(event, outcome, state);
    }
  };
  return {
    state,
    clock,
    apply,
    /** Folds whole days. */
    days(days: readonly StoreDay[]) {
      for (const day of days) apply(storeDay(clock, day));
    },
    /**
     * Today up to `until` (local): the day's routine so far, then each counter in `busy` serving a
     * customer since a minute ago, and `waiting` tickets of `service` issued in the last minute.
     */
    today(day: StoreDay, until: string, { busy, waiting, service }: { busy: string[]; waiting: number; service: string }) {
      const cut = localTime(clock, day.date, until);
      const events = storeDay(clock, day);
      // Only customers already gone by then: the counters are free for the queue the test sets up.
      const lastOf = new Map<string, number>();
      for (const event of events) if ('ticket' in event) lastOf.set(event.ticket, Date.parse(event.at));
      apply(events.filter((event) => ('ticket' in event ? (lastOf.get(event.ticket) as number) < cut - 2 * minute : Date.parse(event.at) < cut)));
      const iso = (time: number) => new Date(time).toISOString();
      busy.forEach((counter, index) => {
        const ticket = `busy-${day.date}-${index}`;
        apply([
          { type: 'ticket.issued', at: iso(cut - 2 * minute), ticket, number: ticket, service, kind: 'service' },
          { type: 'ticket.called', at: iso(cut - minute), ticket, counter },
        ]);
      });
      for (let index = 0; index < waiting; index += 1) {
        const ticket = `waiting-${day.date}-${index}`;
        apply([{ type: 'ticket.issued', at: iso(cut - minute + index * 1000), ticket, number: ticket, service, kind: 'service' }]);
      }
      return cut;
    },
  };
}

/** Consecutive local dates from `first` ("2026-03-02"), with their weekday (0 = Monday). */
export function datesFrom(first: string, count: number): { date: string; weekday: number }[] {
  const start = Date.parse(`${first}T00:00:00Z`);
  return Array.from({ length: count }, (_, index) => {
    const day = new Date(start + index * 86_400_000);
    return { date: day.toISOString().slice(0, 10), weekday: (day.getUTCDay() + 6) % 7 };
  });
}

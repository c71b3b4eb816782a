// The tickets still to be issued that may get ahead of one already waiting, learned per service, kind of day and local hour.
//
// Under the calling rule a ticket issued later passes one already waiting whenever its ready time
// is earlier. That happens three ways, and each is learned as its own stream of arrivals:
// - `ahead`: ready before it was issued: a priority ticket, or an appointment checking in late or
//   within its advance; it can pass anyone waiting less than its advance;
// - `plain`: ready when issued, an ordinary walk-in; it passes only a ticket whose ready time is
//   still to come, such as an appointment checked in early, which every walk-in before its booked
//   time goes ahead of;
// - `behind`: ready after it was issued, an appointment checked in early; it passes a ticket whose
//   ready time is later still.
// Rates are per hour of the store's own clock and per kind of day (weekday, Saturday, Sunday),
// leaning on every day's rate for that hour while a kind of day has been seen only a little.
import { readyTime } from '../calling-rule.ts';
import type { QueueEvent } from '../queue-events.ts';
import { exponential, type Random } from './random.ts';
import { dayKind, type DayKind, type StoreClock } from './store-clock.ts';

const minute = 60_000;
const hour = 60 * minute;

export interface FutureArrival {
  service: string;
  arrivesAt: number;
  readyAt: number;
}

export interface FutureArrivals {
  observe(event: QueueEvent): void;
  /** Tickets of a service per hour expected at an instant, of every stream. */
  ratePerHour(service: string, at: number): number;
  /** One possible future: the tickets issued after `now` whose ready time comes before `readyBefore`. */
  sample(random: Random, now: number, readyBefore: number, services: Iterable<string>): FutureArrival[];
}

const streams = ['ahead', 'plain', 'behind'] as const;
type Stream = (typeof streams)[number];
const kinds: readonly DayKind[] = ['weekday', 'saturday', 'sunday'];
const slots = kinds.length * 24;

// Only the most recent offsets: a store that changes its rules is followed within a day.
const keptOffsets = 40;
// Open hours of every kind of day that a rate of one kind of day counts as, until it has its own.
const kindPriorHours = 3;

interface ServiceArrivals {
  /** Tickets issued per stream and slot (kind of day × hour). */
  counts: Record<Stream, Float64Array>;
  /** Recent ready-minus-issue offsets in minutes, for the streams that have one. */
  offsets: Record<'ahead' | 'behind', number[]>;
}

export function createFutureArrivals(clock: StoreClock): FutureArrivals {
  // Open hours seen per slot: every clock hour between a day's first event and its last.
  const hoursSeen = new Float64Array(slots);
  const services = new Map<string, ServiceArrivals>();
  let lastHour = Number.NaN;
  let lastDayKey = Number.NaN;

  const slotOf = (at: number) => {
    const local = clock.dayOf(at);
    return kinds.indexOf(dayKind(local.weekday)) * 24 + (Math.floor(local.minute / 60) % 24);
  };
  const arrivalsOf = (service: string) => {
    let found = services.get(service);
    if (!found) {
      found = {
        counts: { ahead: new Float64Array(slots), plain: new Float64Array(slots), behind: new Float64Array(slots) },
        offsets: { ahead: [], behind: [] },
      };
      services.set(service, found);
    }
    return found;
  };
  // Per millisecond, in the slot of `at`.
  const rateOf = (found: ServiceArrivals, stream: Stream, at: number) => {
    const slot = slotOf(at);
    const hourOfDay = slot % 24;
    let allCount = 0;
    let allSeen = 0;
    for (let kind = 0; kind < kinds.length; kind += 1) {
      allCount += found.counts[stream][kind * 24 + hourOfDay] as number;
      allSeen += hoursSeen[kind * 24 + hourOfDay] as number;
    }
    if (allSeen === 0) return 0;
    const everyDay = allCount / allSeen;
    return ((found.counts[stream][slot] as number) + kindPriorHours * everyDay) / ((hoursSeen[slot] as number) + kindPriorHours) / hour;
  };
  // Poisson arrivals of one stream over [from, until), the rate held per local hour.
  const arrivalsBetween = (random: Random, found: ServiceArrivals, stream: Stream, from: number, until: number, each: (at: number) => void) => {
    let at = from;
    while (at < until) {
      const local = clock.dayOf(at);
      const boundary = Math.min(until, at + (60 - (local.minute % 60)) * minute);
      const rate = rateOf(found, stream, at);
      const next = rate > 0 ? at + exponential(random, 1 / rate) : Number.POSITIVE_INFINITY;
      // Memoryless: past an hour's end, draw again at the next hour's rate.
      if (next >= boundary) at = boundary;
      else {
        each(next);
        at = next;
      }
    }
  };

  return {
    observe(event) {
      const time = Date.parse(event.at);
      const clockHour = Math.floor(time / hour);
      if (clockHour !== lastHour) {
        const dayKey = clock.dayOf(time).key;
        // The hours since the last event of the same day were open too, however quiet.
        const from = dayKey === lastDayKey && clockHour > lastHour ? lastHour + 1 : clockHour;
        for (let counted = from; counted <= clockHour; counted += 1) {
          const slot = slotOf(counted * hour + hour / 2);
          hoursSeen[slot] = (hoursSeen[slot] as number) + 1;
        }
        lastHour = clockHour;
        lastDayKey = dayKey;
      }
      if (event.type !== 'ticket.issued') return;
      const appointmentAt = event.appointmentAt === undefined ? undefined : Date.parse(event.appointmentAt);
      const offset = (readyTime({ issuedAt: time, advanceMinutes: event.advanceMinutes, appointmentAt }) - time) / minute;
      const stream: Stream = offset < 0 ? 'ahead' : offset > 0 ? 'behind' : 'plain';
      const found = arrivalsOf(event.service);
      const slot = slotOf(time);
      found.counts[stream][slot] = (found.counts[stream][slot] as number) + 1;
      if (stream === 'plain') return;
      const recent = found.offsets[stream];
      recent.push(offset);
      if (recent.length > keptOffsets) recent.shift();
    },
    ratePerHour(service, at) {
      const found = services.get(service);
      return found ? streams.reduce((sum, stream) => sum + rateOf(found, stream, at) * hour, 0) : 0;
    },
    sample(random, now, readyBefore, serviceIds) {
      const arrivals: FutureArrival[] = [];
      for (const service of serviceIds) {
        const found = services.get(service);
        if (!found) continue;
        const keep = (offsets: readonly number[]) => (at: number) => {
          const offset = offsets.length === 0 ? 0 : (offsets[Math.floor(random() * offsets.length)] as number);
          const readyAt = at + offset * minute;
          if (readyAt < readyBefore) arrivals.push({ service, arrivesAt: at, readyAt });
        };
        // Each stream only over the span in which one of its tickets can still be ready in time.
        const ahead = found.offsets.ahead;
        if (ahead.length > 0) arrivalsBetween(random, found, 'ahead', now, readyBefore - Math.min(...ahead) * minute, keep(ahead));
        arrivalsBetween(random, found, 'plain', now, readyBefore, keep([]));
        const behind = found.offsets.behind;
        if (behind.length > 0) arrivalsBetween(random, found, 'behind', now, readyBefore - Math.min(...behind) * minute, keep(behind));
      }
      return arrivals;
    },
  };
}

// How often priority tickets arrive per service and hour of the day, and how far ahead they go: they can pass a ticket already waiting.
import type { QueueEvent } from '../queue-events.ts';
import { exponential, type Random } from './random.ts';

const hour = 3_600_000;

export interface PriorityArrival {
  service: string;
  arrivesAt: number;
  readyAt: number;
}

export interface PriorityArrivals {
  observe(event: QueueEvent): void;
  /** Priority tickets per hour expected for a service at a time (UTC hour of day; logs carry their own offsets). */
  ratePerHour(service: string, at: number): number;
  /** One possible future: the priority tickets issued after `now` that may be ready before `readyBefore`. */
  sample(random: Random, now: number, readyBefore: number, services: Iterable<string>): PriorityArrival[];
}

// Only the most recent advances: a store that changes its priority rules is followed within a day.
const keptAdvances = 40;

export function createPriorityArrivals(): PriorityArrivals {
  // Per hour of the day: how many distinct clock hours the kiosk has seen open, and per service the priority tickets issued.
  const hoursSeen = new Array<number>(24).fill(0);
  const counts = new Map<string, number[]>();
  const advances = new Map<string, number[]>();
  let lastHour = Number.NaN;

  const ratePerHour = (service: string, at: number) => {
    const slot = new Date(at).getUTCHours();
    const seen = hoursSeen[slot] as number;
    const count = counts.get(service)?.[slot] ?? 0;
    return seen === 0 ? 0 : count / seen;
  };

  return {
    observe(event) {
      const time = Date.parse(event.at);
      const clockHour = Math.floor(time / hour);
      if (clockHour !== lastHour) {
        lastHour = clockHour;
        const slot = new Date(time).getUTCHours();
        hoursSeen[slot] = (hoursSeen[slot] as number) + 1;
      }
      if (event.type !== 'ticket.issued' || event.advanceMinutes <= 0 || event.appointmentAt !== undefined) return;
      const slot = new Date(time).getUTCHours();
      const perHour = counts.get(event.service) ?? new Array<number>(24).fill(0);
      perHour[slot] = (perHour[slot] as number) + 1;
      counts.set(event.service, perHour);
      const recent = advances.get(event.service) ?? [];
      recent.push(event.advanceMinutes);
      if (recent.length > keptAdvances) recent.shift();
      advances.set(event.service, recent);
    },
    ratePerHour,
    sample(random, now, readyBefore, services) {
      const arrivals: PriorityArrival[] = [];
      for (const service of services) {
        const recent = advances.get(service);
        if (!recent || recent.length === 0) continue;
        const rate = ratePerHour(service, now) / hour;
        if (rate <= 0) continue;
        const furthest = Math.max(...recent) * 60_000;
        // Only those issued within their advance of the last ready time can pass anyone.
        const until = readyBefore + furthest;
        for (let at = now + exponential(random, 1 / rate); at < until; at += exponential(random, 1 / rate)) {
          const advance = recent[Math.floor(random() * recent.length)] as number;
          const readyAt = at - advance * 60_000;
          if (readyAt < readyBefore) arrivals.push({ service, arrivesAt: at, readyAt });
        }
      }
      return arrivals;
    },
  };
}

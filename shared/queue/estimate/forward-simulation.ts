// One Monte Carlo pass over the queue as it stands: many possible futures, each giving a wait for every waiting ticket at once.
//
// Only what can reach a ticket already waiting is simulated: the services in progress (how long
// they have run counts), the counters open or on a break, the tickets ahead of it under the calling
// rule, and the tickets still to be issued whose ready time comes before its own: priority tickets
// and late appointments, which pass it by their advance, and, for a ticket whose ready time is
// still ahead (an appointment checked in early), every walk-in issued before that time. Called
// customers who never come cost their counter a few minutes. Each future also borrows a past day
// of the same kind for the counters' routine: openings, breaks and shift ends to come.
import type { CallableTicket } from '../calling-rule.ts';
import type { QueueState } from '../queue-state.ts';
import type { CounterHabits } from './counter-habits.ts';
import type { CounterPlan, CounterRoutine } from './counter-routine.ts';
import type { FutureArrivals } from './future-arrivals.ts';
import type { Random } from './random.ts';
import type { Sliced } from './wait-estimator.ts';
import type { ServiceTimes } from './service-times.ts';

const minute = 60_000;

export interface QueueModel {
  serviceTimes: ServiceTimes;
  habits: CounterHabits;
  arrivals: FutureArrivals;
  routine: CounterRoutine;
}

interface SimCounter {
  id: string;
  services: number[];
  /** How much slower than usual its clerk is. */
  speed: number;
  /** The service, its factor (speed and pace when it began) and no-show chance of the ticket in progress, if any. */
  busyService: string | undefined;
  busyFactor: number;
  busyElapsed: number;
  busyNoShowChance: number;
  pausedElapsed: number | undefined;
  leaving: boolean;
}

interface RunCounter {
  counter: SimCounter;
  pauses: { in: number; minutes: number }[];
  nextPause: number;
  closesIn: number;
  breakMinutes: number | undefined;
}

interface Extra {
  service: number;
  arrivesAt: number;
  readyAt: number;
  taken: boolean;
}

/**
 * Waits in minutes from `now`, run by run: `result[run * targets.length + index]`; Infinity when
 * no counter that may call the ticket remains. `targets` must be in calling order. One run per
 * slice: a run over 1,000 waiting tickets takes about a millisecond.
 */
export function* simulateWaitsInSlices(
  state: QueueState,
  now: number,
  targets: readonly CallableTicket[],
  model: QueueModel,
  random: Random,
  runs: number,
): Sliced<Float64Array> {
  const { serviceTimes, habits, arrivals } = model;
  const result = new Float64Array(runs * targets.length).fill(Number.POSITIVE_INFINITY);
  if (targets.length === 0) return result;
  // The services of waiting tickets first, then the others their counters serve: a ticket of
  // those, issued later, can still take such a counter first.
  const serviceIds: string[] = [];
  const serviceIndex = new Map<string, number>();
  const queues: number[][] = [];
  const indexOf = (service: string) => {
    let found = serviceIndex.get(service);
    if (found === undefined) {
      found = serviceIds.length;
      serviceIds.push(service);
      serviceIndex.set(service, found);
      queues.push([]);
    }
    return found;
  };
  targets.forEach((ticket, index) => (queues[indexOf(ticket.service)] as number[]).push(index));
  const waitedFor = serviceIds.length;
  const servesTarget = (services: readonly string[]) => services.some((service) => (serviceIndex.get(service) ?? waitedFor) < waitedFor);
  for (const desk of state.counters.values()) if (servesTarget(desk.services)) desk.services.forEach(indexOf);
  const readyIn = targets.map((ticket) => (ticket.readyAt - now) / minute);
  const latestReady = Math.max(...targets.map((ticket) => ticket.readyAt));

  const counters: SimCounter[] = [];
  for (const desk of state.counters.values()) {
    const stint = desk.serving === undefined ? undefined : state.inService.get(desk.serving);
    if (!servesTarget(desk.services) || (desk.status === 'closed' && !stint)) continue;
    const services = desk.services.map(indexOf);
    let busyNoShowChance = 0;
    const busyElapsed = stint ? Math.max(0, (now - stint.calledAt) / minute) : 0;
    const speed = serviceTimes.counterFactor(desk.id);
    const busyFactor = stint ? speed * serviceTimes.pace(stint.calledAt) : speed;
    // A customer staff saw arrive is being served: no longer a possible no-show.
    if (stint && stint.startedAt === undefined) {
      // Someone called long ago is less and less likely to be a no-show still being waited for.
      const chance = habits.noShowRate(stint.ticket.service);
      const noShowLasts = chance * habits.noShowTime.survival(busyElapsed);
      const serviceLasts = (1 - chance) * serviceTimes.survival(stint.ticket.service, busyFactor, busyElapsed);
      busyNoShowChance = noShowLasts + serviceLasts > 0 ? noShowLasts / (noShowLasts + serviceLasts) : 0;
    }
    counters.push({
      id: desk.id,
      services,
      speed,
      busyFactor,
      busyService: stint?.ticket.service,
      busyElapsed,
      busyNoShowChance,
      pausedElapsed: desk.status === 'paused' ? Math.max(0, (now - desk.since) / minute) : undefined,
      leaving: desk.status === 'closed',
    });
  }
  // A counter open or on a break now takes only breaks and a shift end from a borrowed day.
  const present = new Set(counters.map((counter) => counter.id));
  const absent = new Map<string, SimCounter>();
  // A counter closed now joins a future only if the borrowed day opens it later on.
  const joining = (id: string, plan: CounterPlan): SimCounter | undefined => {
    let counter = absent.get(id);
    if (!counter) {
      if (!servesTarget(plan.services)) return undefined;
      const services = plan.services.map((service) => serviceIndex.get(service)).filter((index) => index !== undefined);
      const speed = serviceTimes.counterFactor(id);
      counter = { id, services, speed, busyFactor: speed, busyService: undefined, busyElapsed: 0, busyNoShowChance: 0, pausedElapsed: undefined, leaving: false };
      absent.set(id, counter);
    }
    return counter;
  };

  const noShowRates = serviceIds.map((service) => habits.noShowRate(service));
  const running: RunCounter[] = [];
  let freeAt = new Float64Array(counters.length);
  let active = new Uint8Array(counters.length);
  const heads = new Int32Array(serviceIds.length);
  const extras: Extra[][] = serviceIds.map(() => []);

  // The pace of service by the hour and today, per five minutes from now.
  const paces = new Float64Array(24 * 12).fill(Number.NaN);
  const paceIn = (minutes: number) => {
    const slot = Math.min(paces.length - 1, Math.max(0, Math.floor(minutes / 5)));
    let found = paces[slot] as number;
    if (Number.isNaN(found)) {
      found = serviceTimes.pace(now + slot * 5 * minute);
      paces[slot] = found;
    }
    return found;
  };
  const serve = (counter: SimCounter, service: number, time: number) => {
    const took =
      random() < (noShowRates[service] as number)
        ? habits.noShowTime.sample(random)
        : serviceTimes.sample(random, serviceIds[service] as string, counter.speed * paceIn(time));
    return took + habits.callGap.sample(random);
  };

  for (let run = 0; run < runs; run += 1) {
    const offset = run * targets.length;
    heads.fill(0);
    for (const list of extras) list.length = 0;
    for (const arrival of arrivals.sample(random, now, latestReady, serviceIds)) {
      const service = serviceIndex.get(arrival.service) as number;
      (extras[service] as Extra[]).push({ service, arrivesAt: (arrival.arrivesAt - now) / minute, readyAt: (arrival.readyAt - now) / minute, taken: false });
    }
    const plans = model.routine.sample(random, now);
    running.length = 0;
    for (const counter of counters) {
      const plan = plans?.get(counter.id);
      running.push({ counter, pauses: plan?.pauses ?? [], nextPause: 0, closesIn: plan?.closesIn ?? Number.POSITIVE_INFINITY, breakMinutes: plan?.breakMinutes });
    }
    const opening: number[] = [];
    if (plans) {
      for (const [id, plan] of plans) {
        if (present.has(id) || plan.opensIn === undefined) continue;
        const counter = joining(id, plan);
        if (!counter) continue;
        running.push({ counter, pauses: plan.pauses, nextPause: 0, closesIn: plan.closesIn, breakMinutes: undefined });
        opening[running.length - 1] = plan.opensIn;
      }
    }
    if (freeAt.length < running.length) {
      freeAt = new Float64Array(running.length);
      active = new Uint8Array(running.length);
    }
    active.fill(0);
    running.forEach(({ counter, breakMinutes }, index) => {
      let start = opening[index] ?? 0;
      if (counter.busyService !== undefined) {
        start += random() < counter.busyNoShowChance
          ? habits.noShowTime.sampleRemaining(random, counter.busyElapsed)
          : serviceTimes.sampleRemaining(random, counter.busyService, counter.busyFactor, counter.busyElapsed);
      }
      if (counter.pausedElapsed !== undefined) {
        // A lunch break lasts like this counter's lunch on the borrowed day, not like the store's average break.
        start += breakMinutes !== undefined && breakMinutes > counter.pausedElapsed ? breakMinutes - counter.pausedElapsed : habits.breaks.sampleRemaining(random, counter.pausedElapsed);
      }
      freeAt[index] = start + habits.callGap.sample(random);
      active[index] = 1;
    });
    let remaining = targets.length;
    while (remaining > 0) {
      let chosen = -1;
      for (let index = 0; index < running.length; index += 1) {
        if (active[index] && (chosen < 0 || (freeAt[index] as number) < (freeAt[chosen] as number))) chosen = index;
      }
      if (chosen < 0) break;
      const run = running[chosen] as RunCounter;
      const counter = run.counter;
      const time = freeAt[chosen] as number;
      if (counter.leaving || time >= run.closesIn) {
        active[chosen] = 0;
        continue;
      }
      const pause = run.pauses[run.nextPause];
      if (pause && pause.in <= time) {
        run.nextPause += 1;
        freeAt[chosen] = time + pause.minutes;
        continue;
      }
      // The earliest ready ticket among its services: a waiting one, or one issued since and arrived by now.
      let bestTarget = -1;
      let bestExtra: Extra | undefined;
      let bestReady = Number.POSITIVE_INFINITY;
      for (const service of counter.services) {
        const queue = queues[service] as number[];
        const head = heads[service] as number;
        if (head < queue.length) {
          const index = queue[head] as number;
          if ((readyIn[index] as number) < bestReady) {
            bestReady = readyIn[index] as number;
            bestTarget = index;
            bestExtra = undefined;
          }
        }
      }
      if (bestTarget < 0) {
        // Nobody it serves is left waiting: nothing it does from here reaches a waiting ticket.
        active[chosen] = 0;
        continue;
      }
      for (const service of counter.services) {
        for (const extra of extras[service] as Extra[]) {
          if (!extra.taken && extra.arrivesAt <= time && extra.readyAt < bestReady) {
            bestReady = extra.readyAt;
            bestExtra = extra;
          }
        }
      }
      if (bestExtra) {
        bestExtra.taken = true;
        freeAt[chosen] = time + serve(counter, bestExtra.service, time);
      } else {
        const service = serviceIndex.get((targets[bestTarget] as CallableTicket).service) as number;
        heads[service] = (heads[service] as number) + 1;
        result[offset + bestTarget] = time;
        remaining -= 1;
        freeAt[chosen] = time + serve(counter, service, time);
      }
    }
    yield;
  }
  return result;
}

// A discrete-event simulation of a store's queue over days, told only through the real queue events the kiosk would record.
//
// Customers arrive as a Poisson process whose rate follows the hour, the weekday and the day's
// mood; service times are log-normal, skewed, with a rare very long case, slower late in the day
// and per clerk; counters open and close by shift, take breaks after finishing their customer, call
// the next ticket by the real calling rule a few seconds after finishing, and wait a couple of
// minutes for customers who never come. Days follow the store's own clock, in its time zone, with
// its summer-time changes, and a day of the week may keep other hours (a short Saturday). Some
// customers hold an appointment and check in before or after their booked time. Its own truth
// stays inside: the estimator sees the events.
import { nextTicket } from '../../../shared/queue/calling-rule.ts';
import type { QueueEvent } from '../../../shared/queue/queue-events.ts';
import { applyQueueEvent, emptyQueueState } from '../../../shared/queue/queue-state.ts';
import { createRandom, exponential, normal } from '../../../shared/queue/estimate/random.ts';
import { createStoreClock } from '../../../shared/queue/estimate/store-clock.ts';
import { createEventHeap } from './event-heap.ts';
import { scheduleOf } from './day-schedule.ts';
import type { CounterPlan, ServicePlan, StoreScenario } from './store-scenarios.ts';

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;
/** Monday 5 January 2026. */
const defaultFirstDay = '2026-01-05';

type Happening =
  | { kind: 'arrival' }
  | { kind: 'call'; counter: Desk }
  | { kind: 'finish'; counter: Desk; ticket: string; noShow: boolean }
  | { kind: 'recall'; counter: Desk; ticket: string }
  | { kind: 'abandon'; ticket: string }
  | { kind: 'shiftStart'; counter: Desk }
  | { kind: 'shiftEnd'; counter: Desk; last: boolean }
  | { kind: 'breakStart'; counter: Desk; minutes: number }
  | { kind: 'breakEnd'; counter: Desk }
  | { kind: 'storeClosed' };

interface Desk {
  plan: CounterPlan;
  status: 'open' | 'paused' | 'closed';
  busy: boolean;
  callPending: boolean;
  closing: boolean;
  draining: boolean;
  breakDue: number | undefined;
}

interface DayMood {
  arrivals: number;
  pace: number;
}

export interface SimulationOptions {
  /** Days to simulate; the scenario's own count by default. */
  days?: number;
}

/** Runs the scenario and hands every queue event, in time order, to `emit`. */
export function simulateStore(scenario: StoreScenario, emit: (event: QueueEvent) => void, options: SimulationOptions = {}): void {
  const random = createRandom(scenario.seed);
  const state = emptyQueueState();
  const heap = createEventHeap<Happening>();
  const desks = scenario.counters.map((plan): Desk => ({ plan, status: 'closed', busy: false, callPending: false, closing: false, draining: false, breakDue: undefined }));
  const services = new Map(scenario.services.map((service) => [service.id, service]));
  const noShows = new Set<string>();
  const numbers = new Map<string, number>();
  let ticketCount = 0;
  let storeOpen = false;
  let mood: DayMood = { arrivals: 1, pace: 1 };
  const clock = createStoreClock(scenario.timeZone ?? 'UTC');
  const firstKey = Date.parse(`${scenario.firstDay ?? defaultFirstDay}T00:00:00Z`) / day;
  let today = scheduleOf(scenario, 0);
  let closingTime = 0;
  let weekdayFactor = 1;
  // Hours since local midnight, on the store's clock.
  const hoursOf = (at: number) => clock.dayOf(at).minute / 60;

  const record = (event: QueueEvent) => {
    applyQueueEvent(state, event);
    emit(event);
  };
  const iso = (at: number) => new Date(Math.round(at)).toISOString();
  const waitingFor = (desk: Desk) => [...state.waiting.values()].some((ticket) => desk.plan.services.includes(ticket.service));
  const close = (desk: Desk, at: number) => {
    desk.status = 'closed';
    desk.callPending = false;
    desk.closing = false;
    desk.draining = false;
    record({ type: 'counter.closed', at: iso(at), counter: desk.plan.id });
  };
  // A free counter calls a few seconds later: the clerk finishes up and presses "next".
  const tryCall = (desk: Desk, at: number, gap: number) => {
    if (desk.status !== 'open' || desk.busy || desk.callPending) return;
    if (!waitingFor(desk)) {
      if (desk.draining && !storeOpen) close(desk, at);
      return;
    }
    desk.callPending = true;
    heap.push(at + gap, { kind: 'call', counter: desk });
  };
  const afterFinishGap = () => 5 * second + exponential(random, 15 * second);
  const noticeGap = () => 3 * second + exponential(random, 8 * second);

  const serviceMinutes = (service: ServicePlan, desk: Desk, at: number) => {
    const lateness = Math.max(0, hoursOf(at) - today.opensAt) / (today.closesAt - today.opensAt);
    // Clerks slow down through the day, and one case in a hundred is a tangle.
    const tangle = random() < 0.01 ? 3 + 3 * random() : 1;
    const center = Math.log(service.meanMinutes) - (service.spread * service.spread) / 2;
    return Math.exp(center + service.spread * normal(random)) * desk.plan.speed * mood.pace * (1 + 0.12 * lateness) * tangle;
  };
  const rateAt = (at: number) => {
    const hours = hoursOf(at);
    if (hours < today.opensAt || hours >= today.closesAt) return 0;
    // Linear between hourly values, centred on each half hour, so the rate has no steps.
    const position = hours - 0.5;
    const below = Math.max(0, Math.floor(position));
    const share = position - below;
    const profile = today.arrivalsPerHour;
    const value = (profile[below] ?? 0) * (1 - share) + (profile[Math.min(23, below + 1)] ?? 0) * share;
    return Math.max(value, 0.5 * (profile[Math.floor(hours)] ?? 0)) * mood.arrivals * weekdayFactor;
  };
  const profiles = [scenario.arrivalsPerHour, ...(scenario.dayOverrides ?? []).map((override) => override.arrivalsPerHour ?? [])];
  const peakRate = Math.max(...profiles.flat()) * Math.max(...scenario.weekdayFactors) * 1.6;
  const scheduleArrival = (from: number) => {
    // Thinning: candidates at the peak rate, kept in proportion to the rate at their time.
    let at = from;
    for (;;) {
      at += exponential(random, hour / peakRate);
      if (at >= closingTime) return;
      if (random() * peakRate < rateAt(at)) break;
    }
    heap.push(at, { kind: 'arrival' });
  };
  // A service in proportion to its share, among all or among those named.
  const pickService = (among?: readonly string[]) => {
    const candidates = among ? scenario.services.filter((service) => among.includes(service.id)) : scenario.services;
    let draw = random() * candidates.reduce((sum, service) => sum + service.share, 0);
    for (const service of candidates) {
      draw -= service.share;
      if (draw < 0) return service;
    }
    return candidates.at(-1) as ServicePlan;
  };
  // An appointment holder checks in some minutes before or after the booked time, within the window.
  const appointmentFields = (at: number) => {
    const plan = scenario.appointments;
    if (!plan) return undefined;
    const early = Math.max(-plan.latestMinutes, Math.min(plan.earliestMinutes, plan.earlyMeanMinutes + plan.earlySpreadMinutes * normal(random)));
    return { kind: 'appointment', priority: 'appointment', advanceMinutes: plan.advanceMinutes, appointmentAt: iso(at + early * minute) } as const;
  };

  const arrive = (at: number) => {
    const booked = scenario.appointments !== undefined && random() < scenario.appointments.share;
    const service = booked ? pickService(scenario.appointments?.services) : pickService();
    ticketCount += 1;
    const number = (numbers.get(service.id) ?? 0) + 1;
    numbers.set(service.id, number);
    const ticket = `t${ticketCount}`;
    const priority = random() < scenario.priorityShare;
    const advance = scenario.priorityAdvanceMinutes[Math.floor(random() * scenario.priorityAdvanceMinutes.length)] ?? 10;
    record({
      type: 'ticket.issued',
      at: iso(at),
      ticket,
      number: `${service.prefix}${String(number).padStart(3, '0')}`,
      service: service.id,
      kind: 'service',
      ...(priority ? { priority: 'accessibility', advanceMinutes: advance } : { advanceMinutes: 0 }),
      ...(booked ? appointmentFields(at) : {}),
    });
    if (random() < service.noShowRate) noShows.add(ticket);
    if (random() < scenario.abandonShare) heap.push(at + exponential(random, scenario.patienceMinutes * minute), { kind: 'abandon', ticket });
    const idle = desks.filter((desk) => desk.status === 'open' && !desk.busy && !desk.callPending && desk.plan.services.includes(service.id));
    const first = idle[Math.floor(random() * idle.length)];
    if (first) tryCall(first, at, noticeGap());
    scheduleArrival(at);
  };

  const call = (desk: Desk, at: number) => {
    desk.callPending = false;
    if (desk.status !== 'open' || desk.busy) return;
    const ticket = nextTicket(desk.plan.services, [...state.waiting.values()]);
    if (!ticket) {
      if (desk.draining && !storeOpen) close(desk, at);
      return;
    }
    record({ type: 'ticket.called', at: iso(at), ticket: ticket.id, counter: desk.plan.id });
    desk.busy = true;
    if (noShows.has(ticket.id)) {
      heap.push(at + minute, { kind: 'recall', counter: desk, ticket: ticket.id });
      heap.push(at + (1.5 + 1.5 * random()) * minute, { kind: 'finish', counter: desk, ticket: ticket.id, noShow: true });
    } else {
      const service = services.get(ticket.service) as ServicePlan;
      heap.push(at + serviceMinutes(service, desk, at) * minute, { kind: 'finish', counter: desk, ticket: ticket.id, noShow: false });
    }
  };

  const finish = (desk: Desk, ticket: string, noShow: boolean, at: number) => {
    record({ type: noShow ? 'ticket.noShow' : 'ticket.served', at: iso(at), ticket, counter: desk.plan.id });
    desk.busy = false;
    if (desk.closing) return close(desk, at);
    if (desk.breakDue !== undefined) {
      startBreak(desk, desk.breakDue, at);
      return;
    }
    tryCall(desk, at, afterFinishGap());
  };
  const startBreak = (desk: Desk, minutes: number, at: number) => {
    desk.breakDue = undefined;
    desk.status = 'paused';
    desk.callPending = false;
    record({ type: 'counter.paused', at: iso(at), counter: desk.plan.id });
    heap.push(at + minutes * (0.85 + 0.45 * random()) * minute, { kind: 'breakEnd', counter: desk });
  };
  const open = (desk: Desk, at: number) => {
    desk.status = 'open';
    record({ type: 'counter.opened', at: iso(at), counter: desk.plan.id, services: desk.plan.services });
    tryCall(desk, at, noticeGap());
  };

  const planDay = (index: number) => {
    const key = firstKey + index;
    const weekday = clock.dayOf(clock.instant(key, 12 * 60)).weekday;
    today = scheduleOf(scenario, weekday);
    if (today.closed) return;
    weekdayFactor = scenario.weekdayFactors[weekday] ?? 1;
    mood = { arrivals: Math.exp(0.15 * normal(random)), pace: Math.exp(0.06 * normal(random)) };
    // Wall-clock hours of this local date, summer time or not.
    const at = (hours: number) => clock.instant(key, hours * 60);
    const { opensAt, closesAt } = today;
    for (const desk of desks) {
      const staffing = today.staffing.get(desk.plan.id);
      if (!staffing) continue;
      for (const [from, to] of staffing.shifts) {
        const jitter = () => (random() - 0.5) * 10 * minute;
        heap.push(at(from) + (from <= opensAt ? -5 * minute * random() : jitter()), { kind: 'shiftStart', counter: desk });
        heap.push(at(to) + (to >= closesAt ? 0 : jitter()), { kind: 'shiftEnd', counter: desk, last: to >= closesAt });
      }
      for (const pause of staffing.breaks) {
        heap.push(at(pause.at) + (random() - 0.5) * 40 * minute, { kind: 'breakStart', counter: desk, minutes: pause.minutes });
      }
    }
    closingTime = at(closesAt);
    heap.push(closingTime, { kind: 'storeClosed' });
    storeOpen = true;
    scheduleArrival(at(opensAt));
  };

  const days = options.days ?? scenario.days;
  for (let index = 0; index < days; index += 1) {
    planDay(index);
    for (let next = heap.pop(); next; next = heap.pop()) {
      const { at, item } = next;
      switch (item.kind) {
        case 'arrival':
          arrive(at);
          break;
        case 'call':
          call(item.counter, at);
          break;
        case 'finish':
          finish(item.counter, item.ticket, item.noShow, at);
          break;
        case 'recall':
          if (state.inService.get(item.ticket)?.counter === item.counter.plan.id) {
            record({ type: 'ticket.recalled', at: iso(at), ticket: item.ticket, counter: item.counter.plan.id });
          }
          break;
        case 'abandon':
          if (state.waiting.has(item.ticket)) record({ type: 'ticket.cancelled', at: iso(at), ticket: item.ticket });
          break;
        case 'shiftStart':
          open(item.counter, at);
          break;
        case 'shiftEnd': {
          const desk = item.counter;
          if (desk.status === 'closed') break;
          if (item.last) {
            desk.draining = true;
            if (desk.status === 'paused') break;
            if (!desk.busy && !waitingFor(desk) && !storeOpen) close(desk, at);
          } else if (desk.busy) desk.closing = true;
          else close(desk, at);
          break;
        }
        case 'breakStart': {
          const desk = item.counter;
          if (desk.status !== 'open' || desk.closing || desk.draining) break;
          if (desk.busy) desk.breakDue = item.minutes;
          else startBreak(desk, item.minutes, at);
          break;
        }
        case 'breakEnd': {
          const desk = item.counter;
          if (desk.status !== 'paused') break;
          if (desk.draining && !storeOpen && !waitingFor(desk)) close(desk, at);
          else open(desk, at);
          break;
        }
        case 'storeClosed':
          storeOpen = false;
          for (const desk of desks) if (desk.draining && desk.status === 'open' && !desk.busy && !desk.callPending && !waitingFor(desk)) close(desk, at);
          break;
      }
    }
    // Anyone still waiting when every counter has gone home would be a simulator fault.
    if (state.waiting.size > 0) throw new Error(`${scenario.id}: day ${index + 1} ended with ${state.waiting.size} tickets waiting`);
  }
}

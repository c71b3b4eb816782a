// The embedded queue: checks each customer and staff command against the day's state, writes its
// event to SQLite before anything else changes, folds it and tells the listeners; every wait is
// re-estimated off the request path (estimate-refresh.ts), and a call is answered with the latest
// estimates meanwhile; tickets are issued one per turn of the event loop (ticket-turns.ts). A
// restart folds the day back from the log; a new queue day starts at `dayStartsAt`.
import { randomUUID } from 'node:crypto';
import { appointmentClassId, type QueueConfig } from '../../../shared/config/queue-config.ts';
import type { CalledTicketView, FinishedTicketView } from '../../../shared/host-api/queue-views.ts';
import { callableAt, nextTicket } from '../../../shared/queue/calling-rule.ts';
import type { WaitEstimate, WaitEstimator } from '../../../shared/queue/estimate/wait-estimator.ts';
import { queueEventSchema, type QueueEvent, type QueueEventInput } from '../../../shared/queue/queue-events.ts';
import type { QueueOutcome, QueueTicket } from '../../../shared/queue/queue-state.ts';
import type { KioskDatabase } from '../storage/database.ts';
import { createSubjectHash } from '../storage/subject-hash.ts';
import type { UsageLog } from '../usage/usage-log.ts';
import { checkInVerdict, type AppointmentSource } from './appointments.ts';
import { guardedEstimator } from './guarded-estimator.ts';
import { createQueueEstimates } from './queue-estimates.ts';
import { createTicketTurns } from './ticket-turns.ts';
import { counterConfig, counterToClose, counterToPause, fail, findTicket, freeCounter, priorityClass, servingAt, serviceConfig } from './queue-checks.ts';
import { localClock, queueDayAt, queueDayBefore, queueDayOf } from './queue-day.ts';
import { cloneDayQueue, emptyDayQueue, foldEvent, nextNumber, type DayQueue } from './queue-fold.ts';
import { createQueueLog } from './queue-log.ts';
import type { QueueListeners, QueueSystem, ServedDetails } from './queue-system.ts';
import { issuedUsage, outcomeUsage, predictionOf, ticketFactsOf } from './queue-usage.ts';
import { counterQueueView } from './counter-queue-view.ts';
import { boardView, counterLabel, counterView, delayView, issuedTicketView, serviceOf, ticketStatusView, type QueueSnapshot } from './queue-view.ts';

export interface QueueEngineDeps {
  db: KioskDatabase;
  config: QueueConfig;
  estimator: WaitEstimator;
  appointments: AppointmentSource | null;
  usageLog: UsageLog;
  now: () => Date;
  listeners: QueueListeners;
  /** Where an estimator fault goes: the queue carries on with "unsure" waits rather than stop calling. */
  reportFault?: (what: string, fault: unknown) => void;
}

/** The embedded queue, with what tests and benches may ask of its estimates' refresh. */
export interface QueueEngine extends QueueSystem {
  estimates: {
    /** When the estimates now shown were computed. */
    computedAt(): Date;
    /** Refreshes finished since the start. */
    refreshes(): number;
    /** Resolves once the estimates cover every change so far. */
    settled(): Promise<void>;
  };
}

/** Days of past events the estimator learns from at start: each weekday's routine four times over, quick to fold. */
const estimatorHistoryDays = 35;

interface Issue {
  service: string;
  kind: QueueTicket['kind'];
  priority?: string | undefined;
  advanceMinutes?: number | undefined;
  appointmentAt?: string | undefined;
  sessionId: string | null;
}

export function createQueueEngine(deps: QueueEngineDeps): QueueEngine {
  const { config, appointments, usageLog, now, listeners } = deps;
  const reportFault = deps.reportFault ?? ((what, fault) => console.error(`[queue] ${what} failed`, fault));
  const estimator = guardedEstimator(deps.estimator, reportFault);
  const log = createQueueLog(deps.db);
  const hashOf = createSubjectHash(deps.db);
  let today: DayQueue = emptyDayQueue(queueDayAt(now(), config.dayStartsAt));
  let version = 0;
  let published = '';
  // Nothing is pushed while a day starts, until its first estimates: every board shown has its waits.
  let startingDay = true;

  const estimates = createQueueEstimates({ config, estimator, now, today: () => today, onRefreshed: () => publish(), reportFault: (fault) => reportFault('estimates', fault) });
  const estimateRefresh = estimates.refresh;
  const ticketTurns = createTicketTurns();

  const snapshot = (): QueueSnapshot => ({ config, state: today.state, estimates: estimates.byTicket, newTicketEstimates: estimates.forNewTickets, closed: today.closed });
  const stamp = () => now().toISOString();

  /** Tells the listeners, unless nothing they can see has changed (the refresh timer). */
  function publish(): void {
    if (startingDay) return;
    const update = { version, board: boardView(snapshot()) };
    const seen = JSON.stringify(update);
    if (seen === published) return;
    published = seen;
    listeners.onChange(update);
  }

  /**
   * The one way the queue changes: checked on a copy, written durably (with `alongside`, in the
   * same transaction), then folded for real. `promised` keeps the waits a new ticket was just told.
   */
  function commit(events: readonly QueueEventInput[], alongside?: () => void, promised?: ReadonlyMap<string, WaitEstimate>): QueueOutcome[] {
    const parsed = events.map((event) => queueEventSchema.parse(event));
    const trial = cloneDayQueue(today);
    for (const event of parsed) foldEvent(trial, event);
    version = log.append(today.day.id, parsed, alongside);
    const outcomes = parsed.map((event) => {
      const outcome = foldEvent(today, event);
      estimator.observe(event, outcome, today.state);
      const usage = outcomeUsage(event, outcome, log.predictionOf);
      if (usage) usageLog.append(null, usage);
      return outcome;
    });
    if (promised) estimates.keep(promised);
    estimateRefresh.changed();
    publish();
    return outcomes;
  }

  function learnFrom(day: string): void {
    const past = emptyDayQueue(queueDayOf(day, config.dayStartsAt));
    for (const event of log.eventsOf(day)) estimator.observe(event, foldEvent(past, event), past.state);
  }

  /** Cancels what still waits on a past day: the customers have gone home. */
  function cancelWaiting(queue: DayQueue): QueueEvent[] {
    const at = stamp();
    return [...queue.state.waiting.values()].map((ticket) => queueEventSchema.parse({ type: 'ticket.cancelled', at, ticket: ticket.id }));
  }

  function openCountersAtStart(): void {
    const at = stamp();
    const opening = config.counters.filter((counter) => counter.opensAtStart);
    if (opening.length > 0) commit(opening.map((counter) => ({ type: 'counter.opened', at, counter: counter.id, services: counter.services })));
  }

  function start(): void {
    const current = today.day;
    const last = log.lastDay();
    if (last !== undefined && last < current.id) {
      const past = emptyDayQueue(queueDayOf(last, config.dayStartsAt));
      for (const event of log.eventsOf(last)) foldEvent(past, event);
      const cancellations = cancelWaiting(past);
      if (cancellations.length > 0) log.append(last, cancellations);
    }
    for (const day of log.daysBetween(queueDayBefore(current, estimatorHistoryDays, config.dayStartsAt).id, current.id)) learnFrom(day);
    if (last === current.id) {
      for (const event of log.eventsOf(current.id)) estimator.observe(event, foldEvent(today, event), today.state);
      version = log.lastSequence();
    } else {
      version = log.lastSequence();
      openCountersAtStart();
    }
    estimateRefresh.refreshNow();
    startingDay = false;
    publish();
  }

  /** Starts the next queue day once its hour has come: yesterday's waiting tickets cancelled, numbers from 001. */
  function ensureDay(): void {
    const current = queueDayAt(now(), config.dayStartsAt);
    if (current.id <= today.day.id) return;
    startingDay = true;
    try {
      const cancellations = cancelWaiting(today);
      if (cancellations.length > 0) commit(cancellations);
      today = emptyDayQueue(current);
      estimates.forgetTickets();
      openCountersAtStart();
      estimateRefresh.refreshNow();
    } finally {
      startingDay = false;
    }
    publish();
  }

  function issue(request: Issue, alongside?: (ticket: string) => void): QueueTicket {
    const service = serviceConfig(config, request.service);
    const id = randomUUID();
    const at = now();
    const advanceMinutes = request.advanceMinutes ?? 0;
    // What the customer is told now is what the call will be measured against: worked out before
    // the ticket exists and written with it, so no ticket is ever committed without its record.
    const promised = estimates.promisedWait(service.id, { issuedAt: at.getTime(), advanceMinutes, appointmentAt: request.appointmentAt === undefined ? undefined : Date.parse(request.appointmentAt) });
    const predicted = predictionOf(promised);
    const facts = { service: service.id, kind: request.kind, priority: request.priority };
    commit(
      [
        {
          type: 'ticket.issued',
          at: at.toISOString(),
          ticket: id,
          number: nextNumber(today, service.prefix),
          service: service.id,
          kind: request.kind,
          priority: request.priority,
          advanceMinutes,
          appointmentAt: request.appointmentAt,
        },
      ],
      () => {
        alongside?.(id);
        log.savePrediction(id, predicted);
        usageLog.append(request.sessionId, issuedUsage(facts, predicted));
      },
      new Map([[id, promised]]),
    );
    return today.state.waiting.get(id) ?? fail('queue.ticketNotWaiting');
  }

  function announce(ticket: QueueTicket, counter: string, recall: boolean): CalledTicketView {
    const queueService = serviceOf(config, ticket.service).name;
    const label = counterLabel(config, counter);
    listeners.onCall({ number: ticket.number, counterLabel: label, service: ticket.service, queueService, recall, at: stamp() });
    return { id: ticket.id, number: ticket.number, service: ticket.service, queueService, counter, counterLabel: label };
  }

  function call(counter: string, ticket: QueueTicket): CalledTicketView {
    commit([{ type: 'ticket.called', at: stamp(), ticket: ticket.id, counter }]);
    return announce(ticket, counter, false);
  }

  function finish(counter: string, ending: { type: 'ticket.noShow' } | ({ type: 'ticket.served' } & ServedDetails)): FinishedTicketView {
    const ticket = servingAt(config, today, counter);
    for (const service of ending.type === 'ticket.served' ? (ending.servicesGiven ?? []) : []) serviceConfig(config, service);
    const details = ending.type === 'ticket.served' ? { outcome: ending.outcome, servicesGiven: ending.servicesGiven && [...new Set(ending.servicesGiven)] } : {};
    commit([{ type: ending.type, at: stamp(), ticket: ticket.id, counter, ...details }]);
    return { id: ticket.id, number: ticket.number, service: ticket.service };
  }

  start();

  return {
    takeTicket: ({ service, kind, priority, sessionId }) =>
      ticketTurns(() => {
        ensureDay();
        serviceConfig(config, service);
        const priorityOf = priorityClass(config, priority);
        const ticket = issue({ service, kind, priority: priorityOf?.id, advanceMinutes: priorityOf?.advanceMinutes, sessionId });
        return issuedTicketView(snapshot(), ticket);
      }),
    async checkIn(code, sessionId) {
      const settings = config.appointments;
      if (!appointments || !settings) return fail('appointment.notOffered');
      ensureDay();
      const booked = await appointments.find(code, today.day);
      if (!booked) return fail('appointment.unknownCode');
      serviceConfig(config, booked.service);
      // Checked in the ticket's turn, with nothing awaited until the ticket is written: a code
      // used twice at once still checks in once.
      return ticketTurns(() => {
        ensureDay();
        const codeHash = hashOf(code);
        if (log.checkedIn(today.day.id, codeHash)) return fail('appointment.alreadyCheckedIn');
        const verdict = checkInVerdict(booked.at, now(), settings);
        if (!verdict.open) return fail(`appointment.${verdict.reason}`, { time: localClock(verdict.reason === 'tooEarly' ? verdict.opensAt : booked.at) });
        const appointmentAt = booked.at.toISOString();
        const ticket = issue(
          { service: booked.service, kind: 'appointment', priority: appointmentClassId, advanceMinutes: settings.advanceMinutes, appointmentAt, sessionId },
          (id) => log.saveCheckIn(today.day.id, codeHash, id, now()),
        );
        return { ticket: issuedTicketView(snapshot(), ticket), appointmentAt };
      });
    },
    async ticket(ticketId) {
      ensureDay();
      return ticketStatusView(snapshot(), ticketId) ?? fail('queue.unknownTicket');
    },
    async board() {
      ensureDay();
      return { version, board: boardView(snapshot()) };
    },
    async callNext(counter) {
      ensureDay();
      const desk = freeCounter(config, today, counter);
      const next = nextTicket(desk.services, [...today.state.waiting.values()], counter) ?? fail('queue.nothingWaiting');
      return call(counter, next);
    },
    async call(counter, reference) {
      ensureDay();
      const desk = freeCounter(config, today, counter);
      const found = findTicket(today, reference);
      if (found.where !== 'waiting') return fail('queue.ticketNotWaiting');
      if (!callableAt(found.ticket, desk.services, counter)) return fail('queue.notServedHere');
      return call(counter, found.ticket);
    },
    async recall(counter) {
      ensureDay();
      const ticket = servingAt(config, today, counter);
      commit([{ type: 'ticket.recalled', at: stamp(), ticket: ticket.id, counter }]);
      return announce(ticket, counter, true);
    },
    async startServing(counter) {
      ensureDay();
      const ticket = servingAt(config, today, counter);
      if (today.state.inService.get(ticket.id)?.startedAt !== undefined) return fail('queue.alreadyStarted');
      commit([{ type: 'ticket.started', at: stamp(), ticket: ticket.id, counter }]);
      const queueService = serviceOf(config, ticket.service).name;
      return { id: ticket.id, number: ticket.number, service: ticket.service, queueService, counter, counterLabel: counterLabel(config, counter) };
    },
    async noShow(counter) {
      ensureDay();
      return finish(counter, { type: 'ticket.noShow' });
    },
    async served(counter, details = {}) {
      ensureDay();
      return finish(counter, { type: 'ticket.served', ...details });
    },
    async recordOutcome(reference, { outcome, servicesGiven }) {
      ensureDay();
      for (const service of servicesGiven ?? []) serviceConfig(config, service);
      const found = findTicket(today, reference);
      if (today.closed.get(found.ticket.id)?.state !== 'served') return fail('queue.notServed');
      const given = servicesGiven && [...new Set(servicesGiven)];
      const usage = { type: 'ticket.outcome', ...ticketFactsOf(found.ticket), ...(outcome ? { outcome } : {}), ...(given ? { servicesGiven: given } : {}) } as const;
      commit([{ type: 'ticket.outcome', at: stamp(), ticket: found.ticket.id, outcome, servicesGiven: given }], () => usageLog.append(null, usage));
    },
    async transfer(reference, to) {
      ensureDay();
      if (to.service !== undefined) serviceConfig(config, to.service);
      if (to.counter !== undefined) counterConfig(config, to.counter);
      const found = findTicket(today, reference);
      if (found.where === 'gone') return fail('queue.ticketNotWaiting');
      const service = to.service ?? found.ticket.service;
      commit([{ type: 'ticket.transferred', at: stamp(), ticket: found.ticket.id, service, counter: to.counter }]);
      return ticketStatusView(snapshot(), found.ticket.id) ?? fail('queue.unknownTicket');
    },
    async counterQueue(counter) {
      ensureDay();
      counterConfig(config, counter);
      return counterQueueView(snapshot(), counter);
    },
    async openCounter(counter, services) {
      ensureDay();
      const desk = counterConfig(config, counter);
      const serves = services && services.length > 0 ? [...new Set(services)] : desk.services;
      for (const service of serves) serviceConfig(config, service);
      commit([{ type: 'counter.opened', at: stamp(), counter, services: serves }]);
      return counterView(snapshot(), counter);
    },
    async pauseCounter(counter, reason) {
      ensureDay();
      counterToPause(config, today, counter);
      commit([{ type: 'counter.paused', at: stamp(), counter, reason }]);
      return counterView(snapshot(), counter);
    },
    async closeCounter(counter) {
      ensureDay();
      counterToClose(config, today, counter);
      commit([{ type: 'counter.closed', at: stamp(), counter }]);
      return counterView(snapshot(), counter);
    },
    async postDelay(service, reason) {
      ensureDay();
      if (service !== undefined) serviceConfig(config, service);
      const delay = randomUUID();
      commit([{ type: 'delay.posted', at: stamp(), delay, service, reason }]);
      const notice = today.state.delays.get(delay) ?? fail('queue.unknownDelay');
      return delayView(notice);
    },
    async clearDelay(delay) {
      ensureDay();
      if (!today.state.delays.has(delay)) return fail('queue.unknownDelay');
      commit([{ type: 'delay.cleared', at: stamp(), delay }]);
    },
    async refresh() {
      ensureDay();
      // Waits change as time passes: the next refresh starts from the clock as it is then.
      estimateRefresh.changed();
    },
    close() {
      estimateRefresh.stop();
    },
    estimates: {
      computedAt: estimates.computedAt,
      refreshes: () => estimateRefresh.count,
      settled: () => estimateRefresh.settled(),
    },
  };
}


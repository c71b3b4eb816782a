// Turns the queue state and its estimates into what people see: a ticket's status for its holder,
// the waiting board, a counter for staff. Pure: the same snapshot always gives the same views.
import { roundWaitForCustomers } from '../../../shared/queue/estimate/rounding.ts';
import { appointmentClassId, type QueueConfig, type QueueServiceConfig } from '../../../shared/config/queue-config.ts';
import type {
  BoardView,
  CounterView,
  DelayNoticeView,
  IssuedTicketView,
  TicketStatusView,
  WaitEstimateView,
} from '../../../shared/host-api/queue-views.ts';
import { callingOrder, callsBefore } from '../../../shared/queue/calling-rule.ts';
import type { WaitEstimate } from '../../../shared/queue/estimate/wait-estimator.ts';
import type { DelayNotice, QueueState, QueueTicket } from '../../../shared/queue/queue-state.ts';

/** A ticket of the day that has left the queue, so its holder still learns what became of it. */
export interface ClosedTicket {
  ticket: QueueTicket;
  state: 'served' | 'noShow' | 'cancelled';
}

export interface QueueSnapshot {
  config: QueueConfig;
  state: QueueState;
  /** By waiting ticket id. */
  estimates: ReadonlyMap<string, WaitEstimate>;
  /** By service: the wait of a ticket taken now. */
  newTicketEstimates: ReadonlyMap<string, WaitEstimate>;
  closed: ReadonlyMap<string, ClosedTicket>;
}

const boardNextCount = 5;

/**
 * The range as customers are told it: rounded outwards to steps people use (minutes under ten,
 * fives under the hour, quarter hours beyond), never a single number, the median inside it.
 */
export function estimateView(estimate: WaitEstimate | undefined): WaitEstimateView {
  if (!estimate || estimate.kind !== 'range') return estimate ?? { kind: 'unsure' };
  const shown = roundWaitForCustomers(estimate);
  if (shown.kind !== 'range') return shown;
  const median = Math.min(shown.toMinutes, Math.max(shown.fromMinutes, Math.round(estimate.medianMinutes)));
  return { kind: 'range', lowMinutes: shown.fromMinutes, medianMinutes: median, highMinutes: shown.toMinutes };
}

/** The config of a service; a stand-in for a service removed from the config while tickets for it wait. */
export function serviceOf(config: QueueConfig, id: string): QueueServiceConfig {
  return config.services.find((service) => service.id === id) ?? { id, prefix: '?', name: { en: id }, gives: { en: id }, priorServiceMinutes: 5 };
}

export function counterLabel(config: QueueConfig, id: string): string {
  return config.counters.find((counter) => counter.id === id)?.label ?? id;
}

/**
 * The services whose tickets compete with `service` for a counter: those of the open counters
 * that serve it (of every counter that may serve it, when none is open). A customer is told the
 * tickets any of those counters may call first, so the line never turns out longer than promised.
 */
function rivalServices({ config, state }: QueueSnapshot, service: string): Set<string> {
  const open = [...state.counters.values()].filter((desk) => desk.status === 'open' && desk.services.includes(service));
  const desks = open.length > 0 ? open.map((desk) => desk.services) : config.counters.filter((desk) => desk.services.includes(service)).map((desk) => desk.services);
  return new Set([service, ...desks.flat()]);
}

/** 1 for the next ticket its counters would call, under the real calling rule. */
function positionOf(snapshot: QueueSnapshot, ticket: QueueTicket): number {
  const rivals = rivalServices(snapshot, ticket.service);
  let ahead = 0;
  for (const other of snapshot.state.waiting.values()) {
    if (other.id !== ticket.id && rivals.has(other.service) && callsBefore(other, ticket)) ahead += 1;
  }
  return ahead + 1;
}

export function delayView(notice: DelayNotice): DelayNoticeView {
  return { id: notice.id, service: notice.service ?? null, reason: notice.reason, postedAt: new Date(notice.postedAt).toISOString() };
}

export function delaysFor(state: QueueState, service: string | undefined): DelayNoticeView[] {
  return [...state.delays.values()]
    .filter((notice) => service === undefined || notice.service === undefined || notice.service === service)
    .map(delayView);
}

export function issuedTicketView(snapshot: QueueSnapshot, ticket: QueueTicket): IssuedTicketView {
  return {
    id: ticket.id,
    number: ticket.number,
    service: ticket.service,
    queueService: serviceOf(snapshot.config, ticket.service).name,
    priority: ticket.priority ?? null,
    position: positionOf(snapshot, ticket),
    estimate: estimateView(snapshot.estimates.get(ticket.id)),
  };
}

/** The status of a ticket of the day, or undefined for an id the queue does not know today. */
export function ticketStatusView(snapshot: QueueSnapshot, ticketId: string): TicketStatusView | undefined {
  const { state, config } = snapshot;
  const waiting = state.waiting.get(ticketId);
  const stint = state.inService.get(ticketId);
  const closed = snapshot.closed.get(ticketId);
  const ticket = waiting ?? stint?.ticket ?? closed?.ticket;
  if (!ticket) return undefined;
  const service = serviceOf(config, ticket.service);
  return {
    id: ticket.id,
    number: ticket.number,
    service: ticket.service,
    queueService: service.name,
    gives: service.gives,
    prepare: service.prepare ?? null,
    priority: ticket.priority ?? null,
    appointmentAt: ticket.appointmentAt === undefined ? null : new Date(ticket.appointmentAt).toISOString(),
    state: waiting ? 'waiting' : stint ? 'called' : (closed?.state ?? 'cancelled'),
    position: waiting ? positionOf(snapshot, waiting) : null,
    estimate: waiting ? estimateView(snapshot.estimates.get(ticket.id)) : null,
    counterLabel: stint ? counterLabel(config, stint.counter) : null,
    delays: waiting || stint ? delaysFor(state, ticket.service) : [],
  };
}

export function counterView({ config, state }: QueueSnapshot, id: string): CounterView {
  const desk = state.counters.get(id);
  const configured = config.counters.find((counter) => counter.id === id);
  const serving = desk?.serving === undefined ? undefined : state.inService.get(desk.serving)?.ticket;
  return {
    id,
    label: configured?.label ?? id,
    status: desk?.status ?? 'closed',
    pauseReason: desk?.status === 'paused' ? (desk.pauseReason ?? null) : null,
    services: desk ? [...desk.services] : [...(configured?.services ?? [])],
    serving: serving ? { id: serving.id, number: serving.number, service: serving.service } : null,
  };
}

/** The priority classes customers are told about, appointments first when the store takes them. */
function priorityRules(config: QueueConfig): BoardView['orderRule']['priorityClasses'] {
  const appointments = config.appointments
    ? [{ id: appointmentClassId, name: config.appointments.name, rule: config.appointments.rule, advanceMinutes: config.appointments.advanceMinutes }]
    : [];
  return [...appointments, ...config.priorityClasses.map(({ id, name, rule, advanceMinutes }) => ({ id, name, rule, advanceMinutes }))];
}

export function boardView(snapshot: QueueSnapshot): BoardView {
  const { config, state } = snapshot;
  const order = callingOrder([...state.waiting.values()]);
  return {
    counters: config.counters.map((counter) => counterView(snapshot, counter.id)),
    services: config.services.map((service) => {
      const line = order.filter((ticket) => ticket.service === service.id);
      return {
        id: service.id,
        name: service.name,
        waiting: line.length,
        next: line.slice(0, boardNextCount).map((ticket) => ticket.number),
        estimate: estimateView(snapshot.newTicketEstimates.get(service.id)),
      };
    }),
    delays: delaysFor(state, undefined),
    orderRule: { priorityClasses: priorityRules(config) },
  };
}

// The queue as it stands, folded from the event log: who waits, who is being served where, which counters are open.
import type { LocalizedText } from '../config/localized-text.ts';
import { readyTime, type CallableTicket } from './calling-rule.ts';
import type { QueueEvent, TicketKind, pauseReasons } from './queue-events.ts';

type PauseReason = (typeof pauseReasons)[number];

export interface QueueTicket extends CallableTicket {
  number: string;
  kind: TicketKind;
  priority: string | undefined;
  issuedAt: number;
  appointmentAt: number | undefined;
  /** The one counter a transfer sent it to; undefined: any counter of its service calls it. */
  forCounter?: string | undefined;
}

export interface TicketInService {
  ticket: QueueTicket;
  counter: string;
  calledAt: number;
  /** When staff said the customer had reached the counter; undefined while they walk (or when staff never say). */
  startedAt?: number | undefined;
}

export type CounterStatus = 'open' | 'paused' | 'closed';

export interface CounterState {
  id: string;
  services: string[];
  status: CounterStatus;
  /** The ticket it called last and has not finished, if any. */
  serving: string | undefined;
  since: number;
  /** Why it is paused, while paused and when staff said. */
  pauseReason?: PauseReason | undefined;
}

export interface DelayNotice {
  id: string;
  service: string | undefined;
  reason: LocalizedText;
  postedAt: number;
}

export interface QueueState {
  issued: number;
  waiting: Map<string, QueueTicket>;
  inService: Map<string, TicketInService>;
  counters: Map<string, CounterState>;
  delays: Map<string, DelayNotice>;
}

/** What an event ended, for the record of real waits and service times. */
export type QueueOutcome =
  | { kind: 'called'; ticket: QueueTicket; counter: string; waitedMs: number }
  /** `tookMs`: the counter's time from call to finish; `walkMs`: its part before the customer arrived, when staff said. */
  | { kind: 'finished'; ticket: QueueTicket; counter: string; tookMs: number; walkMs: number | undefined; noShow: boolean }
  | { kind: 'none' };

export class QueueLogError extends Error {
  readonly event: QueueEvent;

  constructor(message: string, event: QueueEvent) {
    super(`${event.type} at ${event.at}: ${message}`);
    this.name = 'QueueLogError';
    this.event = event;
  }
}

export function emptyQueueState(): QueueState {
  return { issued: 0, waiting: new Map(), inService: new Map(), counters: new Map(), delays: new Map() };
}

/**
 * Folds one event into the state, in place (the engine keeps one state for the day and the
 * simulator millions of events); throws QueueLogError for an event the state cannot have produced.
 */
export function applyQueueEvent(state: QueueState, event: QueueEvent): QueueOutcome {
  const time = Date.parse(event.at);
  const fail = (message: string): never => {
    throw new QueueLogError(message, event);
  };
  const waitingTicket = (id: string) => state.waiting.get(id) ?? fail(`ticket ${id} is not waiting`);
  const counterState = (id: string) => state.counters.get(id) ?? fail(`counter ${id} was never opened`);
  const finish = (noShow: boolean, id: string, counter: string): QueueOutcome => {
    const stint = state.inService.get(id);
    if (!stint || stint.counter !== counter) return fail(`ticket ${id} is not being served at counter ${counter}`);
    state.inService.delete(id);
    const desk = counterState(counter);
    if (desk.serving === id) desk.serving = undefined;
    const walkMs = stint.startedAt === undefined ? undefined : stint.startedAt - stint.calledAt;
    return { kind: 'finished', ticket: stint.ticket, counter, tookMs: time - stint.calledAt, walkMs, noShow };
  };

  switch (event.type) {
    case 'ticket.issued': {
      if (state.waiting.has(event.ticket) || state.inService.has(event.ticket)) fail(`ticket ${event.ticket} exists`);
      state.issued += 1;
      const appointmentAt = event.appointmentAt === undefined ? undefined : Date.parse(event.appointmentAt);
      state.waiting.set(event.ticket, {
        id: event.ticket,
        number: event.number,
        service: event.service,
        kind: event.kind,
        priority: event.priority,
        issuedAt: time,
        appointmentAt,
        readyAt: readyTime({ issuedAt: time, advanceMinutes: event.advanceMinutes, appointmentAt }),
        sequence: state.issued,
      });
      return { kind: 'none' };
    }
    case 'ticket.called': {
      const ticket = waitingTicket(event.ticket);
      const desk = counterState(event.counter);
      if (desk.serving !== undefined) fail(`counter ${event.counter} is still serving ${desk.serving}`);
      state.waiting.delete(ticket.id);
      state.inService.set(ticket.id, { ticket, counter: desk.id, calledAt: time });
      desk.serving = ticket.id;
      return { kind: 'called', ticket, counter: desk.id, waitedMs: time - ticket.issuedAt };
    }
    case 'ticket.recalled':
      if (state.inService.get(event.ticket)?.counter !== event.counter) fail(`ticket ${event.ticket} is not at ${event.counter}`);
      return { kind: 'none' };
    case 'ticket.started': {
      const stint = state.inService.get(event.ticket);
      if (stint?.counter !== event.counter) return fail(`ticket ${event.ticket} is not at ${event.counter}`);
      if (stint.startedAt !== undefined) return fail(`ticket ${event.ticket} is already being served`);
      stint.startedAt = time;
      return { kind: 'none' };
    }
    case 'ticket.served':
      return finish(false, event.ticket, event.counter);
    case 'ticket.outcome':
      // A note on a ticket already finished: the queue itself does not change.
      if (state.waiting.has(event.ticket) || state.inService.has(event.ticket)) fail(`ticket ${event.ticket} is not served yet`);
      return { kind: 'none' };
    case 'ticket.noShow':
      return finish(true, event.ticket, event.counter);
    case 'ticket.transferred': {
      const stint = state.inService.get(event.ticket);
      const ticket = stint?.ticket ?? waitingTicket(event.ticket);
      if (stint) {
        state.inService.delete(ticket.id);
        const desk = counterState(stint.counter);
        if (desk.serving === ticket.id) desk.serving = undefined;
      }
      // It keeps its place in line: the customer has already waited once.
      state.waiting.set(ticket.id, { ...ticket, service: event.service, forCounter: event.counter });
      return { kind: 'none' };
    }
    case 'ticket.cancelled':
      waitingTicket(event.ticket);
      state.waiting.delete(event.ticket);
      return { kind: 'none' };
    case 'counter.opened': {
      const known = state.counters.get(event.counter);
      if (known?.status === 'open' && known.serving !== undefined) {
        known.services = [...event.services];
        return { kind: 'none' };
      }
      state.counters.set(event.counter, {
        id: event.counter,
        services: [...event.services],
        status: 'open',
        serving: known?.serving,
        since: time,
      });
      return { kind: 'none' };
    }
    case 'counter.paused':
    case 'counter.closed': {
      const desk = counterState(event.counter);
      desk.status = event.type === 'counter.paused' ? 'paused' : 'closed';
      desk.pauseReason = event.type === 'counter.paused' ? event.reason : undefined;
      desk.since = time;
      return { kind: 'none' };
    }
    case 'delay.posted':
      state.delays.set(event.delay, { id: event.delay, service: event.service, reason: event.reason, postedAt: time });
      return { kind: 'none' };
    case 'delay.cleared':
      state.delays.delete(event.delay);
      return { kind: 'none' };
  }
}

// The checks a command must pass before the queue writes anything: the service, counter or ticket
// it names exists today and is in a state that allows it. Each refusal is a typed HostError.
import type { CounterConfig, PriorityClassConfig, QueueConfig, QueueServiceConfig } from '../../../shared/config/queue-config.ts';
import { HostError, type HostErrorCode } from '../../../shared/host-api/errors.ts';
import type { CounterState, QueueTicket } from '../../../shared/queue/queue-state.ts';
import type { DayQueue } from './queue-fold.ts';

export function fail(code: HostErrorCode, params: Record<string, string | number> = {}): never {
  throw new HostError(code, params);
}

export function serviceConfig(config: QueueConfig, id: string): QueueServiceConfig {
  return config.services.find((service) => service.id === id) ?? fail('queue.unknownService');
}

export function counterConfig(config: QueueConfig, id: string): CounterConfig {
  return config.counters.find((counter) => counter.id === id) ?? fail('queue.unknownCounter');
}

export function priorityClass(config: QueueConfig, id: string | undefined): PriorityClassConfig | undefined {
  return id === undefined ? undefined : (config.priorityClasses.find((each) => each.id === id) ?? fail('queue.unknownPriority'));
}

export interface FoundTicket {
  ticket: QueueTicket;
  /** Waiting, called, or gone for today (served, no-show, cancelled). */
  where: 'waiting' | 'called' | 'gone';
}

/** A ticket of today by id, or by its printed number as staff read it out ("a012" finds A012). */
export function findTicket(queue: DayQueue, reference: string): FoundTicket {
  const number = reference.trim().toUpperCase();
  const waiting = [...queue.state.waiting.values()];
  const called = [...queue.state.inService.values()].map((stint) => stint.ticket);
  const gone = [...queue.closed.values()].map((closed) => closed.ticket);
  for (const matches of [(ticket: QueueTicket) => ticket.id === reference, (ticket: QueueTicket) => ticket.number === number]) {
    const ticket = waiting.find(matches) ?? called.find(matches) ?? gone.find(matches);
    if (ticket) return { ticket, where: queue.state.waiting.has(ticket.id) ? 'waiting' : queue.state.inService.has(ticket.id) ? 'called' : 'gone' };
  }
  return fail('queue.unknownTicket');
}

/** A counter that may call now: open, and done with its last customer. */
export function freeCounter(config: QueueConfig, queue: DayQueue, id: string): CounterState {
  counterConfig(config, id);
  const desk = queue.state.counters.get(id);
  if (desk?.status !== 'open') return fail('queue.counterNotOpen');
  if (desk.serving !== undefined) return fail('queue.counterBusy');
  return desk;
}

/** The ticket a counter is serving, to recall, serve or mark as a no-show. */
export function servingAt(config: QueueConfig, queue: DayQueue, id: string): QueueTicket {
  counterConfig(config, id);
  const serving = queue.state.counters.get(id)?.serving;
  return (serving === undefined ? undefined : queue.state.inService.get(serving)?.ticket) ?? fail('queue.counterIdle');
}

export function counterToPause(config: QueueConfig, queue: DayQueue, id: string): void {
  counterConfig(config, id);
  if (queue.state.counters.get(id)?.status !== 'open') fail('queue.counterNotOpen');
}

export function counterToClose(config: QueueConfig, queue: DayQueue, id: string): void {
  counterConfig(config, id);
  const desk = queue.state.counters.get(id);
  if (!desk || desk.status === 'closed') fail('queue.counterNotOpen');
  // The customer at the counter is finished first: served, no-show or transferred.
  if (desk.serving !== undefined) fail('queue.counterBusy');
}

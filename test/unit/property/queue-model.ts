// A small model of the queue as staff and customers see it through the host API: who waits (in
// the calling rule's order, shared with the engine), who is at which counter, which counters are
// open, and for each command what it must answer. Sequences of commands run against both the
// model and a real host, and every answer must match.
import type { QueueConfig } from '../../../shared/config/queue-config.ts';
import type { HostErrorCode } from '../../../shared/host-api/errors.ts';
import { callableAt, nextTicket, readyTime } from '../../../shared/queue/calling-rule.ts';

export interface ModelTicket {
  /** Its printed number, which the model uses as its id (unique within a day). */
  id: string;
  /** The id the host gave it, once a reply has told it. */
  hostId: string;
  service: string;
  kind: 'service' | 'help';
  readyAt: number;
  sequence: number;
  forCounter?: string | undefined;
}

export interface ModelCounter {
  status: 'open' | 'paused' | 'closed';
  services: string[];
  serving: ModelTicket | undefined;
  started: boolean;
}

export interface QueueModel {
  config: QueueConfig;
  now: number;
  waiting: Map<string, ModelTicket>;
  gone: Map<string, { ticket: ModelTicket; state: 'served' | 'noShow' }>;
  counters: Map<string, ModelCounter>;
  lastNumbers: Map<string, number>;
  issued: number;
  delays: string[];
  /** How many of each queue fact the usage log must hold by now. */
  facts: { issued: number; called: number; served: number; noShow: number };
}

export type Expected<T = undefined> = { ok: true; value: T } | { ok: false; code: HostErrorCode };

const refuse = (code: HostErrorCode): Expected<never> => ({ ok: false, code });
const accept = <T>(value: T): Expected<T> => ({ ok: true, value });

/** The queue of a new day: the counters the config opens at start are open, nobody waits. */
export function createQueueModel(config: QueueConfig, now: number): QueueModel {
  const counters = new Map<string, ModelCounter>(
    config.counters.filter((counter) => counter.opensAtStart).map((counter) => [counter.id, { status: 'open', services: [...counter.services], serving: undefined, started: false }]),
  );
  return { config, now, waiting: new Map(), gone: new Map(), counters, lastNumbers: new Map(), issued: 0, delays: [], facts: { issued: 0, called: 0, served: 0, noShow: 0 } };
}

function known<T extends { id: string }>(list: readonly T[], id: string): T | undefined {
  return list.find((each) => each.id === id);
}

/** A ticket issued now: its number, and it joins the line (a priority class moves its ready time earlier). */
export function issue(model: QueueModel, service: string, kind: ModelTicket['kind'], priority: string | undefined): Expected<ModelTicket> {
  const config = known(model.config.services, service);
  if (!config) return refuse('queue.unknownService');
  const priorityClass = priority === undefined ? undefined : known(model.config.priorityClasses, priority);
  if (priority !== undefined && !priorityClass) return refuse('queue.unknownPriority');
  const count = (model.lastNumbers.get(config.prefix) ?? 0) + 1;
  model.lastNumbers.set(config.prefix, count);
  model.issued += 1;
  model.facts.issued += 1;
  const ticket: ModelTicket = {
    id: `${config.prefix}${String(count).padStart(3, '0')}`,
    hostId: '',
    service,
    kind,
    readyAt: readyTime({ issuedAt: model.now, advanceMinutes: priorityClass?.advanceMinutes ?? 0 }),
    sequence: model.issued,
  };
  model.waiting.set(ticket.id, ticket);
  return accept(ticket);
}

function counterIn(model: QueueModel, counter: string): Expected<ModelCounter | undefined> {
  if (!known(model.config.counters, counter)) return refuse('queue.unknownCounter');
  return accept(model.counters.get(counter));
}

/** The counter must be open and free, as for any call. */
function freeCounter(model: QueueModel, counter: string): Expected<ModelCounter> {
  const desk = counterIn(model, counter);
  if (!desk.ok) return desk;
  if (desk.value?.status !== 'open') return refuse('queue.counterNotOpen');
  if (desk.value.serving) return refuse('queue.counterBusy');
  return accept(desk.value);
}

function callTo(model: QueueModel, desk: ModelCounter, ticket: ModelTicket): Expected<ModelTicket> {
  model.waiting.delete(ticket.id);
  desk.serving = ticket;
  desk.started = false;
  model.facts.called += 1;
  return accept(ticket);
}

export function callNext(model: QueueModel, counter: string): Expected<ModelTicket> {
  const desk = freeCounter(model, counter);
  if (!desk.ok) return desk;
  const next = nextTicket(desk.value.services, [...model.waiting.values()], counter);
  return next ? callTo(model, desk.value, next) : refuse('queue.nothingWaiting');
}

/** A ticket by its printed number, as staff type it ("a003 " finds A003), wherever it is today. */
function findTicket(model: QueueModel, reference: string): { ticket: ModelTicket; where: 'waiting' | 'called' | 'gone' } | undefined {
  const number = reference.trim().toUpperCase();
  const waiting = model.waiting.get(number);
  if (waiting) return { ticket: waiting, where: 'waiting' };
  for (const desk of model.counters.values()) if (desk.serving?.id === number) return { ticket: desk.serving, where: 'called' };
  const gone = model.gone.get(number);
  return gone ? { ticket: gone.ticket, where: 'gone' } : undefined;
}

export function callTicket(model: QueueModel, counter: string, reference: string): Expected<ModelTicket> {
  const desk = freeCounter(model, counter);
  if (!desk.ok) return desk;
  const found = findTicket(model, reference);
  if (!found) return refuse('queue.unknownTicket');
  if (found.where !== 'waiting') return refuse('queue.ticketNotWaiting');
  if (!callableAt(found.ticket, desk.value.services, counter)) return refuse('queue.notServedHere');
  return callTo(model, desk.value, found.ticket);
}

/** The counter's customer, for recall, start, served and no-show. */
function servingAt(model: QueueModel, counter: string): Expected<{ desk: ModelCounter; ticket: ModelTicket }> {
  const desk = counterIn(model, counter);
  if (!desk.ok) return desk;
  return desk.value?.serving ? accept({ desk: desk.value, ticket: desk.value.serving }) : refuse('queue.counterIdle');
}

export function recall(model: QueueModel, counter: string): Expected<ModelTicket> {
  const at = servingAt(model, counter);
  return at.ok ? accept(at.value.ticket) : at;
}

export function startServing(model: QueueModel, counter: string): Expected<ModelTicket> {
  const at = servingAt(model, counter);
  if (!at.ok) return at;
  if (at.value.desk.started) return refuse('queue.alreadyStarted');
  at.value.desk.started = true;
  return accept(at.value.ticket);
}

export function finish(model: QueueModel, counter: string, state: 'served' | 'noShow'): Expected<ModelTicket> {
  const at = servingAt(model, counter);
  if (!at.ok) return at;
  at.value.desk.serving = undefined;
  at.value.desk.started = false;
  model.gone.set(at.value.ticket.id, { ticket: at.value.ticket, state });
  model.facts[state] += 1;
  return accept(at.value.ticket);
}

export function recordOutcome(model: QueueModel, reference: string): Expected {
  const found = findTicket(model, reference);
  if (!found) return refuse('queue.unknownTicket');
  return model.gone.get(found.ticket.id)?.state === 'served' ? accept(undefined) : refuse('queue.notServed');
}

/** Back into the line with its place kept, for another service or one counter (or any counter again). */
export function transfer(model: QueueModel, reference: string, service: string | undefined, counter: string | undefined): Expected<ModelTicket> {
  if (service !== undefined && !known(model.config.services, service)) return refuse('queue.unknownService');
  if (counter !== undefined && !known(model.config.counters, counter)) return refuse('queue.unknownCounter');
  const found = findTicket(model, reference);
  if (!found) return refuse('queue.unknownTicket');
  if (found.where === 'gone') return refuse('queue.ticketNotWaiting');
  for (const desk of model.counters.values()) {
    if (desk.serving?.id === found.ticket.id) {
      desk.serving = undefined;
      desk.started = false;
    }
  }
  const moved = { ...found.ticket, service: service ?? found.ticket.service, forCounter: counter };
  model.waiting.set(moved.id, moved);
  return accept(moved);
}

export function openCounter(model: QueueModel, counter: string, services: readonly string[] | undefined): Expected<ModelCounter> {
  const configured = known(model.config.counters, counter);
  if (!configured) return refuse('queue.unknownCounter');
  const serves = services && services.length > 0 ? [...new Set(services)] : configured.services;
  if (serves.some((service) => !known(model.config.services, service))) return refuse('queue.unknownService');
  const desk = model.counters.get(counter);
  // A counter reopened while its customer is there keeps them; only what it serves changes.
  if (desk?.status === 'open' && desk.serving) {
    desk.services = [...serves];
    return accept(desk);
  }
  const opened: ModelCounter = { status: 'open', services: [...serves], serving: desk?.serving, started: desk?.started ?? false };
  model.counters.set(counter, opened);
  return accept(opened);
}

export function pauseCounter(model: QueueModel, counter: string): Expected<ModelCounter> {
  const desk = counterIn(model, counter);
  if (!desk.ok) return desk;
  if (desk.value?.status !== 'open') return refuse('queue.counterNotOpen');
  desk.value.status = 'paused';
  return accept(desk.value);
}

export function closeCounter(model: QueueModel, counter: string): Expected<ModelCounter> {
  const desk = counterIn(model, counter);
  if (!desk.ok) return desk;
  if (!desk.value || desk.value.status === 'closed') return refuse('queue.counterNotOpen');
  if (desk.value.serving) return refuse('queue.counterBusy');
  desk.value.status = 'closed';
  return accept(desk.value);
}

/** What the waiting board must show of the model: each counter and each service's line, in calling order. */
export function boardOf(model: QueueModel) {
  const order = [...model.waiting.values()].sort((a, b) => a.readyAt - b.readyAt || a.sequence - b.sequence);
  return {
    counters: model.config.counters.map((counter) => {
      const desk = model.counters.get(counter.id);
      return { id: counter.id, status: desk?.status ?? 'closed', services: desk?.services ?? counter.services, serving: desk?.serving?.id ?? null };
    }),
    services: model.config.services.map((service) => {
      const line = order.filter((ticket) => ticket.service === service.id);
      return { id: service.id, waiting: line.length, next: line.slice(0, 5).map((ticket) => ticket.id) };
    }),
  };
}

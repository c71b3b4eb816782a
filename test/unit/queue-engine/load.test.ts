import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it, vi } from 'vitest';
import { queueConfigSchema, type QueueConfig } from '../../../shared/config/queue-config.ts';
import type { IssuedTicketView, WaitEstimateView } from '../../../shared/host-api/queue-views.ts';
import type { Principal } from '../../../shared/host-api/roles.ts';
import { createNaiveEstimator } from '../../../shared/queue/estimate/naive-estimator.ts';
import { wholeOf, type WaitEstimate, type WaitEstimator } from '../../../shared/queue/estimate/wait-estimator.ts';
import { monteCarloEstimatorFor } from '../../../electron/host/load-kiosk.ts';
import { call, clockAt, localNoon, openSession, resultOf } from '../../fixtures/host.ts';
import { queueConfigFixture, storeConfigFixture } from '../../fixtures/store-config.ts';
import { scratchStore, tempHost } from '../../fixtures/temp-host.ts';
import { writeWaitingQueue } from '../../bench/load/waiting-queue.ts';
import { engineRig, type EngineRig } from './engine-rig.ts';

const operator: Principal = { role: 'operator' };
const services = ['customer-service', 'advice', 'complaints'];

/** What a stamped estimator records: queue events seen, refreshes begun, and whether one is under way. */
interface EstimatorRecord {
  seen: number;
  refreshes: number;
  running: boolean;
}

/** A range that says how many queue events its estimator had seen; it survives the rounding customers see (quarter hours past the hour). */
const stamp = (seen: number): WaitEstimate => ({ kind: 'range', lowMinutes: 60 + 15 * seen, medianMinutes: 60 + 15 * seen, highMinutes: 60 + 15 * seen });
const seenBy = (estimate: WaitEstimateView | null | undefined) => (estimate?.kind === 'range' ? (estimate.lowMinutes - 60) / 15 : undefined);

/**
 * An estimator that runs `inner` in full, for its cost and its slices, and answers with a stamp of
 * the events it had seen when asked: an estimate shown later tells which change it caught up with.
 */
function stamped(inner: WaitEstimator, record: EstimatorRecord): WaitEstimator {
  function* estimateAllInSlices(...[state, now]: Parameters<WaitEstimator['estimateAll']>) {
    record.refreshes += 1;
    record.running = true;
    const seen = record.seen;
    const waits = inner.estimateAllInSlices ? yield* inner.estimateAllInSlices(state, now) : inner.estimateAll(state, now);
    return new Map([...waits.keys()].map((ticket) => [ticket, stamp(seen)]));
  }
  function* estimateNewInSlices(...[state, now, arrival]: Parameters<WaitEstimator['estimateNew']>) {
    const seen = record.seen;
    if (inner.estimateNewInSlices) yield* inner.estimateNewInSlices(state, now, arrival);
    else inner.estimateNew(state, now, arrival);
    // The engine asks for the new tickets' waits last: the refresh ends with the last of them.
    if (arrival.service === services.at(-1)) record.running = false;
    return stamp(seen);
  }
  return {
    observe(event, outcome, state) {
      record.seen += 1;
      inner.observe(event, outcome, state);
    },
    estimateAll: (state, now) => wholeOf(estimateAllInSlices(state, now)),
    estimateNew: (state, now, arrival) => wholeOf(estimateNewInSlices(state, now, arrival)),
    estimateAllInSlices,
    estimateNewInSlices,
  };
}

/** A real host with the store's own (Monte Carlo) estimator, stamped, started on a day with `waiting` tickets waiting. */
function crowdedKiosk(waiting: number) {
  const record: EstimatorRecord = { seen: 0, refreshes: 0, running: false };
  const queue = queueConfigFixture({ ticketLimits: { perSession: 20, perMinute: 600 } });
  const store = scratchStore(storeConfigFixture({ queue }));
  const clock = clockAt(localNoon(2026, 11, 23));
  const { tickets } = writeWaitingQueue(store.dataDir, queueConfigSchema.parse(queue), clock.now(), waiting);
  const { host } = tempHost({ store, now: clock.now, createEstimator: (config: QueueConfig) => stamped(monteCarloEstimatorFor(config), record) });
  return { host, record, tickets };
}

describe('a kiosk with 1,000 tickets waiting', () => {
  it('answers a burst of ticket requests and kiosk calls, and refreshes the estimates a few times, not once a ticket', { timeout: 120_000 }, async () => {
    const { host, record, tickets } = crowdedKiosk(1000);
    const shownFor = async (ticketId: string) => (await resultOf(host, 'queue.ticket', { ticketId })).ticket.estimate;
    await vi.waitFor(async () => expect(seenBy(await shownFor(tickets[500] ?? ''))).toBe(record.seen), { timeout: 60_000, interval: 100 });

    const burst = 40;
    const sessions = await Promise.all(Array.from({ length: burst }, () => openSession(host)));
    const refreshesBefore = record.refreshes;
    const seenBefore = record.seen;
    // Each request on its own turn of the event loop, as they come in from a socket.
    const replies = await Promise.all(
      sessions.flatMap((sessionId, index) => [
        nextTurn().then(() => call(host, 'queue.takeTicket', { sessionId, service: services[index % services.length] ?? 'advice' })),
        nextTurn().then(() => call(host, 'kiosk.state', {})),
        nextTurn().then(() => call(host, 'queue.board', {})),
      ]),
    );
    expect(replies.filter((reply) => !reply.ok)).toEqual([]);
    const taken = replies.flatMap((reply) => (reply.ok && reply.result !== null && typeof reply.result === 'object' && 'ticket' in reply.result ? [reply.result.ticket as IssuedTicketView] : []));
    expect(taken).toHaveLength(burst);
    // Each told a wait at once: the latest for its service, computed before it came.
    for (const ticket of taken) expect(seenBy(ticket.estimate)).toBeLessThanOrEqual(seenBefore);

    // Then every wait catches up with every ticket of the burst.
    await vi.waitFor(async () => expect(seenBy(await shownFor(taken.at(-1)?.id ?? ''))).toBe(record.seen), { timeout: 60_000, interval: 100 });
    expect(seenBy(await shownFor(tickets[999] ?? ''))).toBe(record.seen);
    expect(record.seen).toBe(seenBefore + burst);
    // Forty changes, far fewer refreshes: they gathered.
    expect(record.refreshes - refreshesBefore).toBeGreaterThanOrEqual(1);
    expect(record.refreshes - refreshesBefore).toBeLessThanOrEqual(burst / 4);
  });

  it('answers the kiosk between the slices of a refresh, and a change made meanwhile gets a refresh of its own', { timeout: 120_000 }, async () => {
    const { host, record, tickets } = crowdedKiosk(1000);
    await resultOf(host, 'queue.callNext', { counter: 'desk-1' }, { role: 'staff' });
    await vi.waitFor(() => expect(record.running).toBe(true), { timeout: 10_000, interval: 5 });
    const refreshing = record.refreshes;
    // A ticket taken while the refresh runs: that refresh began before it.
    await resultOf(host, 'queue.takeTicket', { service: 'advice' }, operator);
    const answeredMidRefresh: boolean[] = [];
    while (record.running && record.refreshes === refreshing) {
      const reply = await call(host, 'kiosk.state', {});
      expect(reply.ok).toBe(true);
      answeredMidRefresh.push(record.running);
      await nextTurn();
    }
    // The kiosk was answered again and again while the refresh ran, not once it was over.
    expect(answeredMidRefresh.filter(Boolean).length).toBeGreaterThanOrEqual(3);
    await vi.waitFor(async () => expect(seenBy((await resultOf(host, 'queue.ticket', { ticketId: tickets[1] ?? '' })).ticket.estimate)).toBe(record.seen), {
      timeout: 60_000,
      interval: 100,
    });
    expect(record.refreshes).toBeGreaterThanOrEqual(refreshing + 1);
  });
});

describe('a burst of ticket requests', () => {
  it('never holds up the kiosk: tickets are issued one per turn, in the order asked, and the kiosk answered in between', async () => {
    const { host } = crowdedKiosk(0);
    const answered: string[] = [];
    // Thirty requests read at once, as from thirty sockets in one read of the network.
    const tickets = Array.from({ length: 30 }, (_, index) =>
      resultOf(host, 'queue.takeTicket', { service: 'advice' }, operator).then(({ ticket }) => {
        answered.push(`ticket ${index}`);
        return ticket.number;
      }),
    );
    await nextTurn();
    await resultOf(host, 'kiosk.state', {});
    answered.push('kiosk.state');
    expect(await Promise.all(tickets)).toEqual(Array.from({ length: 30 }, (_, index) => `B${String(index + 1).padStart(3, '0')}`));
    expect(answered.indexOf('kiosk.state')).toBeLessThan(3);
    expect(answered.filter((entry) => entry !== 'kiosk.state')).toEqual(Array.from({ length: 30 }, (_, index) => `ticket ${index}`));
  });
});

describe('the estimates refresh', () => {
  const take = (rig: EngineRig, service = 'customer-service') => rig.engine.takeTicket({ service, kind: 'service', sessionId: null, takenBy: 'staff' });

  function stampedRig() {
    const record: EstimatorRecord = { seen: 0, refreshes: 0, running: false };
    const rig = engineRig({ estimator: () => stamped(createNaiveEstimator({ priorServiceMinutes: {} }), record) });
    return { rig, record };
  }

  it('covers many changes made together with one refresh, marked with the time it was computed', async () => {
    const { rig, record } = stampedRig();
    const tickets = [];
    for (let index = 0; index < 30; index += 1) tickets.push(await take(rig, services[index % services.length]));
    await rig.engine.estimates.settled();
    const before = rig.engine.estimates.refreshes();
    // Twenty changes in a row, as staff serving one customer after another at speed.
    for (let index = 0; index < 10; index += 1) {
      await rig.engine.callNext('desk-1');
      await rig.engine.served('desk-1');
    }
    rig.wait(2);
    await rig.engine.estimates.settled();
    expect(rig.engine.estimates.refreshes()).toBe(before + 1);
    expect(rig.engine.estimates.computedAt()).toEqual(rig.now());
    const stillWaiting = tickets.at(-1)?.id ?? '';
    expect(seenBy((await rig.engine.ticket(stillWaiting)).estimate)).toBe(record.seen);
    expect(rig.changes.at(-1)?.board.services.map((service) => seenBy(service.estimate))).toEqual([record.seen, record.seen, record.seen]);
  });

  it('serves the last estimates until the refresh is done', async () => {
    const { rig, record } = stampedRig();
    const first = await take(rig);
    const seenAtFirst = record.seen;
    await rig.engine.estimates.settled();
    await take(rig, 'advice');
    const promised = rig.engine.estimates.computedAt();
    // Not refreshed yet: the last estimates, computed before the second ticket, and marked so.
    expect(seenBy((await rig.engine.ticket(first.id)).estimate)).toBe(seenAtFirst);
    rig.wait(1);
    await rig.engine.estimates.settled();
    expect(seenBy((await rig.engine.ticket(first.id)).estimate)).toBe(record.seen);
    expect(rig.engine.estimates.computedAt().getTime() - promised.getTime()).toBe(60_000);
  });

  it('tells a fresh ticket "now" only when a free counter will call it, even before a refresh', async () => {
    const rig = engineRig();
    const first = await take(rig);
    const second = await take(rig);
    expect(first.estimate).toEqual({ kind: 'now' });
    // desk-1 calls the first; nobody else serves customer service: no longer "now", not yet a range.
    expect(second.estimate).toEqual({ kind: 'unsure' });
    await rig.engine.estimates.settled();
    expect((await rig.engine.ticket(second.id)).estimate?.kind).toBe('range');
  });

  it('drops the refresh that was due when the queue closes', async () => {
    const { rig, record } = stampedRig();
    await take(rig);
    const refreshes = record.refreshes;
    rig.engine.close();
    // Settled at once, with no refresh run: the one due was dropped, not run after the close.
    await rig.engine.estimates.settled();
    expect(record.refreshes).toBe(refreshes);
  });
});

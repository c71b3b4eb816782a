import { describe, expect, it } from 'vitest';
import { createNaiveEstimator } from '../../../shared/queue/estimate/naive-estimator.ts';
import type { WaitEstimator } from '../../../shared/queue/estimate/wait-estimator.ts';
import type { QueueEvent } from '../../../shared/queue/queue-events.ts';
import { text } from '../../fixtures/flows.ts';
import { engineRig, type EngineRig } from './engine-rig.ts';
import { errorOf } from '../../fixtures/temp-host.ts';

const take = (target: EngineRig, service = 'customer-service') => target.engine.takeTicket({ service, kind: 'service', sessionId: null });

/**
 * An estimator that answers with how many events it has seen, so a test can tell an estimate
 * made after the latest event from a stale one; it wraps the naive one for `now`.
 */
function countingEstimator(): WaitEstimator & { seen: QueueEvent[] } {
  const naive = createNaiveEstimator({ priorServiceMinutes: {} });
  const seen: QueueEvent[] = [];
  const counted = () => ({ kind: 'range' as const, lowMinutes: seen.length, medianMinutes: seen.length + 1, highMinutes: seen.length + 2 });
  return {
    seen,
    observe(event, outcome, state) {
      seen.push(event);
      naive.observe(event, outcome, state);
    },
    estimateAll: (state) => new Map([...state.waiting.keys()].map((id) => [id, counted()])),
    estimateNew: () => counted(),
  };
}

describe('wait estimates', () => {
  it('says "now" when a counter is free for the ticket', async () => {
    const rig = engineRig();
    expect((await take(rig)).estimate).toEqual({ kind: 'now' });
  });

  it('tells a ticket behind others a wait, not "now"', async () => {
    const rig = engineRig();
    await take(rig);
    await rig.engine.callNext('desk-1');
    await take(rig);
    expect((await take(rig)).estimate.kind).not.toBe('now');
  });

  it('recomputes every estimate after each event, off the request path, and pushes the board with it', async () => {
    const estimator = countingEstimator();
    const rig = engineRig({ estimator: () => estimator });
    const ticket = await take(rig);
    const afterIssue = estimator.seen.length;
    // A new ticket shows the wait it was promised as it was issued (every event before its own),
    // the one logged with it; the refresh after each later event recomputes it.
    expect(ticket.estimate).toEqual({ kind: 'range', lowMinutes: afterIssue - 1, medianMinutes: afterIssue, highMinutes: afterIssue + 1 });
    await take(rig, 'advice');
    await rig.engine.estimates.settled();
    expect((await rig.engine.ticket(ticket.id)).estimate).toMatchObject({ lowMinutes: afterIssue + 1 });
    expect(rig.changes.at(-1)?.board.services.find((service) => service.id === 'customer-service')?.estimate).toMatchObject({
      lowMinutes: afterIssue + 1,
    });
  });

  it('feeds the estimator every event, in order, as it is folded', async () => {
    const estimator = countingEstimator();
    const rig = engineRig({ estimator: () => estimator });
    await take(rig);
    await rig.engine.callNext('desk-1');
    await rig.engine.served('desk-1');
    expect(estimator.seen.map((event) => event.type)).toEqual(['counter.opened', 'counter.opened', 'ticket.issued', 'ticket.called', 'ticket.served']);
  });

  it('keeps calling tickets when the estimator fails, and shows the wait as unsure', async () => {
    const broken: WaitEstimator = {
      observe: () => {
        throw new Error('no data');
      },
      estimateAll: () => {
        throw new Error('no data');
      },
      estimateNew: () => {
        throw new Error('no data');
      },
    };
    const rig = engineRig({ estimator: () => broken });
    expect((await take(rig)).estimate).toEqual({ kind: 'unsure' });
    expect((await rig.engine.callNext('desk-1')).number).toBe('A001');
    expect(rig.faults).toContain('estimateAll');
    expect(rig.faults).toContain('observe');
  });

  it('tells a customer "not sure yet", logged as such, when the estimator gives a range without an end', async () => {
    const unbounded: WaitEstimator = {
      observe: () => undefined,
      estimateAll: (state) => new Map([...state.waiting.keys()].map((id) => [id, { kind: 'range', lowMinutes: 3, medianMinutes: 9, highMinutes: Number.POSITIVE_INFINITY }])),
      estimateNew: () => ({ kind: 'range', lowMinutes: 3, medianMinutes: 9, highMinutes: Number.POSITIVE_INFINITY }),
    };
    const rig = engineRig({ estimator: () => unbounded });
    const ticket = await take(rig);
    expect(ticket.estimate).toEqual({ kind: 'unsure' });
    expect(rig.usage()).toContainEqual(expect.objectContaining({ type: 'ticket.issued', predicted: { kind: 'unsure' } }));
    expect(rig.faults).toContain('estimateNew');
    await rig.engine.callNext('desk-1');
    expect(rig.usage()).toContainEqual(expect.objectContaining({ type: 'ticket.called', predicted: { kind: 'unsure' } }));
  });

  it('never commits a ticket without the wait it was promised and its usage fact', async () => {
    const rig = engineRig();
    const db = rig.db();
    // The usage log cannot be written (a full disk, say): the ticket must not exist either.
    db.exec("CREATE TEMP TRIGGER refuse_usage BEFORE INSERT ON usage_events WHEN NEW.type = 'ticket.issued' BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    await expect(take(rig)).rejects.toThrow(/disk full/);
    const count = (sql: string) => Number(db.prepare(sql).get()?.count);
    expect(count("SELECT count(*) AS count FROM queue_events WHERE type = 'ticket.issued'")).toBe(0);
    expect(count('SELECT count(*) AS count FROM ticket_predictions')).toBe(0);
    expect((await rig.engine.board()).board.services.every((service) => service.waiting === 0)).toBe(true);
    db.exec('DROP TRIGGER refuse_usage');
    const ticket = await take(rig);
    expect(ticket.number).toBe('A001');
    expect(count("SELECT count(*) AS count FROM queue_events WHERE type = 'ticket.issued'")).toBe(1);
    expect(count('SELECT count(*) AS count FROM ticket_predictions')).toBe(1);
    expect(rig.usage().filter((event) => event.type === 'ticket.issued')).toHaveLength(1);
  });

  it('pushes a new board version on each change, never a lower one', async () => {
    const rig = engineRig();
    await take(rig);
    await rig.engine.callNext('desk-1');
    const versions = rig.changes.map((change) => change.version);
    expect(versions.length).toBeGreaterThanOrEqual(3);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(new Set(versions).size).toBe(versions.length);
    expect((await rig.engine.board()).version).toBe(versions.at(-1));
  });

  it('shows the order rule and what each service gives and asks customers to have ready', async () => {
    const rig = engineRig();
    const ticket = await take(rig, 'advice');
    expect(await rig.engine.ticket(ticket.id)).toMatchObject({
      gives: { en: 'Advice that fits you' },
      prepare: { en: 'Have your receipt ready' },
    });
    expect((await rig.engine.board()).board.orderRule.priorityClasses).toEqual([
      expect.objectContaining({ id: 'accessibility', advanceMinutes: 10, rule: expect.objectContaining({ en: expect.any(String) }) }),
    ]);
  });
});

describe('delay reasons', () => {
  const reason = text('Un compañero está de baja hoy', 'A colleague is off sick today');

  it('shows a posted delay to the tickets of its service and on the board, until it is cleared', async () => {
    const rig = engineRig();
    const advice = await take(rig, 'advice');
    const other = await take(rig);
    const { id } = await rig.engine.postDelay('advice', reason);
    expect((await rig.engine.ticket(advice.id)).delays).toEqual([{ id, service: 'advice', reason, postedAt: rig.now().toISOString() }]);
    expect((await rig.engine.ticket(other.id)).delays).toEqual([]);
    expect(rig.changes.at(-1)?.board.delays).toEqual([expect.objectContaining({ id, service: 'advice' })]);
    await rig.engine.clearDelay(id);
    expect((await rig.engine.ticket(advice.id)).delays).toEqual([]);
    expect(rig.changes.at(-1)?.board.delays).toEqual([]);
    expect(await errorOf(rig.engine.clearDelay(id))).toMatchObject({ code: 'queue.unknownDelay' });
  });

  it('shows a store-wide delay to every waiting ticket', async () => {
    const rig = engineRig();
    const first = await take(rig, 'advice');
    const second = await take(rig, 'complaints');
    await rig.engine.postDelay(undefined, reason);
    for (const ticket of [first, second]) expect((await rig.engine.ticket(ticket.id)).delays).toEqual([expect.objectContaining({ service: null, reason })]);
  });

  it('refuses a delay for a service the store does not have', async () => {
    const rig = engineRig();
    expect(await errorOf(rig.engine.postDelay('refunds', reason))).toMatchObject({ code: 'queue.unknownService' });
  });
});

import { describe, expect, it } from 'vitest';
import type { WaitEstimator } from '../../../shared/queue/estimate/wait-estimator.ts';
import type { QueueEvent } from '../../../shared/queue/queue-events.ts';
import { naiveEstimatorFor } from '../../../electron/host/load-kiosk.ts';
import { queueConfigSchema } from '../../../shared/config/queue-config.ts';
import { queueConfigFixture } from '../../fixtures/store-config.ts';
import { text } from '../../fixtures/flows.ts';
import { engineRig, morning, type EngineRig } from './engine-rig.ts';
import { errorOf } from '../../fixtures/temp-host.ts';

const take = (target: EngineRig, service = 'customer-service', priority?: string) =>
  target.engine.takeTicket({ service, kind: 'service', priority, sessionId: null });

function cancelledInLog(target: EngineRig): { day: string; ticket: string }[] {
  return target
    .db()
    .prepare("SELECT day, event FROM queue_events WHERE type = 'ticket.cancelled' ORDER BY seq")
    .all()
    .map((row) => ({ day: String(row.day), ticket: (JSON.parse(String(row.event)) as { ticket: string }).ticket }));
}

/** The naive estimator, remembering what it was shown. */
function watchedEstimator(): WaitEstimator & { seen: QueueEvent[] } {
  const naive = naiveEstimatorFor(queueConfigSchema.parse(queueConfigFixture()));
  const seen: QueueEvent[] = [];
  return {
    ...naive,
    seen,
    observe(event, outcome, state) {
      seen.push(event);
      naive.observe(event, outcome, state);
    },
  };
}

describe('the queue day', () => {
  it('keeps one day past midnight, then restarts the numbers and cancels what still waits at dayStartsAt', async () => {
    const rig = engineRig({ start: morning(20, 0) });
    const served = await take(rig);
    const waiting = await take(rig);
    const other = await take(rig, 'advice');
    await rig.engine.callNext('desk-1');
    rig.setClock(morning(3, 59, 24));
    const lateNight = await take(rig);
    expect(lateNight.number).toBe('A003');

    rig.setClock(morning(4, 0, 24));
    expect((await take(rig)).number).toBe('A001');
    expect((await take(rig, 'advice')).number).toBe('B001');
    expect(cancelledInLog(rig)).toEqual(
      [waiting, other, lateNight].map((ticket) => ({ day: '2026-11-23', ticket: ticket.id })),
    );
    const { board } = await rig.engine.board();
    expect(board.services.flatMap((service) => service.next)).toEqual(['A001', 'B001']);
    expect(board.counters.map(({ status, serving }) => ({ status, serving }))).toEqual([
      { status: 'open', serving: null },
      { status: 'open', serving: null },
    ]);
    expect(await errorOf(rig.engine.ticket(served.id))).toMatchObject({ code: 'queue.unknownTicket' });
  });

  it('cancels the last day’s waiting tickets when the kiosk starts on a later day', async () => {
    let rig = engineRig({ start: morning(18, 0) });
    const left = await take(rig);
    rig.setClock(morning(9, 0, 24));
    rig = rig.restart();
    expect(cancelledInLog(rig)).toEqual([{ day: '2026-11-23', ticket: left.id }]);
    expect((await take(rig)).number).toBe('A001');
    expect((await rig.engine.board()).board.counters.every((counter) => counter.status === 'open')).toBe(true);
  });

  it('starts the day at the configured hour', async () => {
    const rig = engineRig({ queue: { dayStartsAt: '07:30' }, start: morning(7, 0) });
    await take(rig);
    rig.setClock(morning(7, 29));
    expect((await take(rig)).number).toBe('A002');
    rig.setClock(morning(7, 30));
    expect((await take(rig)).number).toBe('A001');
  });
});

describe('a restart', () => {
  it('keeps every ticket, counter and delay, and goes on numbering and serving', async () => {
    let rig = engineRig();
    const first = await take(rig);
    const priority = await take(rig, 'customer-service', 'accessibility');
    const advice = await take(rig, 'advice');
    await rig.engine.callNext('desk-1');
    await rig.engine.pauseCounter('desk-2');
    const delay = await rig.engine.postDelay('advice', text('Falta personal', 'Short of staff'));
    // As a restart computes them: the estimates once caught up with every change.
    await rig.engine.estimates.settled();
    const before = await rig.engine.board();
    const statuses = await Promise.all([first, priority, advice].map((ticket) => rig.engine.ticket(ticket.id)));

    rig = rig.restart();
    expect(await rig.engine.board()).toEqual(before);
    expect(await Promise.all([first, priority, advice].map((ticket) => rig.engine.ticket(ticket.id)))).toEqual(statuses);
    expect((await take(rig)).number).toBe('A003');
    // Taken together, the priority ticket went first.
    expect(await rig.engine.served('desk-1')).toMatchObject({ number: priority.number });
    expect((await rig.engine.callNext('desk-1')).number).toBe(first.number);
    expect(rig.usage().at(-1)).toMatchObject({ type: 'ticket.called', priority: null, predicted: first.estimate });
    await rig.engine.clearDelay(delay.id);
  });

  it('finds the queue log as it was written: the database refuses to edit or delete an event', async () => {
    let rig = engineRig();
    await take(rig);
    expect(() => rig.db().exec("UPDATE queue_events SET type = 'x'")).toThrow(/never edited/);
    expect(() => rig.db().exec('DELETE FROM queue_events')).toThrow(/never deleted/);
    rig = rig.restart();
    expect((await rig.engine.board()).board.services[0]?.next).toEqual(['A001']);
  });

  it('never shows a lower board version than before it', async () => {
    let rig = engineRig();
    await take(rig);
    const before = (await rig.engine.board()).version;
    rig = rig.restart();
    expect((await rig.engine.board()).version).toBeGreaterThanOrEqual(before);
    await take(rig);
    expect((await rig.engine.board()).version).toBeGreaterThan(before);
  });

  it('teaches a new estimator the days before today as well as today', async () => {
    const rig = engineRig();
    await take(rig);
    await rig.engine.callNext('desk-1');
    await rig.engine.served('desk-1');
    rig.setClock(morning(9, 0, 24));
    const estimator = watchedEstimator();
    rig.restart(estimator);
    expect(estimator.seen.map((event) => event.type)).toEqual([
      ...['counter.opened', 'counter.opened', 'ticket.issued', 'ticket.called', 'ticket.served'],
      ...['counter.opened', 'counter.opened'],
    ]);
  });
});

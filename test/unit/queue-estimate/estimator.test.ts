import { describe, expect, it } from 'vitest';
import { createWaitEstimator } from '../../../shared/queue/estimate/monte-carlo-estimator.ts';
import { call, issue, median, open, queueWith, taughtEstimator, time, width } from './queue-factory.ts';

const tillsArrival = { service: 'tills', advanceMinutes: 0 };

/** A queue at 10:00 with `counters` open for tills, each busy since `busyFor` minutes, and `waiting` tickets. */
function queueAt10({ counters = 1, waiting = 0, busyFor = 1, services = ['tills'] } = {}) {
  const estimator = taughtEstimator();
  const queue = queueWith([estimator]);
  for (let index = 1; index <= counters; index += 1) {
    queue.apply(open(`c${index}`, 116, services), issue(`busy${index}`, 117), call(`busy${index}`, `c${index}`, 120 - busyFor));
  }
  for (let index = 1; index <= waiting; index += 1) queue.apply(issue(`w${index}`, 118 + index / 100));
  return { estimator, queue };
}

describe('the wait estimate', () => {
  it('says "now" only when a counter serving the service is free and nobody is ahead', () => {
    const estimator = taughtEstimator();
    const queue = queueWith([estimator]);
    queue.apply(open('c1', 116), open('c2', 116, ['returns']));
    expect(estimator.estimateNew(queue.state, time(120), tillsArrival)).toEqual({ kind: 'now' });
    queue.apply(issue('w1', 120));
    expect(estimator.estimateAll(queue.state, time(120)).get('w1')).toEqual({ kind: 'now' });
    expect(estimator.estimateNew(queue.state, time(120), tillsArrival).kind).toBe('range');
    queue.apply(call('w1', 'c1', 120.2));
    expect(estimator.estimateNew(queue.state, time(120.3), tillsArrival).kind).toBe('range');
  });

  it('says it is not sure yet while it has seen too few services', () => {
    const estimator = createWaitEstimator({ priorServiceMinutes: { tills: 4 } });
    const queue = queueWith([estimator]);
    queue.apply(open('c1', 116), issue('busy', 117), call('busy', 'c1', 118), issue('w1', 119));
    expect(estimator.estimateNew(queue.state, time(120), tillsArrival)).toEqual({ kind: 'unsure' });
    expect(estimator.estimateAll(queue.state, time(120)).get('w1')).toEqual({ kind: 'unsure' });
  });

  it('gives a longer and wider range with more tickets ahead', () => {
    const few = queueAt10({ waiting: 2 });
    const many = queueAt10({ waiting: 8 });
    const short = few.estimator.estimateNew(few.queue.state, time(120), tillsArrival);
    const long = many.estimator.estimateNew(many.queue.state, time(120), tillsArrival);
    expect(median(long)).toBeGreaterThan(median(short) * 2);
    expect(width(long)).toBeGreaterThan(width(short));
  });

  it('gives a shorter range with more counters open for the service', () => {
    const one = queueAt10({ counters: 1, waiting: 6 });
    const three = queueAt10({ counters: 3, waiting: 6 });
    const slow = one.estimator.estimateNew(one.queue.state, time(120), tillsArrival);
    const fast = three.estimator.estimateNew(three.queue.state, time(120), tillsArrival);
    expect(median(fast)).toBeLessThan(median(slow) / 2);
    expect(width(fast)).toBeLessThan(width(slow));
  });

  it('gets no help from a free counter that does not serve the service', () => {
    const alone = queueAt10({ waiting: 4 });
    const helped = queueAt10({ waiting: 4 });
    helped.queue.apply(open('other', 119, ['returns']));
    const without = alone.estimator.estimateNew(alone.queue.state, time(120), tillsArrival);
    const withOther = helped.estimator.estimateNew(helped.queue.state, time(120), tillsArrival);
    expect(withOther.kind).toBe('range');
    expect(Math.abs(median(withOther) - median(without))).toBeLessThan(0.1 * median(without));
  });

  it('counts a priority ticket that arrives later but is called first under the calling rule', () => {
    const { estimator, queue } = queueAt10({ waiting: 3 });
    const before = median(estimator.estimateAll(queue.state, time(120)).get('w3'));
    queue.apply(issue('p1', 120, { priority: 'accessibility', advanceMinutes: 10 }), issue('p2', 120, { priority: 'accessibility', advanceMinutes: 10 }));
    const after = median(estimator.estimateAll(queue.state, time(120)).get('w3'));
    expect(after).toBeGreaterThan(before + 4);
  });

  it('expects a service that has already run long to end sooner', () => {
    const fresh = queueAt10({ busyFor: 0.5 });
    const late = queueAt10({ busyFor: 3.8 });
    const soon = late.estimator.estimateNew(late.queue.state, time(120), tillsArrival);
    const later = fresh.estimator.estimateNew(fresh.queue.state, time(120), tillsArrival);
    expect(median(soon)).toBeLessThan(median(later) * 0.75);
  });

  it('counts a counter back from its break, and no counter at all as not sure', () => {
    const { estimator, queue } = queueAt10({ waiting: 2 });
    queue.apply({ type: 'ticket.served', at: '2026-11-23T10:00:30.000Z', ticket: 'busy1', counter: 'c1' });
    queue.apply({ type: 'counter.paused', at: '2026-11-23T10:00:40.000Z', counter: 'c1' });
    expect(median(estimator.estimateAll(queue.state, time(121)).get('w1'))).toBeGreaterThan(5);
    queue.apply({ type: 'counter.closed', at: '2026-11-23T10:01:10.000Z', counter: 'c1' });
    expect(estimator.estimateAll(queue.state, time(122)).get('w1')).toEqual({ kind: 'unsure' });
  });

  it('estimates 150 waiting tickets at once', () => {
    const { estimator, queue } = queueAt10({ counters: 8, waiting: 150 });
    const estimates = estimator.estimateAll(queue.state, time(120));
    expect(estimates.size).toBe(150);
    const medians = [...estimates.values()].map(median);
    expect(medians.at(-1)).toBeGreaterThan(medians[0] as number);
  });
});

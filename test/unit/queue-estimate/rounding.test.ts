import { describe, expect, it } from 'vitest';
import { estimateView } from '../../../electron/host/queue/queue-view.ts';
import { roundWaitForCustomers } from '../../../shared/queue/estimate/rounding.ts';

const range = (lowMinutes: number, highMinutes: number) => ({ kind: 'range' as const, lowMinutes, medianMinutes: (lowMinutes + highMinutes) / 2, highMinutes });

describe('the wait a customer reads', () => {
  it('keeps "now" and "not sure yet" as they are', () => {
    expect(roundWaitForCustomers({ kind: 'now' })).toEqual({ kind: 'now' });
    expect(roundWaitForCustomers({ kind: 'unsure' })).toEqual({ kind: 'unsure' });
  });

  it('rounds to the minute under ten minutes, outwards', () => {
    expect(roundWaitForCustomers(range(2.6, 7.2))).toEqual({ kind: 'range', fromMinutes: 2, toMinutes: 8 });
  });

  it('rounds to five minutes under an hour and to quarter hours beyond', () => {
    expect(roundWaitForCustomers(range(12.4, 27.1))).toEqual({ kind: 'range', fromMinutes: 10, toMinutes: 30 });
    expect(roundWaitForCustomers(range(50, 71))).toEqual({ kind: 'range', fromMinutes: 50, toMinutes: 75 });
  });

  it('never shows 0 in a range: zero is kept for a counter that is really free', () => {
    expect(roundWaitForCustomers(range(0, 3.2))).toEqual({ kind: 'range', fromMinutes: 1, toMinutes: 4 });
  });

  it('never shows a range of zero width', () => {
    expect(roundWaitForCustomers(range(0.2, 0.4))).toEqual({ kind: 'range', fromMinutes: 1, toMinutes: 2 });
    expect(roundWaitForCustomers(range(15, 15))).toEqual({ kind: 'range', fromMinutes: 15, toMinutes: 20 });
  });
});

describe('the range customers are told', () => {
  it('rounds the host’s view outwards to sensible steps, keeping the median inside', () => {
    expect(estimateView({ kind: 'range', lowMinutes: 3.2, medianMinutes: 7.6, highMinutes: 13.4 })).toEqual({
      kind: 'range',
      lowMinutes: 3,
      medianMinutes: 8,
      highMinutes: 15,
    });
    expect(estimateView({ kind: 'range', lowMinutes: 0.2, medianMinutes: 0.4, highMinutes: 0.9 })).toEqual({
      kind: 'range',
      lowMinutes: 1,
      medianMinutes: 1,
      highMinutes: 2,
    });
    expect(estimateView(undefined)).toEqual({ kind: 'unsure' });
    expect(estimateView({ kind: 'now' })).toEqual({ kind: 'now' });
  });
});

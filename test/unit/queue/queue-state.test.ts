import { describe, expect, it } from 'vitest';
import { callingOrder, nextTicket, readyTime } from '../../../shared/queue/calling-rule.ts';
import { queueEventSchema, type QueueEventInput } from '../../../shared/queue/queue-events.ts';
import { applyQueueEvent, emptyQueueState, QueueLogError, type QueueState } from '../../../shared/queue/queue-state.ts';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 9, minute)).toISOString();

function fold(events: QueueEventInput[]): QueueState {
  const state = emptyQueueState();
  for (const event of events) applyQueueEvent(state, queueEventSchema.parse(event));
  return state;
}

const issue = (ticket: string, minute: number, extra: Partial<QueueEventInput & { type: 'ticket.issued' }> = {}) =>
  ({ type: 'ticket.issued', at: at(minute), ticket, number: ticket, service: 'tills', kind: 'service', ...extra }) as const;

describe('the calling rule', () => {
  it('calls tickets in order of arrival', () => {
    const state = fold([issue('A2', 2), issue('A1', 1), issue('A3', 3)]);
    expect(callingOrder([...state.waiting.values()]).map((ticket) => ticket.id)).toEqual(['A1', 'A2', 'A3']);
  });

  it('serves a priority ticket as if it had arrived its advance earlier, and no earlier', () => {
    const state = fold([issue('A1', 0), issue('A2', 5), issue('P1', 12, { priority: 'accessibility', advanceMinutes: 10 })]);
    expect(callingOrder([...state.waiting.values()]).map((ticket) => ticket.id)).toEqual(['A1', 'P1', 'A2']);
  });

  it('serves an early appointment near its booked time and a late one as an arrival', () => {
    expect(readyTime({ issuedAt: 0, advanceMinutes: 0, appointmentAt: 30 * 60_000 })).toBe(30 * 60_000);
    expect(readyTime({ issuedAt: 40 * 60_000, advanceMinutes: 0, appointmentAt: 30 * 60_000 })).toBe(40 * 60_000);
    const state = fold([issue('B1', 0, { kind: 'appointment', appointmentAt: at(20) }), issue('A1', 5), issue('A2', 25)]);
    expect(callingOrder([...state.waiting.values()]).map((ticket) => ticket.id)).toEqual(['A1', 'B1', 'A2']);
  });

  it('lets a counter call only the services it serves', () => {
    const state = fold([issue('A1', 0), issue('B1', 1, { service: 'returns' })]);
    expect(nextTicket(['returns'], [...state.waiting.values()])?.id).toBe('B1');
    expect(nextTicket(['pharmacy'], [...state.waiting.values()])).toBeUndefined();
  });
});

describe('the queue state', () => {
  it('records the wait when a ticket is called and the service time when it is served', () => {
    const state = fold([{ type: 'counter.opened', at: at(0), counter: '1', services: ['tills'] }, issue('A1', 1)]);
    const called = applyQueueEvent(state, queueEventSchema.parse({ type: 'ticket.called', at: at(7), ticket: 'A1', counter: '1' }));
    expect(called).toMatchObject({ kind: 'called', waitedMs: 6 * 60_000 });
    const served = applyQueueEvent(state, queueEventSchema.parse({ type: 'ticket.served', at: at(10), ticket: 'A1', counter: '1' }));
    expect(served).toMatchObject({ kind: 'finished', tookMs: 3 * 60_000, noShow: false });
    expect(state.counters.get('1')?.serving).toBeUndefined();
  });

  it('keeps a transferred ticket its place in line', () => {
    const state = fold([
      { type: 'counter.opened', at: at(0), counter: '1', services: ['tills'] },
      issue('A1', 1),
      issue('B1', 2, { service: 'returns' }),
      { type: 'ticket.called', at: at(3), ticket: 'A1', counter: '1' },
      { type: 'ticket.transferred', at: at(4), ticket: 'A1', service: 'returns' },
    ]);
    expect(nextTicket(['returns'], [...state.waiting.values()])?.id).toBe('A1');
    expect(state.counters.get('1')?.serving).toBeUndefined();
  });

  it('refuses an event the queue cannot have produced, naming it', () => {
    expect(() => fold([issue('A1', 1), { type: 'ticket.called', at: at(2), ticket: 'A1', counter: '9' }])).toThrow(QueueLogError);
    expect(() => fold([{ type: 'ticket.served', at: at(2), ticket: 'A1', counter: '1' }])).toThrow(/ticket A1 is not being served/);
  });
});

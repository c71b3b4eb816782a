import { describe, expect, it } from 'vitest';
import { groupTables } from '../../../shared/queue/estimate/scorecard-table.ts';
import { createWaitScoring } from '../../../shared/queue/estimate/wait-scoring.ts';
import type { WaitEstimator } from '../../../shared/queue/estimate/wait-estimator.ts';
import { queueEventSchema, type QueueEventInput } from '../../../shared/queue/queue-events.ts';

/** An estimate that always promises 5 to 15 minutes, so each real wait is either inside or past it. */
const fiveToFifteen: WaitEstimator = {
  observe: () => undefined,
  estimateAll: () => new Map(),
  estimateNew: () => ({ kind: 'range', lowMinutes: 5, medianMinutes: 10, highMinutes: 15 }),
};

// Friday 6 March 2026, evening, in Mexico City (UTC-6): already Saturday in UTC.
const local = (clock: string) => new Date(Date.parse(`2026-03-06T${clock}:00-06:00`)).toISOString();

function scoredLog(events: QueueEventInput[]) {
  const scoring = createWaitScoring([{ name: 'estimator', estimator: fiveToFifteen }, { name: 'naive', estimator: fiveToFifteen }], 'naive', { timeZone: 'America/Mexico_City' });
  for (const event of events) scoring.apply(queueEventSchema.parse(event));
  return scoring.scorecard();
}

describe('the scorecard by group of customers', () => {
  const card = scoredLog([
    { type: 'counter.opened', at: local('20:00'), counter: 'c1', services: ['tills', 'advice'] },
    { type: 'ticket.issued', at: local('20:01'), ticket: 'walk', number: 'A001', service: 'tills', kind: 'service' },
    { type: 'ticket.issued', at: local('20:02'), ticket: 'early', number: 'V001', service: 'advice', kind: 'appointment', priority: 'appointment', advanceMinutes: 5, appointmentAt: local('20:30') },
    { type: 'ticket.issued', at: local('20:03'), ticket: 'ramp', number: 'A002', service: 'tills', kind: 'service', priority: 'accessibility', advanceMinutes: 10 },
    { type: 'ticket.called', at: local('20:09'), ticket: 'ramp', counter: 'c1' },
    { type: 'ticket.served', at: local('20:12'), ticket: 'ramp', counter: 'c1' },
    { type: 'ticket.called', at: local('20:22'), ticket: 'walk', counter: 'c1' },
    { type: 'ticket.served', at: local('20:25'), ticket: 'walk', counter: 'c1' },
    { type: 'ticket.called', at: local('20:26'), ticket: 'early', counter: 'c1' },
  ]);
  const group = (dimension: keyof typeof card.groups, name: string) => card.groups[dimension].find((entry) => entry.group === name);

  it('sorts tickets by how they joined the line: walk-in, priority, appointment by how early it checked in', () => {
    expect(card.groups.kind.map((entry) => entry.group)).toEqual(['appointment, 20+ min early', 'priority', 'walk-in']);
    // The walk-in waited 21 minutes, past the 15 promised; the priority ticket 6, inside.
    expect(group('kind', 'walk-in')).toMatchObject({ scored: 1, ranges: 1, coverage: 0, pastUpper: 1, biasMinutes: -11 });
    expect(group('kind', 'priority')).toMatchObject({ scored: 1, ranges: 1, coverage: 1, pastUpper: 0, biasMinutes: 4 });
    expect(group('kind', 'appointment, 20+ min early')).toMatchObject({ scored: 1, coverage: 0, pastUpper: 1 });
  });

  it("reads weekdays and hours on the store's clock, with the counts behind each figure", () => {
    expect(card.timeZone).toBe('America/Mexico_City');
    expect(card.groups.weekday).toEqual([expect.objectContaining({ group: 'Friday', scored: 3, ranges: 3 })]);
    expect(card.groups.hour).toEqual([expect.objectContaining({ group: '20:00', scored: 3 })]);
    expect(card.groups.service.map((entry) => [entry.group, entry.scored])).toEqual([
      ['advice', 1],
      ['tills', 2],
    ]);
  });

  it('prints a table per dimension with the zone it reads the clock in', () => {
    const tables = groupTables(card);
    expect(tables).toContain('estimator by weekday (America/Mexico_City)');
    expect(tables).toMatch(/appointment, 20\+ min early\s+1\s+1\s+0\.0%\s+100\.0%/);
  });
});

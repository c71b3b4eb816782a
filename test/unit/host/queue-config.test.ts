import { describe, expect, it } from 'vitest';
import { parseStoreConfig } from '../../../electron/host/config/load-store-config.ts';
import { text } from '../../fixtures/flows.ts';
import { storeConfigFixture, withoutValue, withValue } from '../../fixtures/store-config.ts';

function verdictFor(config: object) {
  return parseStoreConfig(JSON.stringify(config), 'store.json');
}

/** Where the config is refused, and what the kiosk expected there. */
function problemWith(config: object): { path: unknown; expected: unknown } {
  const verdict = verdictFor(config);
  if (verdict.ok) throw new Error('the config was accepted');
  return { path: verdict.problem.params.path, expected: verdict.problem.params.expected };
}

const valid = storeConfigFixture();

describe('the queue section of a store config', () => {
  it('fills in the defaults: a 5-minute prior, counters open at the start, a day from 04:00, no classes', () => {
    const config = withoutValue(withoutValue(withoutValue(valid, 'queue.dayStartsAt'), 'queue.priorityClasses'), 'queue.services[2].priorServiceMinutes');
    const verdict = verdictFor(config);
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    expect(verdict.config.queue).toMatchObject({ dayStartsAt: '04:00', priorityClasses: [] });
    expect(verdict.config.queue.services[2]?.priorServiceMinutes).toBe(5);
    expect(verdict.config.queue.counters.every((counter) => counter.opensAtStart)).toBe(true);
    expect(verdict.config.queue.appointments).toBeUndefined();
  });

  it('names a counter that serves a service the store does not have', () => {
    expect(problemWith(withValue(valid, 'queue.counters[1].services[1]', 'refunds'))).toEqual({
      path: 'queue.counters[1].services[1]',
      expected: 'the id of a queue service',
    });
  });

  it('names the second of two counters with the same id, or the same label', () => {
    expect(problemWith(withValue(valid, 'queue.counters[1].id', 'desk-1'))).toEqual({
      path: 'queue.counters[1].id',
      expected: 'a counter id not used before ("desk-1" is)',
    });
    expect(problemWith(withValue(valid, 'queue.counters[1].label', '1'))).toMatchObject({ path: 'queue.counters[1].label' });
  });

  it('names a service no counter serves, whose tickets would wait for ever', () => {
    expect(problemWith(withValue(valid, 'queue.counters[1].services', ['advice']))).toEqual({
      path: 'queue.services[2].id',
      expected: 'a service some counter serves (no counter serves "complaints")',
    });
  });

  it('refuses a store without counters', () => {
    expect(problemWith(withValue(valid, 'queue.counters', []))).toMatchObject({ path: 'queue.counters' });
  });

  it('names a priority class used twice, or one that takes the id of appointments', () => {
    const accessibility = valid.queue.priorityClasses?.[0];
    expect(problemWith(withValue(valid, 'queue.priorityClasses', [accessibility, accessibility]))).toMatchObject({
      path: 'queue.priorityClasses[1].id',
    });
    expect(problemWith(withValue(valid, 'queue.priorityClasses[0].id', 'appointment'))).toMatchObject({
      path: 'queue.priorityClasses[0].id',
      expected: expect.stringContaining('appointments'),
    });
  });

  it('asks for a priority class rule in every enabled language', () => {
    expect(problemWith(withValue(valid, 'queue.priorityClasses[0].rule', { es: 'Hasta 10 minutos antes' }))).toEqual({
      path: 'queue.priorityClasses[0].rule.en',
      expected: 'a text in en, an enabled language',
    });
  });

  it('asks what a service gives, and for a local time the day starts at', () => {
    expect(problemWith(withoutValue(valid, 'queue.services[0].gives'))).toMatchObject({ path: 'queue.services[0].gives' });
    expect(problemWith(withValue(valid, 'queue.dayStartsAt', '4am'))).toMatchObject({ path: 'queue.dayStartsAt' });
    expect(problemWith(withValue(valid, 'queue.dayStartsAt', '24:00'))).toMatchObject({ path: 'queue.dayStartsAt' });
  });

  it('accepts appointments with their texts and check-in window', () => {
    const verdict = verdictFor(
      withValue(valid, 'queue.appointments', { file: 'appointments.json', name: text('Cita', 'Appointment'), rule: text('Cerca de su hora', 'Near your time') }),
    );
    expect(verdict.ok && verdict.config.queue.appointments).toMatchObject({ advanceMinutes: 5, earlyMinutes: 30, lateMinutes: 15 });
  });
});

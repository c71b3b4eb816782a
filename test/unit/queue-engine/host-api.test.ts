// The queue through the host API: the real dispatcher, a real SQLite file, the events pushed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Host } from '../../../electron/host/create-host.ts';
import type { EventEnvelope } from '../../../shared/host-api/envelope.ts';
import { hostErrorCodes } from '../../../shared/host-api/errors.ts';
import { hostMethods, methodNames, type MethodName } from '../../../shared/host-api/contract.ts';
import { text } from '../../fixtures/flows.ts';
import { call, clockAt, exampleStoreCopy, openSession, resultOf, runAction } from '../../fixtures/host.ts';
import { storeConfigFixture, tempStore, withValue, type TempStore } from '../../fixtures/store-config.ts';
import { tempHost } from '../../fixtures/temp-host.ts';
import { morning } from './engine-rig.ts';

interface Kiosk {
  host: Host;
  pushed: EventEnvelope[];
  faults: string[];
  clock: ReturnType<typeof clockAt>;
}

function kioskOn(target: TempStore, start = morning()): Kiosk {
  const clock = clockAt(start);
  const faults: string[] = [];
  const { host } = tempHost({ store: target, now: clock.now, reportFault: (method) => faults.push(method) });
  const pushed: EventEnvelope[] = [];
  host.events.subscribe({ role: 'operator' }, (envelope) => pushed.push(envelope));
  return { host, pushed, faults, clock };
}

const queueMethods: MethodName[] = methodNames.filter((method) => method.startsWith('queue.') || method.startsWith('counter.'));

describe('the queue host API', () => {
  it('takes, follows, calls and serves a ticket, pushing the board and the call', async () => {
    const kiosk = kioskOn(tempStore());
    const { ticket } = await resultOf(kiosk.host, 'queue.takeTicket', { service: 'advice' });
    expect(ticket).toMatchObject({ number: 'B001', service: 'advice', queueService: { en: 'Advice' }, position: 1, estimate: { kind: 'now' } });
    expect(await resultOf(kiosk.host, 'queue.ticket', { ticketId: ticket.id })).toMatchObject({
      ticket: { number: 'B001', state: 'waiting', gives: { en: 'Advice that fits you' }, prepare: { en: 'Have your receipt ready' } },
    });
    const changed = kiosk.pushed.filter((envelope) => envelope.event === 'queue.changed');
    expect(changed.at(-1)?.payload).toMatchObject({ board: { services: expect.arrayContaining([expect.objectContaining({ id: 'advice', next: ['B001'] })]) } });

    kiosk.clock.set(morning(9, 6));
    expect(await resultOf(kiosk.host, 'queue.callNext', { counter: 'desk-2' })).toMatchObject({ ticket: { number: 'B001', counterLabel: '2' } });
    expect(kiosk.pushed.filter((envelope) => envelope.event === 'queue.called').map((envelope) => envelope.payload)).toEqual([
      { number: 'B001', counterLabel: '2', service: 'advice', queueService: { es: 'Asesoramiento', en: 'Advice' }, recall: false, at: morning(9, 6).toISOString() },
    ]);
    expect(await resultOf(kiosk.host, 'queue.ticket', { ticketId: ticket.id })).toMatchObject({ ticket: { state: 'called', counterLabel: '2' } });
    kiosk.clock.set(morning(9, 10));
    expect(await resultOf(kiosk.host, 'queue.served', { counter: 'desk-2' })).toEqual({ ticket: { id: ticket.id, number: 'B001', service: 'advice' } });
    const board = await resultOf(kiosk.host, 'queue.board', {});
    expect(board.version).toBe((kiosk.pushed.at(-1)?.payload as { version: number }).version);
    expect(kiosk.host.usageLog.read().map((stored) => stored.event).filter((event) => event.type.startsWith('ticket.'))).toEqual([
      expect.objectContaining({ type: 'ticket.issued', queueService: 'advice' }),
      expect.objectContaining({ type: 'ticket.called', counter: 'desk-2', waitedSeconds: 360 }),
      expect.objectContaining({ type: 'ticket.served', counter: 'desk-2', serviceSeconds: 240 }),
    ]);
  });

  it('runs counters and delays for staff', async () => {
    const kiosk = kioskOn(tempStore());
    expect(await resultOf(kiosk.host, 'counter.pause', { counter: 'desk-1', reason: 'break' })).toMatchObject({ counter: { id: 'desk-1', label: '1', status: 'paused' } });
    expect(await resultOf(kiosk.host, 'counter.open', { counter: 'desk-1', services: ['complaints'] })).toMatchObject({
      counter: { status: 'open', services: ['complaints'] },
    });
    expect(await resultOf(kiosk.host, 'counter.close', { counter: 'desk-2' })).toMatchObject({ counter: { status: 'closed' } });
    const { delay } = await resultOf(kiosk.host, 'queue.postDelay', { reason: { es: 'Sistema lento', en: 'Slow system' } });
    expect((await resultOf(kiosk.host, 'queue.board', {})).board.delays).toEqual([delay]);
    expect(await resultOf(kiosk.host, 'queue.clearDelay', { delay: delay.id })).toEqual({});
    const { ticket } = await resultOf(kiosk.host, 'queue.takeTicket', { service: 'customer-service', priority: 'accessibility' });
    expect(await resultOf(kiosk.host, 'queue.transfer', { ticket: ticket.number, service: 'complaints' })).toMatchObject({ ticket: { service: 'complaints' } });
    expect(await resultOf(kiosk.host, 'queue.call', { counter: 'desk-1', ticket: ticket.id })).toMatchObject({ ticket: { number: 'A001' } });
    expect(await resultOf(kiosk.host, 'queue.recall', { counter: 'desk-1' })).toMatchObject({ ticket: { number: 'A001' } });
    expect(await resultOf(kiosk.host, 'queue.noShow', { counter: 'desk-1' })).toMatchObject({ ticket: { number: 'A001' } });
  });

  it('answers bad input to every queue method with a typed error, never a crash', async () => {
    const kiosk = kioskOn(tempStore());
    const badInputs: unknown[] = [
      null,
      'A001',
      { counter: 42 },
      { counter: 'desk-1', extra: true },
      { counter: 'Desk 1!' },
      { ticket: '', service: 'advice' },
      { ticketId: 'x'.repeat(65) },
      { service: 'advice', priority: 'x'.repeat(80) },
      { reason: {} },
      { reason: { en: ' ' } },
      { reason: { tlh: 'Qapla' } },
      { code: 'x'.repeat(65) },
      { counter: 'desk-1', services: [] },
    ];
    const wellFormedButWrong: Partial<Record<MethodName, unknown>> = {
      'queue.takeTicket': { service: 'refunds' },
      'queue.checkIn': { code: 'CITA-1000' },
      'queue.ticket': { ticketId: 'no-such-ticket' },
      'queue.callNext': { counter: 'desk-9' },
      'queue.call': { counter: 'desk-1', ticket: 'Z999' },
      'queue.recall': { counter: 'desk-1' },
      'queue.noShow': { counter: 'desk-1' },
      'queue.served': { counter: 'desk-1' },
      'queue.transfer': { ticket: 'A001', service: 'advice' },
      'counter.open': { counter: 'desk-1', services: ['refunds'] },
      'counter.pause': { counter: 'desk-9', reason: 'break' },
      'counter.close': { counter: 'desk-9' },
      'queue.postDelay': { service: 'refunds', reason: { en: 'Busy' } },
      'queue.clearDelay': { delay: 'no-such-delay' },
    };
    for (const method of queueMethods) {
      // Methods without input read a missing one as {}: only the malformed ones are bad for them.
      const takesNothing = method === 'queue.board' || method === 'device.printerStatus';
      const inputs = takesNothing ? badInputs.filter((input) => input !== null) : [...badInputs, wellFormedButWrong[method]];
      for (const input of inputs) {
        const reply = await kiosk.host.dispatch({ id: 1, method, input }, { role: hostMethods[method].roles[0] });
        expect(reply.ok, `${method} ${JSON.stringify(input)}`).toBe(false);
        if (!reply.ok) expect(hostErrorCodes).toContain(reply.error.code);
        if (!reply.ok) expect(reply.error.code, `${method} ${JSON.stringify(input)}`).not.toBe('host.internal');
      }
    }
    expect(kiosk.faults).toEqual([]);
  });

  it('refuses a ticket for a session it never opened', async () => {
    const kiosk = kioskOn(tempStore());
    expect(await call(kiosk.host, 'queue.takeTicket', { sessionId: 'forgedsession1', service: 'advice' })).toMatchObject({
      ok: false,
      error: { code: 'session.unknown' },
    });
    const sessionId = await openSession(kiosk.host);
    expect(await call(kiosk.host, 'queue.takeTicket', { sessionId, service: 'advice' })).toMatchObject({ ok: true });
    expect(kiosk.host.usageLog.read().at(-1)).toMatchObject({ sessionId, event: { type: 'ticket.issued' } });
  });

  it('gives the waiting screen the ticket a flow took, and a help request’s', async () => {
    const kiosk = kioskOn(tempStore());
    const sessionId = await openSession(kiosk.host);
    const taken = await runAction(kiosk.host, sessionId, { flowId: 'see-staff', stepId: 'service' }, { queueService: 'advice' });
    const ticketId = taken.ok ? (taken.result as { ticket: { id: string } }).ticket.id : '';
    expect(await resultOf(kiosk.host, 'queue.ticket', { ticketId })).toMatchObject({ ticket: { number: 'B001', state: 'waiting' } });
    const help = await resultOf(kiosk.host, 'help.request', { sessionId, screen: 'flow' });
    expect(await resultOf(kiosk.host, 'queue.ticket', { ticketId: help.ticket.id })).toMatchObject({ ticket: { number: 'A001' } });
  });

  it('checks an appointment in at the demo store, once', async () => {
    const kiosk = kioskOn(exampleStoreCopy('demo'), morning(9, 50));
    const { ticket, appointmentAt } = await resultOf(kiosk.host, 'queue.checkIn', { code: 'cita-1000' });
    expect(appointmentAt).toBe(morning(10, 0).toISOString());
    expect(ticket).toMatchObject({ service: 'product-advice', priority: 'appointment', number: 'B001' });
    expect(await call(kiosk.host, 'queue.checkIn', { code: 'CITA-1000' })).toMatchObject({ ok: false, error: { code: 'appointment.alreadyCheckedIn' } });
    expect(await call(kiosk.host, 'queue.checkIn', { code: 'CITA-1300' })).toMatchObject({
      ok: false,
      error: { code: 'appointment.tooEarly', params: { time: '12:30' } },
    });
  });

  it('goes out of service, naming the file and field, when an appointment names no queue service', async () => {
    const config = withValue(storeConfigFixture(), 'queue.appointments', {
      file: 'appointments.json',
      name: text('Cita', 'Appointment'),
      rule: text('Cerca de su hora', 'Near your time'),
    });
    const target = tempStore(config);
    writeFileSync(join(target.dir, 'appointments.json'), JSON.stringify({ appointments: [{ code: 'CITA-1', service: 'refunds', time: '10:00' }] }));
    const kiosk = kioskOn(target);
    expect(await call(kiosk.host, 'kiosk.state', {})).toMatchObject({
      result: { state: 'outOfService', problem: { code: 'config.invalidValue', params: { file: 'appointments.json', path: 'appointments[0].service' } } },
    });
    expect(await call(kiosk.host, 'queue.board', {})).toMatchObject({ ok: false, error: { code: 'kiosk.outOfService' } });
  });
});

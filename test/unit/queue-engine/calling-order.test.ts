import { describe, expect, it } from 'vitest';
import type { IssuedTicketView } from '../../../shared/host-api/queue-views.ts';
import { text } from '../../fixtures/flows.ts';
import { callAll, engineRig, morning, type EngineRig } from './engine-rig.ts';
import { errorOf } from '../../fixtures/temp-host.ts';

const appointmentSettings = {
  file: 'appointments.json',
  advanceMinutes: 5,
  earlyMinutes: 30,
  lateMinutes: 15,
  name: text('Cita previa', 'Appointment'),
  rule: text('Cerca de su hora', 'Near your time'),
};

/** Takes a ticket for `service` at each given clock time (minutes after 09:00), in order. */
async function tickets(target: EngineRig, at: number[], service = 'customer-service', priority?: string): Promise<IssuedTicketView[]> {
  const taken: IssuedTicketView[] = [];
  for (const minutes of at) {
    target.setClock(new Date(morning().getTime() + minutes * 60_000));
    taken.push(await target.engine.takeTicket({ service, kind: 'service', priority, sessionId: null }));
  }
  return taken;
}

async function arrivals(target: EngineRig, at: number[], service = 'customer-service', priority?: string): Promise<string[]> {
  return (await tickets(target, at, service, priority)).map((ticket) => ticket.number);
}

describe('the order tickets are called in', () => {
  it('calls tickets in order of arrival', async () => {
    const rig = engineRig();
    expect(await arrivals(rig, [0, 1, 2])).toEqual(['A001', 'A002', 'A003']);
    expect(await callAll(rig, 'desk-1', 3)).toEqual(['A001', 'A002', 'A003']);
  });

  it('serves a priority ticket ahead of those who came less than its advance before it, and of nobody else', async () => {
    const rig = engineRig();
    await arrivals(rig, [0, 5]);
    // Accessibility gives 10 minutes: at 09:12 it goes before A002 (09:05), not before A001 (09:00).
    const [priority] = await arrivals(rig, [12], 'customer-service', 'accessibility');
    await arrivals(rig, [13]);
    expect(priority).toBe('A003');
    expect(await callAll(rig, 'desk-1', 4)).toEqual(['A001', 'A003', 'A002', 'A004']);
  });

  it('calls an early appointment near its booked time, never before a walk-in who came before its advance', async () => {
    const rig = engineRig({ queue: { appointments: appointmentSettings }, appointments: [{ code: 'CITA-1000', service: 'customer-service', time: '10:00' }] });
    await arrivals(rig, [30]);
    rig.setClock(morning(9, 40));
    const { ticket } = await rig.engine.checkIn('cita-1000', null);
    await arrivals(rig, [50, 56, 65]);
    // Booked for 10:00 with a 5-minute advance: as if it had arrived at 09:55.
    expect(await callAll(rig, 'desk-1', 5)).toEqual(['A001', 'A003', ticket.number, 'A004', 'A005']);
  });

  it('lets appointments pass a walk-in only when booked to be ready before it, so nobody is starved', async () => {
    const booked = ['10:00', '10:10', '10:20', '10:30'].map((time) => ({ code: `CITA-${time}`, service: 'customer-service', time }));
    const rig = engineRig({ queue: { appointments: appointmentSettings }, appointments: booked });
    const numbers: string[] = [];
    for (const [minutes, time] of [[50, '10:00'], [60, '10:10'], [70, '10:20'], [80, '10:30']] as const) {
      rig.setClock(new Date(morning().getTime() + minutes * 60_000));
      numbers.push((await rig.engine.checkIn(`CITA-${time}`, null)).ticket.number);
    }
    // At 10:12, between the 10:10 appointment (ready 10:05) and the 10:20 one (ready 10:15).
    const [walkIn] = await arrivals(rig, [72]);
    rig.setClock(morning(10, 21));
    expect(await callAll(rig, 'desk-1', 5)).toEqual([numbers[0], numbers[1], walkIn, numbers[2], numbers[3]]);
  });

  it('lets a counter call only the services it serves', async () => {
    const rig = engineRig();
    const [complaint] = await arrivals(rig, [0], 'complaints');
    const [question] = await arrivals(rig, [1]);
    expect((await rig.engine.callNext('desk-1')).number).toBe(question);
    await rig.engine.served('desk-1');
    expect(await errorOf(rig.engine.callNext('desk-1'))).toMatchObject({ code: 'queue.nothingWaiting' });
    expect((await rig.engine.callNext('desk-2')).number).toBe(complaint);
  });

  it('calls a given ticket by its number at a counter that serves it, and only a waiting one', async () => {
    const rig = engineRig();
    await arrivals(rig, [0, 1]);
    await arrivals(rig, [2], 'complaints');
    expect(await rig.engine.call('desk-1', ' a002 ')).toMatchObject({ number: 'A002', counterLabel: '1' });
    await rig.engine.served('desk-1');
    expect(await errorOf(rig.engine.call('desk-1', 'C001'))).toMatchObject({ code: 'queue.notServedHere' });
    expect(await errorOf(rig.engine.call('desk-1', 'A002'))).toMatchObject({ code: 'queue.ticketNotWaiting' });
    expect(await errorOf(rig.engine.call('desk-1', 'A999'))).toMatchObject({ code: 'queue.unknownTicket' });
    expect((await rig.engine.callNext('desk-1')).number).toBe('A001');
  });

  it('tells each customer their place among the tickets their counters may call first', async () => {
    const rig = engineRig({ queue: { counters: [{ id: 'desk-1', label: '1', services: ['customer-service', 'advice', 'complaints'] }] } });
    const [first] = await tickets(rig, [0]);
    await tickets(rig, [1], 'advice');
    const [third] = await tickets(rig, [2]);
    expect(first?.position).toBe(1);
    expect(third?.position).toBe(3);
    await rig.engine.callNext('desk-1');
    expect(await rig.engine.ticket(third!.id)).toMatchObject({ state: 'waiting', position: 2 });
    expect(await rig.engine.ticket(first!.id)).toMatchObject({ state: 'called', position: null, counterLabel: '1' });
  });
});

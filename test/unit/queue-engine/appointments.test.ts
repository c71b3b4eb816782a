import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { text } from '../../fixtures/flows.ts';
import { engineRig, morning, type EngineRigOptions } from './engine-rig.ts';
import { errorOf } from '../../fixtures/temp-host.ts';

const booked: EngineRigOptions = {
  queue: {
    appointments: {
      file: 'appointments.json',
      advanceMinutes: 5,
      earlyMinutes: 30,
      lateMinutes: 15,
      name: text('Cita previa', 'Appointment'),
      rule: text('Cerca de su hora', 'Near your time'),
    },
  },
  appointments: [
    { code: 'CITA-1000', service: 'advice', time: '10:00' },
    { code: 'K7Q2-PX4M', service: 'customer-service', at: new Date(2026, 10, 24, 10, 0).toISOString() },
  ],
};

describe('appointment check-in', () => {
  it('checks a booking code in with a ticket for its service, served near the booked time', async () => {
    const rig = engineRig({ ...booked, start: morning(9, 45) });
    const checkedIn = await rig.engine.checkIn(' cita 1000 ', null);
    expect(checkedIn).toEqual({
      appointmentAt: morning(10, 0).toISOString(),
      ticket: expect.objectContaining({ number: 'B001', service: 'advice', priority: 'appointment' }),
    });
    expect(await rig.engine.ticket(checkedIn.ticket.id)).toMatchObject({ state: 'waiting', appointmentAt: morning(10, 0).toISOString() });
    expect((await rig.engine.board()).board.orderRule.priorityClasses[0]).toMatchObject({ id: 'appointment', advanceMinutes: 5 });
    expect(rig.usage()).toEqual([expect.objectContaining({ type: 'ticket.issued', queueService: 'advice', kind: 'appointment', priority: 'appointment' })]);
  });

  it('refuses a code no appointment of today has', async () => {
    const rig = engineRig({ ...booked, start: morning(9, 45) });
    expect(await errorOf(rig.engine.checkIn('CITA-1100', null))).toMatchObject({ code: 'appointment.unknownCode' });
    // Booked for tomorrow only.
    expect(await errorOf(rig.engine.checkIn('K7Q2PX4M', null))).toMatchObject({ code: 'appointment.unknownCode' });
  });

  it('checks a code in once, even across a restart', async () => {
    let rig = engineRig({ ...booked, start: morning(9, 45) });
    await rig.engine.checkIn('CITA-1000', null);
    expect(await errorOf(rig.engine.checkIn('cita-1000', null))).toMatchObject({ code: 'appointment.alreadyCheckedIn' });
    rig = rig.restart();
    expect(await errorOf(rig.engine.checkIn('CITA-1000', null))).toMatchObject({ code: 'appointment.alreadyCheckedIn' });
    expect((await rig.engine.board()).board.services.find((service) => service.id === 'advice')?.next).toEqual(['B001']);
  });

  it('checks a code in again on another day it is booked for', async () => {
    const rig = engineRig({ ...booked, start: morning(9, 45) });
    await rig.engine.checkIn('CITA-1000', null);
    rig.setClock(morning(9, 45, 24));
    expect((await rig.engine.checkIn('CITA-1000', null)).ticket.number).toBe('B001');
    expect((await rig.engine.checkIn('K7Q2-PX4M', null)).ticket.number).toBe('A001');
  });

  it('says when check-in opens to a customer who comes too early, and refuses one who comes too late', async () => {
    let rig = engineRig({ ...booked, start: morning(9, 29) });
    expect(await errorOf(rig.engine.checkIn('CITA-1000', null))).toEqual({ code: 'appointment.tooEarly', params: { time: '09:30' } });
    rig.setClock(morning(10, 15));
    expect((await rig.engine.checkIn('CITA-1000', null)).ticket.number).toBe('B001');
    rig.close();
    rig = engineRig({ ...booked, start: morning(10, 16) });
    expect(await errorOf(rig.engine.checkIn('CITA-1000', null))).toEqual({ code: 'appointment.tooLate', params: { time: '10:00' } });
  });

  it('answers appointment.notOffered where the store takes no appointments', async () => {
    const rig = engineRig();
    expect(await errorOf(rig.engine.checkIn('CITA-1000', null))).toMatchObject({ code: 'appointment.notOffered' });
  });

  it('keeps only a keyed hash of a booking code', async () => {
    const rig = engineRig({ ...booked, start: morning(9, 45) });
    await rig.engine.checkIn('CITA-1000', null);
    const file = rig.db().prepare('PRAGMA database_list').get()?.file as string;
    rig.db().exec('PRAGMA wal_checkpoint(TRUNCATE)');
    const stored = readFileSync(file, 'latin1');
    expect(stored).not.toMatch(/CITA-?1000/i);
    expect(rig.db().prepare('SELECT code_hash FROM appointment_checkins').all()).toEqual([{ code_hash: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
  });
});

// A customer with an appointment checks in at the kiosk: the demo's "I have an appointment" flow,
// through the real host, its appointments file and its SQLite file.
import { describe, expect, it } from 'vitest';
import type { Host } from '../../../electron/host/create-host.ts';
import { clockAt, exampleStoreCopy, localNoon, openSession, runAction } from '../../fixtures/host.ts';
import { tempHost } from '../../fixtures/temp-host.ts';

const checkIn = { flowId: 'appointment', stepId: 'code' };

async function demoAtNoon(): Promise<{ host: Host; sessionId: string }> {
  const { host } = tempHost({ store: exampleStoreCopy('demo'), now: clockAt(localNoon(2026, 11, 23)).now });
  return { host, sessionId: await openSession(host) };
}

describe('checking in for an appointment at the kiosk', () => {
  it('gives a ticket with the booked time, once, whatever the case and dashes typed', async () => {
    const { host, sessionId } = await demoAtNoon();
    const reply = await runAction(host, sessionId, checkIn, { bookingCode: 'cita-1200' });
    expect(reply).toMatchObject({
      ok: true,
      result: {
        facts: expect.arrayContaining([
          { id: 'appointmentTime', value: '12:00', kind: 'text' },
          { id: 'ticketNumber', value: expect.stringMatching(/^[A-Z]\d{3}$/), kind: 'code' },
        ]),
        ticket: { priority: 'appointment', print: { status: 'noPrinter' } },
      },
    });
    expect(await runAction(host, sessionId, checkIn, { bookingCode: 'CITA1200' })).toMatchObject({
      ok: false,
      error: { code: 'appointment.alreadyCheckedIn' },
    });
  });

  it('says when a code is unknown, or too early to check in, with the time it opens', async () => {
    const { host, sessionId } = await demoAtNoon();
    expect(await runAction(host, sessionId, checkIn, { bookingCode: 'NOPE-0000' })).toMatchObject({ ok: false, error: { code: 'appointment.unknownCode' } });
    expect(await runAction(host, sessionId, checkIn, { bookingCode: 'CITA-2130' })).toMatchObject({
      ok: false,
      error: { code: 'appointment.tooEarly', params: { time: '21:00' } },
    });
  });

  it('practises a check-in without checking anyone in', async () => {
    const { host, sessionId } = await demoAtNoon();
    expect(await runAction(host, sessionId, checkIn, { bookingCode: 'CITA-1200' }, true)).toMatchObject({ ok: true });
    expect(await runAction(host, sessionId, checkIn, { bookingCode: 'CITA-1200' })).toMatchObject({ ok: true });
  });
});

import { describe, expect, it } from 'vitest';
import type { Principal } from '../../../shared/host-api/roles.ts';
import type { StaffAlert } from '../../../shared/host-api/staff-views.ts';
import type { UsageEvent } from '../../../shared/usage/events.ts';
import type { Host } from '../../../electron/host/create-host.ts';
import { call, clockAt, exampleStoreCopy, localNoon, openSession, resultOf, runAction } from '../../fixtures/host.ts';
import { ana, staffSection, writeStaffBeside } from '../../fixtures/staff.ts';
import { queueConfigFixture, storeConfigFixture } from '../../fixtures/store-config.ts';
import { errorOf, scratchStore, tempHost } from '../../fixtures/temp-host.ts';

const kioskPage: Principal = { role: 'customer' };
const operator: Principal = { role: 'operator' };
const atCounter: Principal = { role: 'staff', staffId: 'ana', device: 'console:ab12cd34ef' };

/** A kiosk whose store allows `perSession` tickets a visit and `perMinute` a minute, with Ana on its staff and a clock the test moves. */
async function limitedKiosk(ticketLimits: { perSession: number; perMinute: number }) {
  const store = scratchStore(
    storeConfigFixture({ store: { id: 'test-store', name: 'Test Store', kioskName: 'Kiosk by the door' }, queue: queueConfigFixture({ ticketLimits }), staff: staffSection() }),
  );
  await writeStaffBeside(store.dir);
  const clock = clockAt(localNoon(2026, 11, 23));
  const { host } = tempHost({ store, now: clock.now });
  const alerts: StaffAlert[] = [];
  host.events.subscribe(atCounter, (envelope) => {
    if (envelope.event === 'staff.alert') alerts.push(envelope.payload as StaffAlert);
  });
  const limitFacts = () =>
    host.usageLog
      .read()
      .map((stored) => stored.event)
      .filter((event): event is Extract<UsageEvent, { type: 'ticket.limitReached' }> => event.type === 'ticket.limitReached');
  return { host, clock, alerts, limitFacts };
}

const take = (host: Host, sessionId: string | undefined, as: Principal = kioskPage) => call(host, 'queue.takeTicket', { sessionId, service: 'customer-service' }, as);
const seconds = (clock: ReturnType<typeof clockAt>, count: number) => clock.set(new Date(clock.now().getTime() + count * 1000));

describe('tickets per customer session', () => {
  it('refuses a session its ticket past the limit with a typed error, alerting staff and logging it once', async () => {
    const { host, alerts, limitFacts } = await limitedKiosk({ perSession: 2, perMinute: 30 });
    const sessionId = await openSession(host);
    await resultOf(host, 'queue.takeTicket', { sessionId, service: 'customer-service' });
    await resultOf(host, 'queue.takeTicket', { sessionId, service: 'advice' });
    expect(await errorOf(take(host, sessionId))).toEqual({ code: 'queue.ticketLimitReached', params: { max: 2 } });
    expect(await errorOf(take(host, sessionId))).toEqual({ code: 'queue.ticketLimitReached', params: { max: 2 } });
    expect(alerts).toEqual([expect.objectContaining({ kind: 'ticketLimit', limit: 'perSession', max: 2, kiosk: 'Kiosk by the door' })]);
    expect((await resultOf(host, 'alerts.list', {}, atCounter)).alerts).toEqual(alerts);
    expect(limitFacts()).toEqual([{ type: 'ticket.limitReached', limit: 'perSession', max: 2 }]);
    // The refused tickets were never issued; the next customer is not held to the last one's count.
    expect((await resultOf(host, 'queue.board', {})).board.services.reduce((sum, service) => sum + service.waiting, 0)).toBe(2);
    await resultOf(host, 'queue.takeTicket', { sessionId: await openSession(host), service: 'customer-service' });
  });

  it('counts the tickets a customer takes in a flow or with a complaint, and always lets them ask for a person', async () => {
    const { host, alerts } = await limitedKiosk({ perSession: 2, perMinute: 30 });
    const sessionId = await openSession(host);
    const flowTicket = await runAction(host, sessionId, { flowId: 'see-staff', stepId: 'service' }, { queueService: 'advice' });
    expect(flowTicket).toMatchObject({ ok: true });
    const complaint = await runAction(host, sessionId, { flowId: 'complaint', stepId: 'review' }, { complaintCategory: 'waitTime', complaintText: 'Mucha cola hoy', contactWanted: 'no' });
    expect(complaint).toMatchObject({ ok: true });
    expect(await errorOf(runAction(host, sessionId, { flowId: 'see-staff', stepId: 'service' }, { queueService: 'advice' }))).toMatchObject({
      code: 'queue.ticketLimitReached',
    });
    // The next step the refusal gives: a person, who is told, with a ticket to be called by.
    expect((await resultOf(host, 'help.request', { sessionId, screen: 'flow', reason: 'needHelp' })).ticket.number).toBe('A001');
    expect(await resultOf(host, 'help.request', { sessionId, screen: 'flow', reason: 'needHelp' })).toMatchObject({ ticket: { number: 'A002' } });
    expect(alerts.map((alert) => alert.kind)).toEqual(['ticketLimit', 'help', 'help']);
  });

  it('counts an appointment check-in, and not one refused', async () => {
    const store = exampleStoreCopy('demo', { 'queue.ticketLimits': { perSession: 1, perMinute: 30 } });
    const { host } = tempHost({ store, now: clockAt(localNoon(2026, 11, 23)).now });
    const sessionId = await openSession(host);
    const checkIn = { flowId: 'appointment', stepId: 'code' };
    expect(await runAction(host, sessionId, checkIn, { bookingCode: 'NOPE-0000' })).toMatchObject({ ok: false, error: { code: 'appointment.unknownCode' } });
    expect(await runAction(host, sessionId, checkIn, { bookingCode: 'CITA-1200' })).toMatchObject({ ok: true });
    expect(await errorOf(call(host, 'queue.takeTicket', { sessionId, service: 'customer-service' }))).toMatchObject({ code: 'queue.ticketLimitReached' });
  });

  it('does not hold staff to it: a member signed in at the kiosk, or the operator', async () => {
    const { host, alerts, limitFacts } = await limitedKiosk({ perSession: 1, perMinute: 30 });
    const sessionId = await openSession(host);
    await resultOf(host, 'staff.signInAtKiosk', { method: 'pin', staffId: 'ana', pin: ana.pin }, kioskPage);
    for (let ticket = 0; ticket < 3; ticket += 1) expect(await take(host, sessionId)).toMatchObject({ ok: true });
    expect(await runAction(host, sessionId, { flowId: 'see-staff', stepId: 'service' }, { queueService: 'advice' })).toMatchObject({ ok: true });
    await resultOf(host, 'staff.signOutAtKiosk', {}, kioskPage);
    const next = await openSession(host);
    for (let ticket = 0; ticket < 3; ticket += 1) expect(await take(host, next, operator)).toMatchObject({ ok: true });
    expect(alerts).toEqual([]);
    expect(limitFacts()).toEqual([]);
    // Staff tickets are not the customer's: the customer still has their own.
    expect(await take(host, next)).toMatchObject({ ok: true });
    expect(await errorOf(take(host, next))).toMatchObject({ code: 'queue.ticketLimitReached' });
  });

  it('gives the place back when the queue refuses the ticket for another reason', async () => {
    const { host } = await limitedKiosk({ perSession: 1, perMinute: 30 });
    const sessionId = await openSession(host);
    expect(await errorOf(call(host, 'queue.takeTicket', { sessionId, service: 'no-such-service' }))).toMatchObject({ code: 'queue.unknownService' });
    expect(await take(host, sessionId)).toMatchObject({ ok: true });
  });
});

describe('tickets per minute at the kiosk', () => {
  it('refuses tickets past the limit in any rolling minute, until the minute has passed, alerting staff once a minute', async () => {
    const { host, clock, alerts, limitFacts } = await limitedKiosk({ perSession: 3, perMinute: 3 });
    for (let ticket = 0; ticket < 3; ticket += 1) {
      expect(await take(host, await openSession(host))).toMatchObject({ ok: true });
      seconds(clock, 10);
    }
    // 30 seconds after the first: three in the minute already, whoever asks.
    expect(await errorOf(take(host, await openSession(host)))).toEqual({ code: 'queue.kioskBusy', params: {} });
    expect(await errorOf(take(host, undefined))).toEqual({ code: 'queue.kioskBusy', params: {} });
    expect(await errorOf(call(host, 'help.request', { sessionId: null, screen: 'attract', reason: 'preferPerson' }))).toMatchObject({ code: 'queue.kioskBusy' });
    seconds(clock, 31);
    // The first ticket is more than a minute old: one place is free again, and only one.
    expect(await take(host, await openSession(host))).toMatchObject({ ok: true });
    expect(await errorOf(take(host, await openSession(host)))).toMatchObject({ code: 'queue.kioskBusy' });
    expect(alerts.filter((alert) => alert.kind === 'ticketLimit')).toEqual([expect.objectContaining({ limit: 'perMinute', max: 3, kiosk: 'Kiosk by the door' })]);
    // Busy again a minute after the first alert: staff hear of it again.
    seconds(clock, 60);
    for (let ticket = 0; ticket < 3; ticket += 1) expect(await take(host, await openSession(host))).toMatchObject({ ok: true });
    expect(await errorOf(take(host, await openSession(host)))).toMatchObject({ code: 'queue.kioskBusy' });
    expect(alerts.filter((alert) => alert.kind === 'ticketLimit')).toHaveLength(2);
    expect(limitFacts()).toEqual([
      { type: 'ticket.limitReached', limit: 'perMinute', max: 3 },
      { type: 'ticket.limitReached', limit: 'perMinute', max: 3 },
    ]);
  });

  it('holds tickets asked for at the same moment to the limit', async () => {
    const { host } = await limitedKiosk({ perSession: 3, perMinute: 5 });
    const sessions = await Promise.all(Array.from({ length: 12 }, () => openSession(host)));
    const replies = await Promise.all(sessions.map((sessionId) => take(host, sessionId)));
    expect(replies.filter((reply) => reply.ok)).toHaveLength(5);
    expect(replies.filter((reply) => !reply.ok).map((reply) => !reply.ok && reply.error.code)).toEqual(Array(7).fill('queue.kioskBusy'));
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EventEnvelope } from '../../../shared/host-api/envelope.ts';
import type { Principal } from '../../../shared/host-api/roles.ts';
import { call, openSession, resultOf } from '../../fixtures/host.ts';
import { ana, marta, staffSection, writeStaffBeside } from '../../fixtures/staff.ts';
import { storeConfigFixture } from '../../fixtures/store-config.ts';
import { errorOf, scratchStore, tempHost } from '../../fixtures/temp-host.ts';

const kioskPage: Principal = { role: 'customer' };
const atCounter: Principal = { role: 'staff', staffId: 'ana', device: 'console:ab12cd34ef' };

async function staffedKiosk(options: { now?: () => Date } = {}) {
  const store = scratchStore(storeConfigFixture({ staff: staffSection({ kioskIdleMinutes: 2 }) }));
  await writeStaffBeside(store.dir);
  const { host } = tempHost({ store, ...options });
  const pushed: EventEnvelope[] = [];
  host.events.subscribe(kioskPage, (envelope) => pushed.push(envelope));
  const auditOf = () => host.staff.audit.read({ limit: 100 }).reverse();
  return { host, store, pushed, auditOf };
}

const signIn = (host: Awaited<ReturnType<typeof staffedKiosk>>['host'], pin: string = ana.pin) =>
  call(host, 'staff.signInAtKiosk', { method: 'pin', staffId: 'ana', pin }, kioskPage);

afterEach(() => {
  vi.useRealTimers();
});

describe('staff at the kiosk', () => {
  it('lends the kiosk page the rights of the member signed in there, and takes them back at sign-out', async () => {
    const { host, pushed, auditOf } = await staffedKiosk();
    expect(await errorOf(call(host, 'kiosk.setAssisted', { assisted: true }, kioskPage))).toMatchObject({ code: 'auth.forbidden' });
    expect(await resultOf(host, 'staff.signInAtKiosk', { method: 'pin', staffId: 'ana', pin: ana.pin }, kioskPage)).toEqual({
      staff: { id: 'ana', name: 'Ana Ruiz', role: 'staff' },
    });
    expect(host.state()).toMatchObject({ state: 'ready', staff: { name: 'Ana Ruiz', role: 'staff' } });
    expect(pushed.at(-1)).toMatchObject({ event: 'kiosk.stateChanged', payload: { staff: { name: 'Ana Ruiz' } } });
    expect(await resultOf(host, 'kiosk.setAssisted', { assisted: true }, kioskPage)).toMatchObject({ assisted: true });
    expect(await resultOf(host, 'staff.me', {}, kioskPage)).toEqual({ staff: { id: 'ana', name: 'Ana Ruiz', role: 'staff' } });
    // A manager's methods stay out of a staff member's reach.
    expect(await errorOf(call(host, 'audit.read', {}, kioskPage))).toMatchObject({ code: 'auth.forbidden' });
    await resultOf(host, 'staff.signOutAtKiosk', {}, kioskPage);
    expect(host.state()).toMatchObject({ staff: null });
    expect(await errorOf(call(host, 'kiosk.setAssisted', { assisted: false }, kioskPage))).toMatchObject({ code: 'auth.forbidden' });
    expect(auditOf().map(({ staffId, device, action, detail }) => [staffId, device, action, detail])).toEqual([
      ['ana', 'kiosk', 'staff.signIn', { method: 'pin' }],
      ['ana', 'kiosk', 'kiosk.setAssisted', { assisted: true }],
      ['ana', 'kiosk', 'staff.signOut', { reason: 'staff' }],
    ]);
  });

  it('refuses a wrong PIN without saying which part was wrong, and lends no rights', async () => {
    const { host, auditOf } = await staffedKiosk();
    expect(await errorOf(signIn(host, '000111'))).toEqual({ code: 'staff.signInRefused', params: {} });
    expect(await errorOf(call(host, 'staff.signInAtKiosk', { method: 'pin', staffId: 'nobody', pin: ana.pin }, kioskPage))).toEqual({
      code: 'staff.signInRefused',
      params: {},
    });
    expect(host.state()).toMatchObject({ staff: null });
    expect(auditOf().map((entry) => [entry.staffId, entry.action])).toEqual([
      ['ana', 'staff.signInFailed'],
      [null, 'staff.signInFailed'],
    ]);
  });

  it('signs a badge in', async () => {
    const { host } = await staffedKiosk();
    expect(await resultOf(host, 'staff.signInAtKiosk', { method: 'badge', badge: ana.badge }, kioskPage)).toMatchObject({ staff: { id: 'ana' } });
  });

  it('signs staff out when the customer session they helped with ends, and keeps their id out of the usage log', async () => {
    const { host, store, auditOf } = await staffedKiosk();
    await signIn(host);
    const sessionId = await openSession(host);
    await resultOf(host, 'kiosk.setAssisted', { assisted: true }, kioskPage);
    await resultOf(host, 'session.end', { sessionId, reason: 'completed' }, kioskPage);
    expect(host.state()).toMatchObject({ staff: null });
    expect(auditOf().at(-1)).toMatchObject({ staffId: 'ana', action: 'staff.signOut', detail: { reason: 'sessionEnded' } });
    const usageRows = JSON.stringify(host.usageLog.read());
    expect(usageRows).not.toContain('ana');
    expect(usageRows).not.toContain('Ana Ruiz');
    for (const file of ['atiende.sqlite', 'atiende.sqlite-wal']) {
      expect(readFileSync(join(store.dataDir, file)).includes(Buffer.from(ana.pin))).toBe(false);
    }
  });

  it('signs an idle member out after the store’s idle minutes; what is done at the kiosk keeps them in, reading does not', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let now = new Date(2026, 10, 23, 10, 0);
    const later = (seconds: number) => {
      now = new Date(now.getTime() + seconds * 1000);
      vi.advanceTimersByTime(15_000);
    };
    const { host, auditOf } = await staffedKiosk({ now: () => now });
    await signIn(host);
    later(90);
    await resultOf(host, 'kiosk.setAssisted', { assisted: true }, kioskPage);
    later(90);
    // The customer they help moves on: the kiosk is in use.
    await openSession(host);
    later(90);
    expect(host.state()).toMatchObject({ staff: { name: 'Ana Ruiz' } });
    await resultOf(host, 'kiosk.state', {}, kioskPage);
    later(40);
    expect(host.state()).toMatchObject({ staff: null });
    expect(auditOf().at(-1)).toMatchObject({ action: 'staff.signOut', detail: { reason: 'idle' } });
  });

  it('closes the kiosk with a message for customers and opens it again, as usage facts without a name', async () => {
    const { host } = await staffedKiosk();
    await signIn(host);
    const closed = await resultOf(host, 'kiosk.setOutOfService', { outOfService: true, message: { es: 'Vuelvo en 5 minutos', en: 'Back in 5 minutes' } }, kioskPage);
    expect(closed).toMatchObject({ state: 'ready', closure: { message: { es: 'Vuelvo en 5 minutos', en: 'Back in 5 minutes' }, since: expect.any(String) } });
    expect(await resultOf(host, 'kiosk.setOutOfService', { outOfService: false }, kioskPage)).toMatchObject({ closure: null });
    expect(host.usageLog.read().filter((stored) => stored.event.type === 'kiosk.closedByStaff').map((stored) => stored.event)).toEqual([
      { type: 'kiosk.closedByStaff', closed: true },
      { type: 'kiosk.closedByStaff', closed: false },
    ]);
  });

  it('ends the customer’s session on a staff member’s word', async () => {
    const { host, pushed } = await staffedKiosk();
    await resultOf(host, 'kiosk.endSession', {}, atCounter);
    expect(pushed).toContainEqual({ event: 'session.resetRequested', payload: { reason: 'staff' } });
  });

  it('answers staff.notConfigured where the store has no staff sign-in', async () => {
    const { host } = tempHost();
    expect(await errorOf(call(host, 'staff.signInAtKiosk', { method: 'pin', staffId: 'ana', pin: ana.pin }, kioskPage))).toMatchObject({
      code: 'staff.notConfigured',
    });
    expect(host.state()).toMatchObject({ state: 'ready', profile: { staffGesture: null } });
  });
});

describe('staff alerts and the audit', () => {
  it('tells the kiosk a help request was heard only while a console listens, and keeps the alert until acknowledged', async () => {
    const { host, auditOf } = await staffedKiosk();
    expect((await resultOf(host, 'help.request', { sessionId: null, screen: 'home' }, kioskPage)).staffTold).toBe(false);
    const consoleOne: EventEnvelope[] = [];
    const consoleTwo: EventEnvelope[] = [];
    host.events.subscribe(atCounter, (envelope) => consoleOne.push(envelope));
    host.events.subscribe({ role: 'manager', staffId: 'marta', device: 'console:zz' }, (envelope) => consoleTwo.push(envelope));
    const help = await resultOf(host, 'help.request', { sessionId: null, screen: 'flow', reason: 'needHelp' }, kioskPage);
    expect(help.staffTold).toBe(true);
    const alert = consoleOne.find((envelope) => envelope.event === 'staff.alert')?.payload;
    expect(alert).toEqual({ id: expect.any(String), kind: 'help', reason: 'needHelp', kiosk: 'Kiosk', screen: 'flow', ticketNumber: help.ticket.number, at: expect.any(String) });
    const { alerts } = await resultOf(host, 'alerts.list', {}, atCounter);
    expect(alerts).toHaveLength(2);
    const id = (alert as { id: string }).id;
    await resultOf(host, 'alerts.acknowledge', { alert: id }, atCounter);
    expect(consoleTwo).toContainEqual({ event: 'staff.alertAcknowledged', payload: { id, by: 'ana', at: expect.any(String) } });
    expect((await resultOf(host, 'alerts.list', {}, atCounter)).alerts.map((open) => open.id)).not.toContain(id);
    expect(await errorOf(call(host, 'alerts.acknowledge', { alert: id }, atCounter))).toMatchObject({ code: 'staff.unknownAlert' });
    expect(auditOf().at(-1)).toMatchObject({ staffId: 'ana', device: 'console:ab12cd34ef', action: 'alerts.acknowledge', detail: { alert: id } });
  });

  it('audits what staff change with the counter, service or ticket, never what they read or typed', async () => {
    const { host, auditOf } = await staffedKiosk();
    await resultOf(host, 'queue.takeTicket', { service: 'customer-service' }, kioskPage);
    await resultOf(host, 'queue.counterQueue', { counter: 'desk-1' }, atCounter);
    await resultOf(host, 'queue.callNext', { counter: 'desk-1' }, atCounter);
    await resultOf(host, 'queue.postDelay', { reason: { es: 'Llamen a Pedro', en: 'Call Pedro' } }, atCounter);
    await resultOf(host, 'counter.pause', { counter: 'desk-2', reason: 'meal' }, { role: 'manager', staffId: 'marta', device: 'console:zz' });
    expect(auditOf().map(({ staffId, device, action, detail }) => [staffId, device, action, detail])).toEqual([
      ['ana', 'console:ab12cd34ef', 'queue.callNext', { counter: 'desk-1' }],
      ['ana', 'console:ab12cd34ef', 'queue.postDelay', {}],
      ['marta', 'console:zz', 'counter.pause', { counter: 'desk-2', reason: 'meal' }],
    ]);
    expect(JSON.stringify(auditOf())).not.toContain('Pedro');
    // Managers read the audit; staff do not.
    expect(await errorOf(call(host, 'audit.read', {}, atCounter))).toMatchObject({ code: 'auth.forbidden' });
    expect((await resultOf(host, 'audit.read', { limit: 2 }, { role: 'manager', staffId: 'marta' })).entries.map((entry) => entry.action)).toEqual([
      'counter.pause',
      'queue.postDelay',
    ]);
  });

  it('knows a manager by their role', async () => {
    const { host } = await staffedKiosk();
    expect(await resultOf(host, 'staff.signInAtKiosk', { method: 'pin', staffId: 'marta', pin: marta.pin }, kioskPage)).toMatchObject({
      staff: { role: 'manager' },
    });
    expect(await resultOf(host, 'audit.read', {}, kioskPage)).toMatchObject({ entries: expect.any(Array) });
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Host } from '../../../electron/host/create-host.ts';
import { call, openSession, resultOf, runAction } from '../../fixtures/host.ts';
import { storeConfigFixture, tempStore, withValue } from '../../fixtures/store-config.ts';
import { tempHost } from '../../fixtures/temp-host.ts';

const hostFor = (config?: object | string): Host => tempHost({ config }).host;

const findOrder = { flowId: 'order-pickup', stepId: 'code' };
const collectOrder = { flowId: 'order-pickup', stepId: 'review' };

describe('the kiosk host', () => {
  it('is ready with the store profile, its flows and queue services, when the config is valid', async () => {
    const reply = await call(hostFor(), 'kiosk.state', {});
    expect(reply).toMatchObject({ ok: true, result: { state: 'ready', profile: { storeId: 'test-store' } } });
    const profile = reply.ok ? (reply.result as { profile: { flows: { id: string }[]; queueServices: unknown[] } }).profile : null;
    expect(profile?.flows.map((flow) => flow.id)).toEqual(['order-pickup', 'see-staff', 'complaint']);
    expect(profile?.queueServices).toContainEqual({ id: 'advice', name: { es: 'Asesoramiento', en: 'Advice' } });
  });

  it('goes out of service, not down, on a bad config and logs why', async () => {
    const target = hostFor(withValue(storeConfigFixture(), 'store.name', 42));
    const reply = await call(target, 'kiosk.state', {});
    expect(reply).toMatchObject({
      ok: true,
      result: { state: 'outOfService', problem: { code: 'config.wrongType', params: { path: 'store.name' } } },
    });
    const types = target.usageLog.read().map((stored) => stored.event.type);
    // The first heartbeat says the kiosk runs out of service; its self-checks run all the same.
    expect(types).toEqual(['kiosk.started', 'kiosk.configRejected', 'kiosk.alive', 'kiosk.healthChecked']);
    const sessionId = await openSession(target);
    const lookup = await runAction(target, sessionId, findOrder, { orderCode: 'K7M2QX' });
    expect(lookup).toMatchObject({ ok: false, error: { code: 'kiosk.outOfService' } });
  });

  it('still tells staff when a customer asks for a person at an out-of-service kiosk, though it has no ticket to give', async () => {
    const target = hostFor(withValue(storeConfigFixture(), 'queue.helpService', 'nobody'));
    const pushed: unknown[] = [];
    target.events.subscribe({ role: 'operator' }, (envelope) => pushed.push(envelope));
    expect(await call(target, 'help.request', { sessionId: null, screen: 'outOfService' })).toMatchObject({
      ok: false,
      error: { code: 'kiosk.outOfService' },
    });
    expect(pushed).toEqual([
      {
        event: 'staff.alert',
        payload: { id: expect.any(String), kind: 'help', reason: 'preferPerson', kiosk: 'Kiosk', screen: 'outOfService', ticketNumber: null, at: expect.any(String) },
      },
    ]);
    expect(target.usageLog.read().at(-1)?.event).toEqual({ type: 'help.requested', screen: 'outOfService', reason: 'preferPerson' });
  });

  it('tells its shell whether the store wants the waiting board, and never when the config was refused', () => {
    expect(hostFor().displays.waitingBoard).toBe(true);
    expect(hostFor(withValue(storeConfigFixture(), 'displays', { waitingBoard: false })).displays.waitingBoard).toBe(false);
    expect(hostFor(withValue(storeConfigFixture(), 'store.name', 42)).displays.waitingBoard).toBe(false);
  });

  it('goes out of service when the config file is missing', async () => {
    const store = tempStore();
    const { host } = tempHost({ store: { ...store, configFile: join(store.dir, 'absent.json') } });
    const reply = await call(host, 'kiosk.state', {});
    expect(reply).toMatchObject({ result: { problem: { code: 'config.unreadable', params: { reason: 'ENOENT' } } } });
  });

  it('goes out of service naming the orders file and the field when that file is wrong', async () => {
    const store = tempStore();
    writeFileSync(join(store.dir, 'orders.json'), JSON.stringify({ orders: [{ code: 'K7M2QX', itemCount: 0, collectionPoint: { es: 'Taquilla' } }] }));
    const { host } = tempHost({ store });
    expect(await call(host, 'kiosk.state', {})).toMatchObject({
      result: { state: 'outOfService', problem: { code: 'config.wholeNumberOutOfRange', params: { file: 'orders.json', path: 'orders[0].itemCount' } } },
    });
  });

  it('finds an order whatever the case and spacing the customer typed', async () => {
    const target = hostFor();
    const sessionId = await openSession(target);
    const reply = await runAction(target, sessionId, findOrder, { orderCode: ' k7m2 qx ' });
    expect(reply).toEqual({
      id: 1,
      ok: true,
      result: {
        facts: [
          { id: 'itemCount', value: 2, kind: 'count' },
          { id: 'collectionPoint', value: { es: 'Taquilla 4', en: 'Locker 4' }, kind: 'text' },
        ],
      },
    });
  });

  it('lets an order be collected once, even across a restart', async () => {
    const kiosk = tempHost();
    let target = kiosk.host;
    let sessionId = await openSession(target);
    expect(await runAction(target, sessionId, collectOrder, { orderCode: 'K7M2QX' })).toMatchObject({ ok: true });

    target = kiosk.restart();
    sessionId = await openSession(target);
    expect(await runAction(target, sessionId, findOrder, { orderCode: 'K7M2QX' })).toMatchObject({
      ok: false,
      error: { code: 'order.alreadyCollected' },
    });
    expect(await runAction(target, sessionId, collectOrder, { orderCode: 'k7m2qx' })).toMatchObject({
      ok: false,
      error: { code: 'order.alreadyCollected' },
    });
  });

  it('never writes the order code to the usage log', async () => {
    const target = hostFor();
    const sessionId = await openSession(target);
    await runAction(target, sessionId, findOrder, { orderCode: 'ZZZ999' });
    await runAction(target, sessionId, collectOrder, { orderCode: 'K7M2QX' });
    const events = target.usageLog.read().map((stored) => stored.event);
    expect(events).toContainEqual({ type: 'action.failed', flowId: 'order-pickup', action: 'order.find', code: 'order.notFound' });
    expect(events).toContainEqual({ type: 'action.completed', flowId: 'order-pickup', action: 'order.collect', pilot: false });
    expect(JSON.stringify(target.usageLog.read())).not.toMatch(/K7M2QX|ZZZ999/i);
  });

  it('logs a session from start to end with its reason and duration', async () => {
    const target = hostFor();
    const sessionId = await openSession(target);
    await call(target, 'usage.record', { sessionId, event: { type: 'screen.viewed', screen: 'home' } });
    expect(await call(target, 'session.end', { sessionId, reason: 'timedOut' })).toMatchObject({ ok: true });
    const events = target.usageLog.read().filter((stored) => stored.sessionId === sessionId).map((stored) => stored.event);
    expect(events).toEqual([
      { type: 'session.started', language: 'en', seesPilots: false },
      { type: 'screen.viewed', screen: 'home' },
      { type: 'session.ended', reason: 'timedOut', durationMs: expect.any(Number) },
    ]);
  });

  it('refuses usage events for a session it never opened', async () => {
    const reply = await call(hostFor(), 'usage.record', {
      sessionId: 'forgedsession1',
      event: { type: 'screen.viewed', screen: 'home' },
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'session.unknown' } });
  });

  it('refuses a flow action for a session it never opened, or one that has ended', async () => {
    const target = hostFor();
    expect(await runAction(target, 'forgedsession1', findOrder, { orderCode: 'K7M2QX' })).toMatchObject({
      ok: false,
      error: { code: 'session.unknown' },
    });
    const sessionId = await openSession(target);
    await call(target, 'session.end', { sessionId, reason: 'completed' });
    expect(await runAction(target, sessionId, findOrder, { orderCode: 'K7M2QX' })).toMatchObject({
      ok: false,
      error: { code: 'session.unknown' },
    });
  });

  it('tells staff when a customer asks for a person, and gives the customer a ticket for the help queue', async () => {
    const target = hostFor();
    const pushed: { event: string }[] = [];
    target.events.subscribe({ role: 'operator' }, (envelope) => pushed.push(envelope));
    const first = await resultOf(target, 'help.request', { sessionId: null, screen: 'attract' });
    expect(first).toEqual({
      // Nobody but the operator listens: no console heard it, and the kiosk must not say someone is coming.
      staffTold: false,
      ticket: {
        id: expect.any(String),
        number: 'A001',
        service: 'customer-service',
        queueService: { es: 'Atención al cliente', en: 'Customer service' },
        priority: null,
        position: 1,
        estimate: expect.objectContaining({ kind: expect.any(String) }),
        // The test store has no printer and no follow link: the ticket is shown on screen only.
        print: { status: 'noPrinter' },
        followUrl: null,
      },
    });
    expect(pushed.find((envelope) => envelope.event === 'staff.alert')).toEqual({
      event: 'staff.alert',
      payload: { id: expect.any(String), kind: 'help', reason: 'preferPerson', kiosk: 'Kiosk', screen: 'attract', ticketNumber: 'A001', at: expect.any(String) },
    });
    expect(target.usageLog.read().slice(-2).map((stored) => stored.event)).toEqual([
      { type: 'help.requested', screen: 'attract', reason: 'preferPerson' },
      { type: 'ticket.issued', queueService: 'customer-service', kind: 'help', priority: null, predicted: expect.anything() },
    ]);
    const sessionId = await openSession(target);
    expect((await resultOf(target, 'help.request', { sessionId, screen: 'flow' })).ticket.number).toBe('A002');
  });
});

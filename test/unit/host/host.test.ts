import { afterEach, describe, expect, it } from 'vitest';
import { createHost, type Host } from '../../../electron/host/create-host.ts';
import { storeConfigFixture, tempStore, type TempStore } from '../../fixtures/store-config.ts';

let store: TempStore;
let host: Host | undefined;
afterEach(() => {
  host?.close();
  host = undefined;
  store?.remove();
});

function startHost(config?: Record<string, unknown> | string): Host {
  store = tempStore(config);
  host = createHost({ configFile: store.configFile, dataDir: store.dataDir, shell: 'test' });
  return host;
}

async function call(target: Host, method: string, input: unknown) {
  return target.dispatch({ id: 1, method, input });
}

async function openSession(target: Host): Promise<string> {
  const reply = await call(target, 'session.start', { language: 'en' });
  if (!reply.ok) throw new Error(reply.error.code);
  return (reply.result as { sessionId: string }).sessionId;
}

describe('the kiosk host', () => {
  it('is ready with the store profile when the config is valid', async () => {
    const reply = await call(startHost(), 'kiosk.state', {});
    expect(reply).toMatchObject({ ok: true, result: { state: 'ready', profile: { storeId: 'test-store' } } });
  });

  it('goes out of service, not down, on a bad config and logs why', async () => {
    const target = startHost(storeConfigFixture({ store: { id: 'x', name: 42 } }));
    const reply = await call(target, 'kiosk.state', {});
    expect(reply).toMatchObject({
      ok: true,
      result: { state: 'outOfService', problem: { code: 'config.wrongType', params: { path: 'store.name' } } },
    });
    const types = target.usageLog.read().map((stored) => stored.event.type);
    expect(types).toEqual(['kiosk.started', 'kiosk.configRejected']);
    const session = await openSession(target);
    const lookup = await call(target, 'pickup.findOrder', { sessionId: session, flowId: 'order-pickup', code: 'K7M2QX' });
    expect(lookup).toMatchObject({ ok: false, error: { code: 'kiosk.outOfService' } });
  });

  it('goes out of service when the config file is missing', async () => {
    store = tempStore();
    host = createHost({ configFile: `${store.dir}/absent.json`, dataDir: store.dataDir, shell: 'test' });
    const reply = await call(host, 'kiosk.state', {});
    expect(reply).toMatchObject({ result: { problem: { code: 'config.unreadable', params: { reason: 'ENOENT' } } } });
  });

  it('finds an order whatever the case and spacing the customer typed', async () => {
    const target = startHost();
    const sessionId = await openSession(target);
    const reply = await call(target, 'pickup.findOrder', { sessionId, flowId: 'order-pickup', code: ' k7m2 qx ' });
    expect(reply).toMatchObject({ ok: true, result: { itemCount: 2, collectionPoint: { en: 'Locker 4' } } });
  });

  it('lets an order be collected once, even across a restart', async () => {
    let target = startHost();
    let sessionId = await openSession(target);
    expect(await call(target, 'pickup.collect', { sessionId, flowId: 'order-pickup', code: 'K7M2QX' })).toMatchObject({ ok: true });
    target.close();

    target = createHost({ configFile: store.configFile, dataDir: store.dataDir, shell: 'test' });
    host = target;
    sessionId = await openSession(target);
    const again = await call(target, 'pickup.findOrder', { sessionId, flowId: 'order-pickup', code: 'K7M2QX' });
    expect(again).toMatchObject({ ok: false, error: { code: 'order.alreadyCollected' } });
  });

  it('never writes the order code to the usage log', async () => {
    const target = startHost();
    const sessionId = await openSession(target);
    await call(target, 'pickup.findOrder', { sessionId, flowId: 'order-pickup', code: 'ZZZ999' });
    await call(target, 'pickup.collect', { sessionId, flowId: 'order-pickup', code: 'K7M2QX' });
    const logged = JSON.stringify(target.usageLog.read());
    expect(logged).toContain('order.collected');
    expect(logged).toContain('order.lookupFailed');
    expect(logged).not.toMatch(/K7M2QX|ZZZ999/i);
  });

  it('logs a session from start to end with its reason and duration', async () => {
    const target = startHost();
    const sessionId = await openSession(target);
    await call(target, 'usage.record', { sessionId, event: { type: 'screen.viewed', screen: 'home' } });
    expect(await call(target, 'session.end', { sessionId, reason: 'timedOut' })).toMatchObject({ ok: true });
    const events = target.usageLog.read().filter((stored) => stored.sessionId === sessionId).map((stored) => stored.event);
    expect(events).toEqual([
      { type: 'session.started', language: 'en' },
      { type: 'screen.viewed', screen: 'home' },
      { type: 'session.ended', reason: 'timedOut', durationMs: expect.any(Number) },
    ]);
  });

  it('refuses usage events for a session it never opened', async () => {
    const reply = await call(startHost(), 'usage.record', {
      sessionId: 'forgedsession1',
      event: { type: 'screen.viewed', screen: 'home' },
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'session.unknown' } });
  });

  it('tells staff when a customer asks for a person', async () => {
    const target = startHost();
    const pushed: unknown[] = [];
    target.events.subscribe((envelope) => pushed.push(envelope));
    await call(target, 'help.request', { sessionId: null, screen: 'attract' });
    expect(pushed).toEqual([{ event: 'staff.helpRequested', payload: { screen: 'attract', at: expect.any(String) } }]);
    expect(target.usageLog.read().at(-1)?.event).toEqual({ type: 'help.requested', screen: 'attract' });
  });
});

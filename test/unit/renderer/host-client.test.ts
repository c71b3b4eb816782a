import { describe, expect, it } from 'vitest';
import type { HostBridge } from '../../../shared/host-api/bridge.ts';
import type { ReplyEnvelope } from '../../../shared/host-api/envelope.ts';
import { HostCallError } from '../../../renderer/kit/host/host-call-error.ts';
import { createHostClient } from '../../../renderer/kit/host/host-client.ts';
import type { Host } from '../../../electron/host/create-host.ts';
import { tempHost } from '../../fixtures/temp-host.ts';
import { inMemoryBridge } from './kiosk-fixture.ts';

const realHost = (): Host => tempHost().host;

/** A bridge that answers every call with the reply the test builds from the call's id. */
function replying(reply: (id: string | number) => unknown): HostBridge {
  return {
    call: async (envelope) => reply(envelope.id) as ReplyEnvelope,
    on: () => () => {},
  };
}

async function rejection(promise: Promise<unknown>): Promise<HostCallError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof HostCallError)) throw new Error(`expected a HostCallError, got ${String(error)}`);
  return error;
}

describe('the host client', () => {
  it('returns the result the contract promises, from the real dispatcher', async () => {
    const client = createHostClient(inMemoryBridge(realHost()));
    const state = await client.call('kiosk.state', {});
    expect(state).toMatchObject({ state: 'ready', profile: { storeId: 'test-store' } });
  });

  it("throws the host's typed error with its code and params", async () => {
    const client = createHostClient(inMemoryBridge(realHost()));
    const { sessionId } = await client.call('session.start', { language: 'en' });
    const error = await rejection(
      client.call('flow.runAction', { sessionId, flowId: 'order-pickup', stepId: 'code', values: { orderCode: 'NOPE00' }, practice: false }),
    );
    expect(error.code).toBe('order.notFound');
    const refused = await rejection(
      client.call('flow.runAction', { sessionId, flowId: 'order-pickup', stepId: 'code', values: { orderCode: 'NOPE' }, practice: false }),
    );
    expect(refused.toPayload()).toEqual({ code: 'flow.invalidValue', params: { field: 'orderCode' } });

    const invalid = await rejection(client.call('session.start', { language: 'xx' as 'en' }));
    expect(invalid.toPayload()).toEqual({ code: 'request.invalidInput', params: { method: 'session.start', field: 'language' } });
  });

  it('reports a bridge that fails as host.unreachable', async () => {
    const faults: string[] = [];
    const client = createHostClient(
      { call: () => Promise.reject(new TypeError('Failed to fetch')), on: () => () => {} },
      (what) => faults.push(what),
    );
    expect((await rejection(client.call('kiosk.state', {}))).code).toBe('host.unreachable');
    expect(faults).toEqual(['kiosk.state: bridge failed']);
  });

  it('refuses a result that does not match the contract as host.internal', async () => {
    const client = createHostClient(replying((id) => ({ id, ok: true, result: { sessionId: 'short' } })), () => {});
    expect((await rejection(client.call('session.start', { language: 'es' }))).code).toBe('host.internal');
  });

  it('refuses a malformed reply, and a reply to another call, as host.internal', async () => {
    const garbled = createHostClient(replying(() => ({ hello: 'world' })), () => {});
    expect((await rejection(garbled.call('kiosk.state', {}))).code).toBe('host.internal');

    const crossed = createHostClient(replying(() => ({ id: 'someone-else', ok: true, result: {} })), () => {});
    expect((await rejection(crossed.call('session.end', { sessionId: 'abcdefgh', reason: 'completed' }))).code).toBe(
      'host.internal',
    );
  });

  it('delivers pushed events to a subscriber until it unsubscribes', () => {
    const target = realHost();
    const client = createHostClient(inMemoryBridge(target));
    const resets: string[] = [];
    const unsubscribe = client.on('session.resetRequested', (payload) => resets.push(payload.reason));

    target.events.emit('session.resetRequested', { reason: 'staff' });
    unsubscribe();
    target.events.emit('session.resetRequested', { reason: 'recovered' });
    expect(resets).toEqual(['staff']);
  });

  it('drops a pushed payload that does not match the contract', () => {
    const faults: string[] = [];
    let push: (payload: unknown) => void = () => {};
    const bridge: HostBridge = {
      call: () => Promise.reject(new Error('not used')),
      on: (_event, listener) => {
        push = listener;
        return () => {};
      },
    };
    const resets: string[] = [];
    createHostClient(bridge, (what) => faults.push(what)).on('session.resetRequested', (payload) =>
      resets.push(payload.reason),
    );

    push({ reason: 'because' });
    push({ reason: 'configChanged' });
    expect(resets).toEqual(['configChanged']);
    expect(faults).toEqual(['session.resetRequested: payload does not match the contract']);
  });
});

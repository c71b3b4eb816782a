import { describe, expect, it, vi } from 'vitest';
import type { HostBridge } from '../../../shared/host-api/bridge.ts';
import { bridgeGlobalName, ipcCallChannel, ipcEventChannel } from '../../../shared/host-api/bridge.ts';
import { createHostBridge } from '../../../electron/preload/host-bridge.ts';
import { FakeIpcRenderer, type FakeElectron } from '../../fakes/electron.ts';

const electron = vi.hoisted(() => ({ fake: null as FakeElectron | null }));
vi.mock('electron', async () => {
  const { createFakeElectron } = await import('../../fakes/electron.ts');
  electron.fake = createFakeElectron();
  return electron.fake;
});

function bridgeOverFakeIpc() {
  const ipc = new FakeIpcRenderer();
  ipc.answer = (_channel, envelope) => ({ id: (envelope as { id: number }).id, ok: true, result: {} });
  return { ipc, bridge: createHostBridge(ipc) };
}

describe('the preload', () => {
  it('exposes window.kiosk with call and on, and nothing else', async () => {
    await import('../../../electron/preload/index.ts');
    const exposed = electron.fake?.contextBridge.exposed;
    expect([...(exposed?.keys() ?? [])]).toEqual([bridgeGlobalName]);
    const kiosk = exposed?.get(bridgeGlobalName) as HostBridge;
    expect(Object.keys(kiosk).sort()).toEqual(['call', 'on']);
    expect(typeof kiosk.call).toBe('function');
  });

  it('passes a call for a known method to the main process', async () => {
    const { ipc, bridge } = bridgeOverFakeIpc();
    const reply = await bridge.call({ id: 7, method: 'kiosk.state', input: {} });
    expect(reply).toEqual({ id: 7, ok: true, result: {} });
    expect(ipc.invocations).toEqual([{ channel: ipcCallChannel, args: [{ id: 7, method: 'kiosk.state', input: {} }] }]);
  });

  it('sends only the envelope fields across', async () => {
    const { ipc, bridge } = bridgeOverFakeIpc();
    const envelope = { id: 8, method: 'kiosk.state', input: {}, sneaky: () => 'x' };
    await bridge.call(envelope);
    expect(ipc.invocations[0]?.args[0]).toEqual({ id: 8, method: 'kiosk.state', input: {} });
  });

  it('refuses a call for an unknown method without reaching the main process', async () => {
    const { ipc, bridge } = bridgeOverFakeIpc();
    const reply = await bridge.call({ id: 9, method: 'shell.exec', input: { command: 'rm -rf /' } });
    expect(reply).toEqual({ id: 9, ok: false, error: { code: 'method.unknown', params: { method: 'shell.exec' } } });
    expect(ipc.invocations).toEqual([]);
  });

  it('refuses a malformed call without reaching the main process', async () => {
    const { ipc, bridge } = bridgeOverFakeIpc();
    for (const envelope of [null, 'kiosk.state', { method: 'kiosk.state' }, { id: {}, method: 'kiosk.state' }]) {
      const reply = await bridge.call(envelope as never);
      expect(reply).toEqual({ id: null, ok: false, error: { code: 'request.malformed', params: {} } });
    }
    expect(ipc.invocations).toEqual([]);
  });

  it('refuses to subscribe to an unknown event', () => {
    const { ipc, bridge } = bridgeOverFakeIpc();
    expect(() => bridge.on('ipc.everything' as never, () => undefined)).toThrow(/Unknown host event/);
    expect(ipc.listenerCount(ipcEventChannel)).toBe(0);
  });

  it('hands a listener only the payload of the event it subscribed to', () => {
    const { ipc, bridge } = bridgeOverFakeIpc();
    const listener = vi.fn();
    bridge.on('session.resetRequested', listener);
    ipc.deliver(ipcEventChannel, { event: 'staff.alertAcknowledged', payload: { id: 'a1', by: 'ana', at: 'now' } });
    ipc.deliver(ipcEventChannel, { event: 'session.resetRequested', payload: { reason: 'recovered' } });
    ipc.deliver(ipcEventChannel, 'garbage');
    expect(listener.mock.calls).toEqual([[{ reason: 'recovered' }]]);
  });

  it('stops delivering once unsubscribed', () => {
    const { ipc, bridge } = bridgeOverFakeIpc();
    const listener = vi.fn();
    const unsubscribe = bridge.on('kiosk.stateChanged', listener);
    unsubscribe();
    ipc.deliver(ipcEventChannel, { event: 'kiosk.stateChanged', payload: {} });
    expect(listener).not.toHaveBeenCalled();
    expect(ipc.listenerCount(ipcEventChannel)).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { createBrowserBridge, type EventSocket } from '../../../renderer/kit/host/browser-bridge.ts';
import { createFakeClock } from './fake-clock.ts';

interface FakeSocket extends EventSocket {
  url: string;
  protocols: string[];
  closed: boolean;
}

function bridgeFixture(respond: (url: string, init: RequestInit) => Response = () => Response.json({ id: 1, ok: true, result: {} })) {
  const clock = createFakeClock();
  const sockets: FakeSocket[] = [];
  const requests: { url: string; init: RequestInit }[] = [];
  const bridge = createBrowserBridge({
    socketOrigin: 'ws://127.0.0.1:4321',
    fetch: async (url, init) => {
      requests.push({ url, init });
      return respond(url, init);
    },
    openSocket: (url, protocols) => {
      const socket: FakeSocket = {
        url,
        protocols,
        closed: false,
        onopen: null,
        onmessage: null,
        onclose: null,
        close() {
          this.closed = true;
        },
      };
      sockets.push(socket);
      return socket;
    },
    timers: clock.timers,
    reconnectDelaysMs: [100, 400, 1000],
  });
  const current = (): FakeSocket => {
    const socket = sockets.at(-1);
    if (!socket) throw new Error('no socket opened');
    return socket;
  };
  const push = (data: unknown) => current().onmessage?.({ data } as MessageEvent);
  const drop = () => current().onclose?.({} as CloseEvent);
  const open = () => current().onopen?.({} as Event);
  return { bridge, clock, sockets, requests, push, drop, open };
}

describe('the browser shell bridge', () => {
  it('posts each call to the call path with the token as a bearer', async () => {
    const { bridge, requests } = bridgeFixture((_url, init) =>
      Response.json({ id: JSON.parse(String(init.body)).id, ok: true, result: { acknowledged: true } }),
    );
    const reply = await bridge.call({ id: 7, method: 'help.request', input: { sessionId: null, screen: 'home' } });

    expect(reply).toEqual({ id: 7, ok: true, result: { acknowledged: true } });
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.url).toBe('/api/call');
    expect(request?.init.method).toBe('POST');
    // No secret in the page's hands: the browser sends the pass cookie, which scripts cannot read.
    expect(request?.init.headers).toEqual({ 'content-type': 'application/json' });
    expect(JSON.parse(String(request?.init.body))).toEqual({ id: 7, method: 'help.request', input: { sessionId: null, screen: 'home' } });
  });

  it('answers a refused pass as host.unreachable instead of throwing', async () => {
    const { bridge } = bridgeFixture(() => new Response('unauthorized', { status: 401 }));
    await expect(bridge.call({ id: 3, method: 'kiosk.state', input: {} })).resolves.toEqual({
      id: 3,
      ok: false,
      error: { code: 'host.unreachable', params: { reason: 'unauthorized' } },
    });
  });

  it('waits for the page to hold its pass before its first call and its event socket', async () => {
    let passed: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => (passed = resolve));
    const requests: string[] = [];
    const sockets: string[] = [];
    const bridge = createBrowserBridge({
      ready,
      socketOrigin: 'ws://127.0.0.1:4321',
      fetch: async (url) => {
        requests.push(url);
        return Response.json({ id: 1, ok: true, result: {} });
      },
      openSocket: (url) => {
        sockets.push(url);
        return { onopen: null, onmessage: null, onclose: null, close: () => undefined };
      },
      timers: createFakeClock().timers,
    });
    const reply = bridge.call({ id: 1, method: 'kiosk.state', input: {} });
    bridge.on('kiosk.stateChanged', () => {});
    await Promise.resolve();
    expect(requests).toEqual([]);
    expect(sockets).toEqual([]);
    passed();
    await reply;
    expect(requests).toEqual(['/api/call']);
    expect(sockets).toEqual(['ws://127.0.0.1:4321/api/events']);
  });

  it('lets a network failure reject, for the client to report as unreachable', async () => {
    const { bridge } = bridgeFixture(() => {
      throw new TypeError('Failed to fetch');
    });
    await expect(bridge.call({ id: 1, method: 'kiosk.state', input: {} })).rejects.toThrow('Failed to fetch');
  });

  it('opens one event socket, with the protocol alone: the pass cookie goes with the handshake', () => {
    const { bridge, sockets } = bridgeFixture();
    bridge.on('session.resetRequested', () => {});
    bridge.on('kiosk.stateChanged', () => {});

    expect(sockets).toHaveLength(1);
    expect(sockets[0]?.url).toBe('ws://127.0.0.1:4321/api/events');
    expect(sockets[0]?.protocols).toEqual(['atiende.v1']);
  });

  it('delivers each event to the listeners of its name only, and ignores garbage', () => {
    const { bridge, push } = bridgeFixture();
    const resets: unknown[] = [];
    const states: unknown[] = [];
    const stopResets = bridge.on('session.resetRequested', (payload) => resets.push(payload));
    bridge.on('kiosk.stateChanged', (payload) => states.push(payload));

    push(JSON.stringify({ event: 'session.resetRequested', payload: { reason: 'staff' } }));
    push('not json');
    push(JSON.stringify({ nothing: 'here' }));
    stopResets();
    push(JSON.stringify({ event: 'session.resetRequested', payload: { reason: 'recovered' } }));

    expect(resets).toEqual([{ reason: 'staff' }]);
    expect(states).toEqual([]);
  });

  it('reconnects with growing back-off after the socket closes, and starts over after a good connection', () => {
    const { bridge, clock, sockets, drop, open } = bridgeFixture();
    bridge.on('kiosk.stateChanged', () => {});

    drop();
    clock.advance(99);
    expect(sockets).toHaveLength(1);
    clock.advance(1);
    expect(sockets).toHaveLength(2);

    drop();
    clock.advance(399);
    expect(sockets).toHaveLength(2);
    clock.advance(1);
    expect(sockets).toHaveLength(3);

    open();
    drop();
    clock.advance(100);
    expect(sockets).toHaveLength(4);
  });

  it('keeps delivering events over the new socket after a reconnect', () => {
    const { bridge, clock, drop, push } = bridgeFixture();
    const resets: unknown[] = [];
    bridge.on('session.resetRequested', (payload) => resets.push(payload));

    drop();
    clock.advance(100);
    push(JSON.stringify({ event: 'session.resetRequested', payload: { reason: 'configChanged' } }));
    expect(resets).toEqual([{ reason: 'configChanged' }]);
  });

  it('stops reconnecting once closed', () => {
    const { bridge, clock, sockets, drop } = bridgeFixture();
    bridge.on('kiosk.stateChanged', () => {});
    drop();
    bridge.close();
    clock.advance(10_000);
    expect(sockets).toHaveLength(1);
  });
});

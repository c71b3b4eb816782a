// The kit's additions for pages that staff sign in to: the sign-in routes, a refusal's own code
// passed through, and an event socket reopened at once when the session changes.
import { describe, expect, it } from 'vitest';
import { createBrowserBridge, type EventSocket } from '../../../renderer/kit/host/browser-bridge.ts';
import { createHostClient } from '../../../renderer/kit/host/host-client.ts';
import { signInStaff, signOutStaff } from '../../../renderer/kit/host/staff-session.ts';
import { createFakeClock } from '../renderer/fake-clock.ts';

function bridgeAt(respond: (init: RequestInit) => Response = () => Response.json({ id: 1, ok: true, result: {} })) {
  const clock = createFakeClock();
  const sockets: (EventSocket & { closed: boolean })[] = [];
  const bridge = createBrowserBridge({
    socketOrigin: 'wss://store.local:8443',
    fetch: async (_url, init) => respond(init),
    openSocket: () => {
      const socket = { onopen: null, onmessage: null, onclose: null, closed: false, close: () => void (socket.closed = true) } as EventSocket & { closed: boolean };
      sockets.push(socket);
      return socket;
    },
    timers: clock.timers,
    reconnectDelaysMs: [100, 400, 1000],
  });
  return { bridge, clock, sockets };
}

describe('the browser bridge for a signed-in page', () => {
  it("passes a refusal's own typed error on, so the page can send staff back to sign in", async () => {
    const { bridge } = bridgeAt(() => Response.json({ id: null, ok: false, error: { code: 'staff.notSignedIn', params: {} } }, { status: 401 }));
    await expect(bridge.call({ id: 4, method: 'queue.board', input: {} })).resolves.toEqual({ id: 4, ok: false, error: { code: 'staff.notSignedIn', params: {} } });
    await expect(createHostClient(bridge).call('queue.board', {})).rejects.toMatchObject({ code: 'staff.notSignedIn' });
  });

  it('still answers a refusal that says nothing as host.unreachable', async () => {
    const { bridge } = bridgeAt(() => new Response('<html>Forbidden</html>', { status: 403 }));
    await expect(bridge.call({ id: 5, method: 'queue.board', input: {} })).resolves.toMatchObject({ error: { code: 'host.unreachable' } });
  });

  it('reopens the event socket at once on request, without waiting out a back-off', () => {
    const { bridge, clock, sockets } = bridgeAt();
    bridge.on('queue.changed', () => {});
    // Refused before the sign-in: the socket closes and the back-off grows.
    sockets.at(-1)?.onclose?.({} as CloseEvent);
    clock.advance(100);
    sockets.at(-1)?.onclose?.({} as CloseEvent);
    expect(sockets).toHaveLength(2);

    bridge.reconnect();
    expect(sockets).toHaveLength(3);
    // The back-off's own retry is called off: one socket, not two.
    clock.advance(10_000);
    expect(sockets).toHaveLength(3);
  });

  it('closes an open socket before opening the new one, and does not count its close as a drop', () => {
    const { bridge, clock, sockets } = bridgeAt();
    bridge.on('queue.changed', () => {});
    const first = sockets[0];
    first?.onopen?.({} as Event);
    bridge.reconnect();
    expect(first?.closed).toBe(true);
    first?.onclose?.({} as CloseEvent);
    clock.advance(10_000);
    expect(sockets).toHaveLength(2);
  });

  it('opens nothing on request before anyone listens', () => {
    const { bridge, sockets } = bridgeAt();
    bridge.reconnect();
    expect(sockets).toHaveLength(0);
  });

  it('tells each opening of the socket, so the page can read again what it missed', () => {
    const { bridge, clock, sockets } = bridgeAt();
    let openings = 0;
    const stop = bridge.onOpen(() => (openings += 1));
    bridge.on('queue.changed', () => {});
    sockets.at(-1)?.onopen?.({} as Event);
    sockets.at(-1)?.onclose?.({} as CloseEvent);
    clock.advance(100);
    sockets.at(-1)?.onopen?.({} as Event);
    expect(openings).toBe(2);
    stop();
    bridge.reconnect();
    sockets.at(-1)?.onopen?.({} as Event);
    expect(openings).toBe(2);
  });

  it('tells each close of the socket with its code, so a page can ask whether its session ended', () => {
    const { bridge, sockets } = bridgeAt();
    const codes: number[] = [];
    bridge.onClose((code) => codes.push(code));
    bridge.on('queue.changed', () => {});
    sockets.at(-1)?.onclose?.({ code: 4401 } as CloseEvent);
    expect(codes).toEqual([4401]);
    // A socket the page closed itself, to reopen it, is no news.
    bridge.reconnect();
    sockets.at(-1)?.onopen?.({} as Event);
    sockets[0]?.onclose?.({ code: 1000 } as CloseEvent);
    expect(codes).toEqual([4401]);
  });
});

describe('the staff sign-in routes', () => {
  const ana = { id: 'ana', name: 'Ana García', role: 'staff' };

  it('post the attempt as JSON, same origin, and answer with the member and the idle minutes', async () => {
    const sent: { url: string; init: RequestInit }[] = [];
    const result = await signInStaff(
      async (url, init) => {
        sent.push({ url, init });
        return Response.json({ staff: ana, idleMinutes: 30 });
      },
      { method: 'pin', staffId: 'ana', pin: '1234' },
    );
    expect(result).toEqual({ ok: true, staff: ana, idleMinutes: 30 });
    expect(sent).toEqual([
      {
        url: '/api/sign-in',
        init: { method: 'POST', headers: { 'content-type': 'application/json' }, credentials: 'same-origin', body: '{"method":"pin","staffId":"ana","pin":"1234"}' },
      },
    ]);
  });

  it("answer a refusal, a lockout or a store without staff with the listener's code", async () => {
    const reply = (status: number, error: object) => () => Promise.resolve(Response.json({ error }, { status }));
    const badge = { method: 'badge', badge: 'X' } as const;
    expect(await signInStaff(reply(401, { code: 'staff.signInRefused', params: {} }), badge)).toEqual({ ok: false, problem: { code: 'staff.signInRefused', params: {} } });
    expect(await signInStaff(reply(423, { code: 'staff.lockedOut', params: { seconds: 42 } }), badge)).toEqual({ ok: false, problem: { code: 'staff.lockedOut', params: { seconds: 42 } } });
    expect(await signInStaff(reply(503, { code: 'staff.notConfigured' }), badge)).toEqual({ ok: false, problem: { code: 'staff.notConfigured', params: {} } });
  });

  it('answer a listener that is not there, or an answer that is not its own, without blaming the staff member', async () => {
    const badge = { method: 'badge', badge: 'X' } as const;
    expect(await signInStaff(() => Promise.reject(new TypeError('Failed to fetch')), badge)).toMatchObject({ ok: false, problem: { code: 'host.unreachable' } });
    expect(await signInStaff(() => Promise.resolve(new Response('Bad gateway', { status: 502 })), badge)).toMatchObject({ ok: false, problem: { code: 'host.unreachable' } });
    expect(await signInStaff(() => Promise.resolve(Response.json({ staff: 'nobody' })), badge)).toMatchObject({ ok: false, problem: { code: 'host.internal' } });
  });

  it('sign out with a JSON POST, and shrug off a listener that is gone', async () => {
    const sent: string[] = [];
    await signOutStaff(async (url, init) => {
      sent.push(`${init.method} ${url} ${JSON.stringify(init.headers)} ${String(init.body)}`);
      return new Response(null, { status: 204 });
    });
    expect(sent).toEqual(['POST /api/sign-out {"content-type":"application/json"} {}']);
    await expect(signOutStaff(() => Promise.reject(new TypeError('Failed to fetch')))).resolves.toBeUndefined();
  });
});

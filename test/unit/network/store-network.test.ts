// The store-network listener as the console's and the TV's browsers meet it: a real HTTPS server
// on 127.0.0.1 with a trial certificate, a real host behind it, the staff services stood in for.
import { describe, expect, it } from 'vitest';
import { browserTransport } from '../../../shared/host-api/browser-transport.ts';
import { contentSecurityPolicy } from '../../../shared/security/content-security-policy.ts';
import { HostError } from '../../../shared/host-api/errors.ts';
import { boardKey, boardPass, callAs, cookieHeader, send, signIn, startTestNetwork } from './network-client.ts';

const cookieToken = /[A-Za-z0-9_-]{43}/.source;

describe('the store-network listener', () => {
  it('gives a signed-in staff member a session cookie that is HttpOnly, Secure, SameSite=Strict and for the whole site, and nothing longer-lived', async () => {
    const network = await startTestNetwork({ idleMinutes: 20 });
    const reply = await send(network, '/api/sign-in', { body: { method: 'pin', staffId: 'ana', pin: '1234' } });
    expect(reply.status).toBe(200);
    expect(reply.json()).toEqual({ staff: { id: 'ana', name: 'Ana', role: 'staff' }, idleMinutes: 20 });
    const session = reply.cookies.find((cookie) => cookie.startsWith('atiende_staff='));
    expect(session).toMatch(new RegExp(`^atiende_staff=${cookieToken}; Path=/; HttpOnly; Secure; SameSite=Strict$`));
    // A browser that had no device name gets one with its first sign-in; the sign-in service hears it.
    const device = reply.cookies.find((cookie) => cookie.startsWith('atiende_device='));
    expect(device).toMatch(/^atiende_device=[\w-]{24}; Path=\/; Max-Age=31536000; HttpOnly; Secure; SameSite=Strict$/);
    const deviceId = device?.split(';')[0]?.split('=')[1] ?? '';
    expect(network.desk.signIn).toHaveBeenCalledWith({ method: 'pin', staffId: 'ana', pin: '1234' }, `console:${deviceId.slice(0, 10)}`);
  });

  it('runs a call with the cookie as that staff member on that browser, through the real dispatcher', async () => {
    const network = await startTestNetwork();
    // The console page named the browser; the sign-in on it and every call after say so.
    const device = cookieHeader(...(await send(network, '/console', { method: 'GET' })).cookies);
    const cookie = await signIn(network, 'ana', '1234', device);
    const reply = await callAs(network, cookie, 'queue.callNext', { counter: 'desk-1' });
    expect(reply.status).toBe(200);
    // Staff may call the next ticket: nobody waits, so the queue says so rather than auth.forbidden.
    expect(reply.json()).toMatchObject({ id: 7, ok: false, error: { code: 'queue.nothingWaiting' } });
    const deviceId = device.split('=')[1] ?? '';
    expect(network.desk.signIn).toHaveBeenCalledWith(expect.anything(), `console:${deviceId.slice(0, 10)}`);
    expect(network.dispatch).toHaveBeenLastCalledWith(
      { id: 7, method: 'queue.callNext', input: { counter: 'desk-1' } },
      { role: 'staff', staffId: 'ana', device: `console:${deviceId.slice(0, 10)}` },
    );
    const asManager = await callAs(network, await signIn(network, 'marta', '9876'), 'kiosk.state');
    expect(asManager.json()).toMatchObject({ ok: true });
    expect(network.dispatch.mock.lastCall?.[1]).toMatchObject({ role: 'manager', staffId: 'marta' });
  });

  it('forgets a session after the idle minutes without a staff action, while each action starts them again and reading keeps no one in', async () => {
    const network = await startTestNetwork({ idleMinutes: 30 });
    const cookie = await signIn(network);
    network.advance(29);
    expect((await callAs(network, cookie, 'queue.callNext', { counter: 'desk-1' })).status).toBe(200);
    network.advance(29);
    // A console left open reads the queue at every change: that is not someone at the counter.
    expect((await callAs(network, cookie, 'queue.counterQueue', { counter: 'desk-1' })).status).toBe(200);
    expect((await callAs(network, cookie, 'kiosk.state')).status).toBe(200);
    network.advance(1);
    const expired = await callAs(network, cookie, 'kiosk.state');
    expect(expired.status).toBe(401);
    expect(expired.json()).toEqual({ id: 7, ok: false, error: { code: 'staff.notSignedIn', params: {} } });
    network.advance(-60);
    expect((await callAs(network, cookie, 'kiosk.state')).status, 'a forgotten session stays forgotten').toBe(401);
  });

  it('answers a call without a sign-in with staff.notSignedIn and the call’s id, running nothing', async () => {
    const network = await startTestNetwork();
    const reply = await send(network, browserTransport.callPath, { body: { id: 'call-3', method: 'queue.callNext', input: { counter: 'desk-1' } } });
    expect(reply.status).toBe(401);
    expect(reply.json()).toEqual({ id: 'call-3', ok: false, error: { code: 'staff.notSignedIn', params: {} } });
    const forged = await callAs(network, 'atiende_staff=not-a-session', 'kiosk.state');
    expect(forged.json()).toMatchObject({ id: 7, error: { code: 'staff.notSignedIn' } });
    expect(network.dispatch).not.toHaveBeenCalled();
  });

  it('signs out: the session is forgotten, the cookie cleared, and the sign-out audited', async () => {
    const network = await startTestNetwork();
    const cookie = await signIn(network);
    const reply = await send(network, '/api/sign-out', { body: {}, headers: { cookie } });
    expect(reply.status).toBe(204);
    expect(reply.cookies).toEqual(['atiende_staff=; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=0']);
    expect(network.audit.record).toHaveBeenCalledWith({ staffId: 'ana', device: expect.stringMatching(/^console:[\w-]{10}$/), action: 'staff.signOut' });
    expect((await callAs(network, cookie, 'kiosk.state')).status).toBe(401);
  });

  it('signs a member removed from the staff file out at their next call', async () => {
    const network = await startTestNetwork();
    const cookie = await signIn(network);
    network.members.delete('ana');
    expect((await callAs(network, cookie, 'kiosk.state')).json()).toMatchObject({ error: { code: 'staff.notSignedIn' } });
    network.members.set('ana', { id: 'ana', name: 'Ana', role: 'staff', pin: '1234' });
    expect((await callAs(network, cookie, 'kiosk.state')).status, 'coming back needs a new sign-in').toBe(401);
  });

  it('answers refused sign-ins with their typed errors: a wrong PIN 401, a lockout 423, no staff file 503', async () => {
    const network = await startTestNetwork();
    const wrong = await send(network, '/api/sign-in', { body: { method: 'pin', staffId: 'ana', pin: '0000' } });
    expect([wrong.status, wrong.json()]).toEqual([401, { error: { code: 'staff.signInRefused', params: {} } }]);
    expect(wrong.cookies.some((cookie) => cookie.startsWith('atiende_staff='))).toBe(false);
    network.desk.signIn.mockRejectedValueOnce(new HostError('staff.lockedOut', { seconds: 300 }));
    const locked = await send(network, '/api/sign-in', { body: { method: 'pin', staffId: 'ana', pin: '1234' } });
    expect([locked.status, locked.json()]).toEqual([423, { error: { code: 'staff.lockedOut', params: { seconds: 300 } } }]);
    network.desk.signIn.mockRejectedValueOnce(new HostError('staff.notConfigured'));
    const unconfigured = await send(network, '/api/sign-in', { body: { method: 'badge', badge: 'B-77' } });
    expect([unconfigured.status, unconfigured.json()]).toEqual([503, { error: { code: 'staff.notConfigured', params: {} } }]);
    const malformed = await send(network, '/api/sign-in', { body: { method: 'pin', staffId: 'ana' } });
    expect(malformed.status).toBe(400);
  });

  it('refuses with 403 and runs nothing a POST another site’s page could make: a foreign Origin, none, a cross-site fetch, another Host', async () => {
    const network = await startTestNetwork();
    const cookie = await signIn(network);
    network.desk.signIn.mockClear();
    const port = String(network.port);
    const crossSite: Array<Record<string, string | undefined>> = [
      { origin: 'https://evil.example' },
      { origin: undefined },
      { origin: 'null' },
      { origin: `http://127.0.0.1:${port}` },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { host: `attacker.example:${port}`, origin: `https://attacker.example:${port}` },
    ];
    for (const headers of crossSite) {
      const call = await callAs(network, cookie, 'kiosk.setAssisted', { assisted: true }, headers);
      expect(call.status, JSON.stringify(headers)).toBe(403);
      const attempt = await send(network, '/api/sign-in', { body: { method: 'pin', staffId: 'ana', pin: '1234' }, headers });
      expect(attempt.status, JSON.stringify(headers)).toBe(403);
      const signOut = await send(network, '/api/sign-out', { body: {}, headers: { cookie, ...headers } });
      expect(signOut.status, JSON.stringify(headers)).toBe(403);
    }
    expect(network.dispatch).not.toHaveBeenCalled();
    expect(network.desk.signIn).not.toHaveBeenCalled();
    expect((await callAs(network, cookie, 'kiosk.state', {}, { 'sec-fetch-site': 'same-origin' })).status, 'still signed in').toBe(200);
  });

  it('takes JSON bodies only: application/jsonx and text/plain are refused with 415, a charset is fine', async () => {
    const network = await startTestNetwork();
    const cookie = await signIn(network);
    for (const contentType of ['application/jsonx', 'text/plain', 'application/x-www-form-urlencoded', 'application/json-seq']) {
      const reply = await callAs(network, cookie, 'kiosk.state', {}, { 'content-type': contentType });
      expect(reply.status, contentType).toBe(415);
    }
    expect(network.dispatch).not.toHaveBeenCalled();
    expect((await callAs(network, cookie, 'kiosk.state', {}, { 'content-type': 'application/json; charset=utf-8' })).status).toBe(200);
    const oversized = await callAs(network, cookie, 'kiosk.state', { pad: 'x'.repeat(70_000) });
    expect(oversized.status).toBe(413);
  });

  it('allows 5 sign-in attempts a minute for one account and 10 from one address, then answers 429 with the seconds to wait', async () => {
    const network = await startTestNetwork();
    const attempt = (staffId: string) => send(network, '/api/sign-in', { body: { method: 'pin', staffId, pin: '0000' } });
    for (let count = 0; count < 5; count += 1) expect((await attempt('ana')).status).toBe(401);
    const limited = await attempt('ana');
    expect(limited.status).toBe(429);
    expect(limited.json()).toEqual({ error: { code: 'staff.lockedOut', params: { seconds: 60 } } });
    // Another account from the same address may still try, until the address has had its ten.
    for (let count = 0; count < 4; count += 1) expect((await attempt('marta')).status).toBe(401);
    expect((await attempt('marta')).status).toBe(429);
    expect((await send(network, '/api/sign-in', { body: { method: 'badge', badge: 'B-1' } })).status, 'badges too').toBe(429);
    expect(network.desk.signIn).toHaveBeenCalledTimes(9);
    network.advance(1);
    expect((await send(network, '/api/sign-in', { body: { method: 'pin', staffId: 'ana', pin: '1234' } })).status).toBe(200);
  });

  it('opens the waiting board with the board key: a board reads the queue and may not call anyone', async () => {
    const network = await startTestNetwork();
    const refused = await send(network, browserTransport.passPath, { body: { code: `${boardKey}x` } });
    expect([refused.status, refused.cookies]).toEqual([401, []]);
    const traded = await send(network, browserTransport.passPath, { body: { code: boardKey } });
    expect(traded.status).toBe(204);
    expect(traded.cookies).toEqual([expect.stringMatching(new RegExp(`^atiende_board=${cookieToken}; Path=/api; HttpOnly; Secure; SameSite=Strict$`))]);
    const cookie = cookieHeader(...traded.cookies);
    expect((await callAs(network, cookie, 'queue.board')).json()).toMatchObject({ id: 7, ok: true });
    expect((await callAs(network, cookie, 'queue.callNext', { counter: 'desk-1' })).json()).toEqual({
      id: 7,
      ok: false,
      error: { code: 'auth.forbidden', params: { method: 'queue.callNext' } },
    });
    expect(network.dispatch.mock.lastCall?.[1]).toEqual({ role: 'board', device: 'board' });
  });

  it('serves the console and the board with the kiosk’s CSP and the security headers, and names the browser once', async () => {
    const network = await startTestNetwork();
    const consolePage = await send(network, '/console', { method: 'GET' });
    expect(consolePage.status).toBe(200);
    expect(consolePage.text).toContain('<title>console</title>');
    const boardPage = await send(network, '/?view=board', { method: 'GET' });
    expect(boardPage.text).toContain('<title>board</title>');
    for (const page of [consolePage, boardPage]) {
      expect(page.headers['content-security-policy']).toBe(contentSecurityPolicy);
      expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(page.headers).toMatchObject({
        'strict-transport-security': 'max-age=31536000',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'x-frame-options': 'DENY',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-resource-policy': 'same-origin',
      });
      expect(page.headers['permissions-policy']).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
      expect(page.cookies).toEqual([expect.stringMatching(/^atiende_device=[\w-]{24}; Path=\/; Max-Age=31536000; HttpOnly; Secure; SameSite=Strict$/)]);
    }
    const again = await send(network, '/console', { method: 'GET', headers: { cookie: cookieHeader(...consolePage.cookies) } });
    expect(again.cookies, 'a browser keeps its name').toEqual([]);
    const script = await send(network, '/assets/console.js', { method: 'GET' });
    expect([script.status, script.headers['x-frame-options'], script.cookies]).toEqual([200, 'DENY', []]);
    expect((await send(network, '/../atiende.key', { method: 'GET' })).status).not.toBe(200);
    expect((await send(network, '/api/nothing', { method: 'GET' })).status).toBe(404);
    expect((await send(network, '/api/call', { method: 'GET' })).status).toBe(405);
  });

  it('refuses pages asked for by a host name it does not answer to (DNS rebinding)', async () => {
    const network = await startTestNetwork();
    const page = await send(network, '/console', { method: 'GET', headers: { host: `attacker.example:${network.port}` } });
    expect(page.status).toBe(403);
    const wrongPort = await send(network, '/console', { method: 'GET', headers: { host: '127.0.0.1:1' } });
    expect(wrongPort.status).toBe(403);
    expect((await send(network, '/console', { method: 'GET', headers: { host: `localhost:${network.port}` } })).status).toBe(200);
  });

  it('keeps the board pass across sign-outs of staff on the same browser', async () => {
    const network = await startTestNetwork();
    const board = await boardPass(network);
    const staff = await signIn(network);
    await send(network, '/api/sign-out', { body: {}, headers: { cookie: `${staff}; ${board}` } });
    expect((await callAs(network, board, 'queue.board')).status).toBe(200);
  });
});

// The event socket of the store-network listener: opened with a staff or board cookie from a page
// of its own origin, hearing what that role may hear, and closed when a console's session ends.
import { describe, expect, it } from 'vitest';
import { rightEndedCloseCode } from '../../../electron/host/api/http-parts.ts';
import { boardPass, callAs, heard, openEvents, send, signIn, startTestNetwork } from './network-client.ts';

const acknowledged = { id: 'alert-1', by: 'ana', at: '2026-03-02T09:00:00Z' };

describe('the store network’s event socket', () => {
  it('is refused without a cookie, with a forged one, and from another origin', async () => {
    const network = await startTestNetwork();
    await expect(openEvents(network, '')).rejects.toThrow('HTTP 401');
    await expect(openEvents(network, 'atiende_staff=forged; atiende_board=forged')).rejects.toThrow('HTTP 401');
    const cookie = await signIn(network);
    await expect(openEvents(network, cookie, 'https://evil.example')).rejects.toThrow('HTTP 403');
  });

  it('pushes to a signed-in console and to a board the events each may hear', async () => {
    const network = await startTestNetwork();
    const staffCookie = await signIn(network);
    const consoleHeard = heard(await openEvents(network, staffCookie));
    const boardHeard = heard(await openEvents(network, await boardPass(network)));
    // A staff call changes the kiosk's state, which everyone hears; an acknowledged alert only staff do.
    expect((await callAs(network, staffCookie, 'kiosk.setAssisted', { assisted: true })).json()).toMatchObject({ ok: true });
    network.host.events.emit('staff.alertAcknowledged', acknowledged);
    await expect.poll(() => consoleHeard).toEqual(['kiosk.stateChanged', 'staff.alertAcknowledged']);
    await expect.poll(() => boardHeard).toContain('kiosk.stateChanged');
    expect(boardHeard).not.toContain('staff.alertAcknowledged');
  });

  it('closes a console’s socket once its session has gone idle: an open socket alone keeps no one signed in', async () => {
    const network = await startTestNetwork({ idleMinutes: 30 });
    const socket = await openEvents(network, await signIn(network));
    const consoleHeard = heard(socket);
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    network.host.events.emit('staff.alertAcknowledged', acknowledged);
    await expect.poll(() => consoleHeard).toEqual(['staff.alertAcknowledged']);
    network.advance(30);
    network.host.events.emit('staff.alertAcknowledged', { ...acknowledged, id: 'alert-2' });
    expect(await closed).toBe(rightEndedCloseCode);
    expect(consoleHeard).toEqual(['staff.alertAcknowledged']);
  });

  it('closes a console’s socket when its member signs out', async () => {
    const network = await startTestNetwork();
    const cookie = await signIn(network);
    const socket = await openEvents(network, cookie);
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    await callAs(network, cookie, 'kiosk.state');
    expect((await send(network, '/api/sign-out', { body: {}, headers: { cookie } })).status).toBe(204);
    network.host.events.emit('staff.alertAcknowledged', acknowledged);
    expect(await closed).toBe(rightEndedCloseCode);
  });
});

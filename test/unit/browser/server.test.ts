import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startBrowserShell, type BrowserShell } from '../../../electron/browser/server.ts';
import { createHost, type Host } from '../../../electron/host/create-host.ts';
import { browserTransport } from '../../../shared/host-api/browser-transport.ts';
import { tempStore, type TempStore } from '../../fixtures/store-config.ts';

let store: TempStore;
let host: Host;
let shell: BrowserShell;
/** The kiosk page's pass, as its browser holds it: the cookie it got for its one-time code. */
let pagePass: string;

/** Trades a page address's one-time code for its pass, as the renderer does; the Cookie header to send. */
async function passFor(address: string): Promise<{ status: number; setCookie: string; cookie: string }> {
  const code = new URLSearchParams(new URL(address).hash.slice(1)).get(browserTransport.codeFragmentKey);
  const response = await fetch(`${shell.origin}${browserTransport.passPath}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  const setCookie = response.headers.get('set-cookie') ?? '';
  return { status: response.status, setCookie, cookie: setCookie.split(';')[0] ?? '' };
}

beforeEach(async () => {
  store = tempStore();
  const rendererDir = join(store.dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>kiosk</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(store.dir, 'secret.txt'), 'not for the page');
  host = createHost({ configFile: store.configFile, dataDir: store.dataDir, shell: 'test' });
  shell = await startBrowserShell({ host, rendererDir });
  pagePass = (await passFor(shell.pageAddress('kiosk'))).cookie;
});

afterEach(async () => {
  await shell.close();
  host.close();
  store.remove();
});

function call(body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${shell.origin}${browserTransport.callPath}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: pagePass, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function openEvents(protocols: string[], origin = shell.origin, cookie = pagePass): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${shell.port}${browserTransport.eventsPath}`, protocols, { origin, headers: { cookie } });
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
    socket.once('error', reject);
  });
}


describe('the browser shell', () => {
  it('listens on the loopback address only, and gives pages addresses with a one-time code, never a secret', () => {
    expect(shell.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(shell.pageAddress('kiosk')).toMatch(new RegExp(`^${shell.origin}/#code=[\\w-]{24}$`));
    expect(shell.pageAddress('board')).toMatch(new RegExp(`^${shell.origin}/\\?view=board#code=[\\w-]{24}$`));
    expect(shell.pageAddress('kiosk')).not.toContain(shell.operatorToken);
  });

  it('trades a code once for a pass in an HttpOnly, SameSite=Strict cookie; a used code is refused', async () => {
    const address = shell.pageAddress('kiosk');
    const first = await passFor(address);
    expect(first.status).toBe(204);
    expect(first.setCookie).toMatch(/^atiende_pass=[\w-]+; Path=\/api; HttpOnly; SameSite=Strict$/);
    const again = await passFor(address);
    expect(again.status).toBe(401);
    expect(again.setCookie).toBe('');
    const asPage = await call({ id: 1, method: 'kiosk.state', input: {} }, { cookie: first.cookie });
    expect(await asPage.json()).toMatchObject({ ok: true });
  });

  it('answers a valid call through the real dispatcher', async () => {
    const response = await call({ id: 1, method: 'kiosk.state', input: {} });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: 1, ok: true, result: { state: 'ready' } });
  });

  it('answers invalid input and unknown methods with typed errors', async () => {
    const invalid = await (await call({ id: 2, method: 'session.start', input: { language: 42 } })).json();
    expect(invalid).toMatchObject({ ok: false, error: { code: 'request.invalidInput', params: { field: 'language' } } });
    const unknown = await (await call({ id: 3, method: 'shell.exec', input: {} })).json();
    expect(unknown).toMatchObject({ ok: false, error: { code: 'method.unknown' } });
  });

  it('refuses a staff method to the launch secret, which is a customer’s, and grants it to the operator’s', async () => {
    const asPage = await (await call({ id: 4, method: 'queue.callNext', input: { counter: 'desk-1' } })).json();
    expect(asPage).toEqual({ id: 4, ok: false, error: { code: 'auth.forbidden', params: { method: 'queue.callNext' } } });
    const asOperator = await (await call({ id: 5, method: 'queue.callNext', input: { counter: 'desk-1' } }, { cookie: '', authorization: `Bearer ${shell.operatorToken}` })).json();
    expect(asOperator).toMatchObject({ id: 5, ok: false, error: { code: 'queue.nothingWaiting' } });
  });

  it('answers a body that is not JSON with request.malformed', async () => {
    const response = await call('{nope');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'request.malformed' } });
  });

  it('refuses a call without the token or with a wrong one', async () => {
    const missing = await fetch(`${shell.origin}${browserTransport.callPath}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 1, method: 'kiosk.state', input: {} }),
    });
    expect(missing.status).toBe(401);
    const wrong = await call({ id: 1, method: 'kiosk.state', input: {} }, { cookie: `${pagePass}x` });
    expect(wrong.status).toBe(401);
    const wrongBearer = await call({ id: 1, method: 'kiosk.state', input: {} }, { cookie: '', authorization: `Bearer ${shell.operatorToken}x` });
    expect(wrongBearer.status).toBe(401);
  });

  it('refuses calls from another origin even with the token', async () => {
    const response = await call({ id: 1, method: 'kiosk.state', input: {} }, { origin: 'http://evil.example' });
    expect(response.status).toBe(403);
  });

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      request({ host: '127.0.0.1', port: shell.port, path: '/', headers: { host: 'attacker.example' } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      }).end();
    });
    expect(status).toBe(403);
  });

  it('refuses an oversized call', async () => {
    const response = await call({ id: 1, method: 'kiosk.state', input: { pad: 'x'.repeat(100_000) } });
    expect(response.status).toBe(413);
  });

  it('serves the renderer with the Content-Security-Policy header', async () => {
    const response = await fetch(`${shell.origin}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('<title>kiosk</title>');
    const script = await fetch(`${shell.origin}/assets/app.js`);
    expect(script.headers.get('content-type')).toContain('text/javascript');
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt', '/..%5csecret.txt']) {
      const { request } = await import('node:http');
      const status = await new Promise<number>((resolve) => {
        request({ host: '127.0.0.1', port: shell.port, path }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        }).end();
      });
      expect([400, 403, 404], `status for ${path}`).toContain(status);
    }
  });

  it('pushes over the WebSocket the host events the secret’s role may hear: staff calls to the operator, not to the page', async () => {
    const page = await openEvents([browserTransport.protocol]);
    const operator = await openEvents([browserTransport.protocol, `${browserTransport.tokenProtocolPrefix}${shell.operatorToken}`], shell.origin, '');
    expect(page.protocol).toBe(browserTransport.protocol);
    const heard = (socket: WebSocket) => {
      const events: string[] = [];
      socket.on('message', (data) => events.push((JSON.parse(String(data)) as { event: string }).event));
      return events;
    };
    const pageHeard = heard(page);
    const operatorHeard = heard(operator);
    await call({ id: 1, method: 'help.request', input: { sessionId: null, screen: 'home' } });
    await expect.poll(() => operatorHeard).toContain('staff.alert');
    await expect.poll(() => pageHeard).toContain('queue.changed');
    expect(pageHeard).not.toContain('staff.alert');
    page.close();
    operator.close();
  });

  it('refuses a WebSocket without a pass or a secret, or from another origin', async () => {
    await expect(openEvents([browserTransport.protocol], shell.origin, '')).rejects.toThrow('HTTP 401');
    await expect(openEvents([browserTransport.protocol, `${browserTransport.tokenProtocolPrefix}wrong`], shell.origin, '')).rejects.toThrow('HTTP 401');
    await expect(openEvents([browserTransport.protocol], 'http://evil.example')).rejects.toThrow('HTTP 403');
  });
});

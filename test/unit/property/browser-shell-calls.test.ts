// Random and malformed calls through the browser shell's server: the contract over HTTP for the
// kiosk page, the board page and the operator, requests wrong in every part HTTP has (method,
// content type, size, bytes, credentials), frames a page may push down the event socket, and
// bytes that are not HTTP at all. The real server, dispatcher and host on a temp folder.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, onTestFinished } from 'vitest';
import { startBrowserShell } from '../../../electron/browser/server.ts';
import { browserTransport } from '../../../shared/host-api/browser-transport.ts';
import type { Principal } from '../../../shared/host-api/roles.ts';
import { anyCall, everyMethodCalls } from './call-arbitraries.ts';
import { startFuzzHost, type FuzzHost } from './fuzz-host.ts';
import { expectFramedAnswer, framingCases, framingHeaders, type Framing } from './http-framing.ts';
import { check, withinDeadline } from './property-runs.ts';
import { expectNoInternals, send, sendBytes, type RawReply } from './raw-http.ts';
import { expectTypedReply, preview } from './reply-oracle.ts';
import { eventSocketChecks } from './event-socket.ts';

interface Caller {
  principal: Principal;
  headers: Record<string, string>;
}

/** The browser shell over `fuzz.host`, and its three callers: the kiosk page, the board page, the operator. */
async function browserShell(fuzz: FuzzHost) {
  const rendererDir = mkdtempSync(join(tmpdir(), 'atiende-property-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>kiosk</title>');
  const shell = await startBrowserShell({ host: fuzz.host, rendererDir });
  onTestFinished(async () => {
    await shell.close();
    rmSync(rendererDir, { recursive: true, force: true });
  });
  // A page trades the one-time code of its address for its pass, as the renderer does.
  const passOf = async (view: 'kiosk' | 'board') => {
    const code = new URLSearchParams(new URL(shell.pageAddress(view)).hash.slice(1)).get(browserTransport.codeFragmentKey);
    const response = await fetch(`${shell.origin}${browserTransport.passPath}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
    return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  };
  const callers: readonly Caller[] = [
    { principal: { role: 'customer' }, headers: { cookie: await passOf('kiosk') } },
    { principal: { role: 'board' }, headers: { cookie: await passOf('board') } },
    { principal: { role: 'operator' }, headers: { authorization: `Bearer ${shell.operatorToken}` } },
  ];
  const call = (caller: Caller, body: string) => send(shell.origin, browserTransport.callPath, { headers: { 'content-type': 'application/json', ...caller.headers }, body });
  const expectHealthy = async () => {
    const health = await withinDeadline('kiosk.state', call(callers[0] as Caller, JSON.stringify({ id: 'health', method: 'kiosk.state', input: {} })));
    expect(health.status).toBe(200);
    expect(JSON.parse(health.text), 'kiosk.state after the run').toMatchObject({ id: 'health', ok: true, result: { state: 'ready' } });
  };
  return { shell, callers, call, expectHealthy };
}

/** Posts `envelope` as `caller` the way a page's client does and checks the answer; the ledger hears of what ran. */
async function callAndCheck(fuzz: FuzzHost, call: (caller: Caller, body: string) => Promise<RawReply>, caller: Caller, envelope: unknown): Promise<void> {
  // What the page's JSON.stringify makes of it is what the host receives.
  const body = JSON.stringify(envelope) ?? '';
  const answer = await withinDeadline(`HTTP call ${preview(envelope)}`, call(caller, body));
  expectNoInternals(answer);
  if (Buffer.byteLength(body) > 64 * 1024) {
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.text)).toMatchObject({ id: null, ok: false, error: { code: 'request.malformed' } });
    return;
  }
  if (body === '') {
    expect(answer.status).toBe(400);
    return;
  }
  expect(answer.status, `${preview(envelope)}: ${answer.text.slice(0, 200)}`).toBe(200);
  fuzz.note(expectTypedReply(JSON.parse(body) as unknown, JSON.parse(answer.text) as unknown, caller.principal));
}

describe('random calls over the browser shell’s HTTP and WebSocket', () => {
  it('answers every method of the contract, called by the kiosk page, the board page and the operator with inputs made from its schema', async () => {
    const fuzz = await startFuzzHost();
    const { callers, call, expectHealthy } = await browserShell(fuzz);
    for (const envelope of everyMethodCalls(fuzz.hints)) {
      for (const caller of callers) await callAndCheck(fuzz, call, caller, envelope);
    }
    await expectHealthy();
    fuzz.expectEveryMethodRan(callers.map((caller) => caller.principal.role));
    await fuzz.expectConsistent();
  }, 60_000);

  it('answers random and malformed calls of all three, several at once, with a valid result or a typed error', async () => {
    const fuzz = await startFuzzHost();
    const { callers, call, expectHealthy } = await browserShell(fuzz);
    const batches = fc.array(fc.tuple(anyCall(fuzz.hints), fc.nat({ max: callers.length - 1 })), { minLength: 1, maxLength: 4 });

    await check(
      fc.asyncProperty(batches, async (batch) => {
        await Promise.all(batch.map(([envelope, who]) => callAndCheck(fuzz, call, callers[who] as Caller, envelope)));
        await expectHealthy();
      }),
      150,
    );
    await fuzz.expectConsistent();
  }, 60_000);

  it('answers every request wrong in its HTTP framing with the status that names what is wrong, and a typed error', async () => {
    const fuzz = await startFuzzHost();
    const { shell, callers, expectHealthy } = await browserShell(fuzz);

    await check(
      fc.asyncProperty(framingCases, async (framing: Framing) => {
        const kiosk = callers[0] as Caller;
        const credentials = framing.credentials === 'valid' ? kiosk.headers : framing.credentials === 'forged' ? { cookie: `${browserTransport.passCookie}=forged` } : {};
        const headers = { ...framingHeaders(framing, shell.origin), ...credentials };
        const answer = await withinDeadline('framed request', send(shell.origin, browserTransport.callPath, { method: framing.method, headers, body: framing.body }));
        const verdict = expectFramedAnswer(framing, answer, 'loopback', kiosk.principal);
        if (verdict) fuzz.note(verdict);
        await expectHealthy();
      }),
      150,
    );
    await fuzz.expectConsistent();
  }, 60_000);

  it('keeps pushing events to a page that writes junk down its event socket, and survives bytes that are not HTTP', async () => {
    const fuzz = await startFuzzHost();
    const { shell, callers, call, expectHealthy } = await browserShell(fuzz);
    const sockets = eventSocketChecks({ url: `ws://127.0.0.1:${shell.port}${browserTransport.eventsPath}`, origin: shell.origin, headers: (callers[0] as Caller).headers, role: 'customer' });
    let assisted = false;
    // The operator switches assisted mode: every page hears kiosk.stateChanged.
    const change = async () => {
      assisted = !assisted;
      const reply = await call(callers[2] as Caller, JSON.stringify({ id: 1, method: 'kiosk.setAssisted', input: { assisted } }));
      fuzz.note(expectTypedReply({ id: 1, method: 'kiosk.setAssisted', input: { assisted } }, JSON.parse(reply.text) as unknown, { role: 'operator' }));
    };

    await check(fc.asyncProperty(sockets.frames, async (frames) => sockets.expectStillPushing(frames, change)), 100);
    await check(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), fc.constantFrom('', 'POST /api/call HTTP/1.1\r\n', 'GET / HTTP/1.1\r\nHost: x\r\n'), async (bytes, start) => {
        await withinDeadline('a bare connection', sendBytes(shell.port, Buffer.concat([Buffer.from(start, 'latin1'), bytes])));
        await expectHealthy();
      }),
      50,
    );
    sockets.close();
    await fuzz.expectConsistent();
  }, 60_000);
});

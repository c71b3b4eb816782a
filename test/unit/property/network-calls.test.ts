// Random and malformed calls through the store-network listener, as the counter consoles, the
// back office and the TVs reach the host: a staff member (Ana), a manager (Marta) and a board,
// each with the cookie their sign-in or board key gave them; sign-in itself under junk; the event
// socket under junk frames. Plain HTTP on loopback, the real listener, dispatcher and host.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, onTestFinished } from 'vitest';
import { signInLimits } from '../../../electron/host/network/sign-in-limits.ts';
import { startStoreNetwork } from '../../../electron/host/network/store-network.ts';
import { browserTransport } from '../../../shared/host-api/browser-transport.ts';
import { hostErrorSchema } from '../../../shared/host-api/errors.ts';
import type { Principal } from '../../../shared/host-api/roles.ts';
import { boardKey, boardPass, signIn, staffDeskFixture } from '../network/network-client.ts';
import { anyCall, everyMethodCalls } from './call-arbitraries.ts';
import { eventSocketChecks } from './event-socket.ts';
import { startFuzzHost, type FuzzHost } from './fuzz-host.ts';
import { hostileValue } from './hostile-values.ts';
import { expectFramedAnswer, framingCases, framingHeaders } from './http-framing.ts';
import { check, withinDeadline } from './property-runs.ts';
import { expectNoInternals, send } from './raw-http.ts';
import { expectTypedReply, preview } from './reply-oracle.ts';

interface Caller {
  principal: Principal;
  cookie: string;
}

/** The listener over `fuzz.host` with a clock the test moves, and its three callers, signed in. */
async function storeNetwork(fuzz: FuzzHost) {
  const { desk } = staffDeskFixture();
  let at = Date.parse('2026-03-02T09:00:00Z');
  const rendererDir = join(fuzz.storeDir, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>board</title>');
  const listener = await startStoreNetwork({
    host: fuzz.host,
    network: { address: '127.0.0.1', port: 0, boardKey },
    // The real audit, so staff sign-outs land beside the staff actions they close.
    staff: { signIn: desk, audit: fuzz.host.staff.audit, idleMinutes: 30 },
    rendererDir,
    now: () => new Date(at),
  });
  onTestFinished(() => listener.close());
  const reachable = { origin: listener.origin, certificate: '' };
  const callers: readonly Caller[] = [
    { principal: { role: 'staff' }, cookie: await signIn(reachable, 'ana', '1234') },
    { principal: { role: 'manager' }, cookie: await signIn(reachable, 'marta', '9876') },
    { principal: { role: 'board' }, cookie: await boardPass(reachable) },
  ];
  const post = (path: string, cookie: string, body: string) =>
    send(listener.origin, path, { headers: { 'content-type': 'application/json', origin: listener.origin, cookie }, body });
  return {
    listener,
    callers,
    post,
    advance: (minutes: number) => {
      at += minutes * 60_000;
    },
  };
}

type Post = Awaited<ReturnType<typeof storeNetwork>>['post'];

async function callAndCheck(fuzz: FuzzHost, post: Post, caller: Caller, envelope: unknown): Promise<void> {
  const body = JSON.stringify(envelope) ?? '';
  const answer = await withinDeadline(`network call ${preview(envelope)}`, post(browserTransport.callPath, caller.cookie, body));
  expectNoInternals(answer);
  const expected = Buffer.byteLength(body) > 64 * 1024 ? 413 : body === '' ? 400 : 200;
  expect(answer.status, `${preview(envelope)}: ${answer.text.slice(0, 200)}`).toBe(expected);
  if (expected === 200) fuzz.note(expectTypedReply(JSON.parse(body) as unknown, JSON.parse(answer.text) as unknown, caller.principal));
}

async function expectHealthy(post: Post, caller: Caller): Promise<void> {
  const health = await withinDeadline('kiosk.state', post(browserTransport.callPath, caller.cookie, JSON.stringify({ id: 'health', method: 'kiosk.state', input: {} })));
  expect(JSON.parse(health.text), 'kiosk.state after the run').toMatchObject({ id: 'health', ok: true, result: { state: 'ready' } });
}

describe('random calls over the store-network listener', () => {
  it('answers every method of the contract, called by staff, a manager and a board with inputs made from its schema', async () => {
    const fuzz = await startFuzzHost();
    const { callers, post } = await storeNetwork(fuzz);
    for (const envelope of everyMethodCalls(fuzz.hints, 3)) {
      for (const caller of callers) await callAndCheck(fuzz, post, caller, envelope);
    }
    await expectHealthy(post, callers[0] as Caller);
    fuzz.expectEveryMethodRan(callers.map((caller) => caller.principal.role));
    await fuzz.expectConsistent();
  }, 60_000);

  it('answers random and malformed calls of all three, several at once, with a valid result or a typed error', async () => {
    const fuzz = await startFuzzHost();
    const { callers, post } = await storeNetwork(fuzz);
    const batches = fc.array(fc.tuple(anyCall(fuzz.hints), fc.nat({ max: callers.length - 1 })), { minLength: 1, maxLength: 4 });
    await check(
      fc.asyncProperty(batches, async (batch) => {
        await Promise.all(batch.map(([envelope, who]) => callAndCheck(fuzz, post, callers[who] as Caller, envelope)));
        await expectHealthy(post, callers[0] as Caller);
      }),
      150,
    );
    await fuzz.expectConsistent();
  }, 60_000);

  it('answers every request wrong in its HTTP framing with the status that names what is wrong, and a typed error', async () => {
    const fuzz = await startFuzzHost();
    const { listener, callers, post } = await storeNetwork(fuzz);
    const ana = callers[0] as Caller;
    await check(
      fc.asyncProperty(framingCases, async (framing) => {
        const cookie = framing.credentials === 'valid' ? ana.cookie : framing.credentials === 'forged' ? 'atiende_staff=forged' : undefined;
        const headers = { ...framingHeaders(framing, listener.origin), ...(cookie === undefined ? {} : { cookie }) };
        const answer = await withinDeadline('framed request', send(listener.origin, browserTransport.callPath, { method: framing.method, headers, body: framing.body }));
        const verdict = expectFramedAnswer(framing, answer, 'network', ana.principal);
        if (verdict) fuzz.note(verdict);
        await expectHealthy(post, ana);
      }),
      150,
    );
    await fuzz.expectConsistent();
  }, 60_000);

  it('answers any sign-in with the member or a typed refusal, and holds guessing to its limits', async () => {
    const fuzz = await startFuzzHost();
    const { post, advance } = await storeNetwork(fuzz);
    const attempts = fc.oneof(
      fc.record({ method: fc.constant('pin'), staffId: fc.constantFrom('ana', 'marta', 'ANA ', 'nobody'), pin: fc.constantFrom('1234', '9876', '0000', '') }),
      fc.record({ method: fc.constantFrom('pin', 'badge', 'password'), staffId: hostileValue, pin: hostileValue, badge: hostileValue }, { requiredKeys: [] }),
      hostileValue,
    );
    /** Attempts the listener let through to the sign-in service since the clock last moved a minute. */
    let checked = 0;
    await check(
      fc.asyncProperty(fc.array(attempts, { minLength: 1, maxLength: 6 }), fc.nat({ max: 3 }), async (batch, dice) => {
        for (const attempt of batch) {
          const body = JSON.stringify(attempt) ?? '';
          const answer = await withinDeadline('sign-in', post(browserTransport.signInPath, '', body));
          expectNoInternals(answer);
          const reply = JSON.parse(answer.text) as { staff?: unknown; error?: unknown };
          if (answer.status === 200) {
            expect(reply.staff, preview(attempt)).toMatchObject({ id: expect.stringMatching(/^(ana|marta)$/) });
          } else {
            expect([400, 401, 413, 423, 429], `${preview(attempt)}: ${answer.text}`).toContain(answer.status);
            expect(hostErrorSchema.safeParse(reply.error).success, `${preview(attempt)}: ${answer.text}`).toBe(true);
          }
          if (answer.status === 429) expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0);
          if ([200, 401, 423].includes(answer.status)) checked += 1;
          expect(checked, 'attempts checked within one minute from one address').toBeLessThanOrEqual(signInLimits.perAddress.attempts);
        }
        // Limits count per minute: now and then the clock moves on and the door opens again.
        if (dice === 0) {
          advance(1);
          checked = 0;
        }
      }),
      60,
    );
    await fuzz.expectConsistent();
  }, 60_000);

  it('keeps pushing events to a console that writes junk down its event socket', async () => {
    const fuzz = await startFuzzHost();
    const { listener, callers, post } = await storeNetwork(fuzz);
    const ana = callers[0] as Caller;
    const sockets = eventSocketChecks({ url: `${listener.origin.replace(/^http/, 'ws')}${browserTransport.eventsPath}`, origin: listener.origin, headers: { cookie: ana.cookie }, role: 'staff' });
    let assisted = false;
    // Ana switches assisted mode from her console: every console hears kiosk.stateChanged.
    const change = async () => {
      assisted = !assisted;
      const envelope = { id: 1, method: 'kiosk.setAssisted', input: { assisted } };
      const reply = await post(browserTransport.callPath, ana.cookie, JSON.stringify(envelope));
      fuzz.note(expectTypedReply(envelope, JSON.parse(reply.text) as unknown, ana.principal));
    };
    await check(fc.asyncProperty(sockets.frames, async (frames) => sockets.expectStillPushing(frames, change)), 100);
    sockets.close();
    await fuzz.expectConsistent();
  }, 60_000);
});

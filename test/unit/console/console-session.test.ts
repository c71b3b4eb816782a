import { describe, expect, it, vi } from 'vitest';
import { createHostClient } from '../../../renderer/kit/host/host-client.ts';
import { createKioskI18n } from '../../../renderer/kit/i18n/create-i18n.ts';
import { createStaffConsole } from '../../../renderer/console/create-staff-console.ts';
import { pageMemory } from '../../../renderer/kit/browser-memory.ts';
import { memoryKeys } from '../../../renderer/console/preferences.ts';
import { checkSession, signIn, signOut } from '../../../renderer/console/sign-in/session-actions.ts';
import { watchIdle } from '../../../renderer/kit/staff/idle-watch.ts';
import type { ReplyEnvelope } from '../../../shared/host-api/envelope.ts';
import { createFakeClock } from '../renderer/fake-clock.ts';

const ana = { id: 'ana', name: 'Ana García', role: 'staff' };

/** A console whose listener answers sign-ins with `signInReply` and calls with `callReply`. */
function consoleAt({ signInReply, callReply }: { signInReply?: () => Response; callReply?: (method: string, id: number | string) => ReplyEnvelope }) {
  const clock = createFakeClock(50_000);
  const memory = pageMemory();
  const requests: { url: string; body: unknown; contentType: unknown }[] = [];
  const counters = { reconnects: 0, primes: 0 };
  const staffConsole = createStaffConsole({
    host: createHostClient(
      {
        call: async (envelope) => callReply?.(envelope.method, envelope.id) ?? { id: envelope.id, ok: false, error: { code: 'staff.notSignedIn', params: {} } },
        on: () => () => undefined,
      },
      () => undefined,
    ),
    events: { reconnect: () => void (counters.reconnects += 1), onOpen: () => () => undefined, onClose: () => () => undefined },
    fetch: async (url, init) => {
      requests.push({ url, body: init.body ? JSON.parse(String(init.body)) : null, contentType: (init.headers as Record<string, string> | undefined)?.['content-type'] });
      if (url === '/api/sign-out') return new Response(null, { status: 204 });
      return signInReply?.() ?? Response.json({ error: { code: 'staff.signInRefused', params: {} } }, { status: 401 });
    },
    i18n: createKioskI18n('en'),
    memory,
    chime: { prime: () => void (counters.primes += 1), play: () => undefined },
    timers: clock.timers,
    now: clock.now,
  });
  return { staffConsole, clock, memory, requests, counters };
}

describe('the console sign-in', () => {
  it('opens on the sign-in screen when the listener knows no session, and on the console when it does', async () => {
    const nobody = consoleAt({});
    await checkSession(nobody.staffConsole);
    expect(nobody.staffConsole.session.getState().current).toEqual({ phase: 'signedOut', reason: 'opened' });

    const known = consoleAt({ callReply: (_method, id) => ({ id, ok: true, result: { staff: ana } }) });
    known.memory.write(memoryKeys.idleMinutes, '45');
    await checkSession(known.staffConsole);
    expect(known.staffConsole.session.getState().current).toEqual({ phase: 'signedIn', staff: ana, idleMinutes: 45 });
  });

  it('says so when the host cannot be reached, rather than asking to sign in with nothing wrong', async () => {
    const away = consoleAt({ callReply: (_method, id) => ({ id, ok: false, error: { code: 'host.unreachable', params: {} } }) });
    await checkSession(away.staffConsole);
    expect(away.staffConsole.session.getState()).toMatchObject({ current: { phase: 'signedOut' }, problem: { code: 'host.unreachable' } });
  });

  it('signs in by PIN as JSON, reopens the event socket with the new session, and remembers the idle minutes', async () => {
    const { staffConsole, requests, counters, memory } = consoleAt({ signInReply: () => Response.json({ staff: ana, idleMinutes: 20 }) });
    await signIn(staffConsole, { method: 'pin', staffId: 'ana', pin: '1234' });
    expect(requests).toEqual([{ url: '/api/sign-in', body: { method: 'pin', staffId: 'ana', pin: '1234' }, contentType: 'application/json' }]);
    expect(staffConsole.session.getState().current).toEqual({ phase: 'signedIn', staff: ana, idleMinutes: 20 });
    expect(counters).toEqual({ reconnects: 1, primes: 1 });
    expect(memory.read(memoryKeys.idleMinutes)).toBe('20');
  });

  it('stays on the sign-in screen when refused, and counts a lockout from when it was answered', async () => {
    const refused = consoleAt({});
    await checkSession(refused.staffConsole);
    await signIn(refused.staffConsole, { method: 'badge', badge: 'BADGE0001' });
    expect(refused.staffConsole.session.getState()).toMatchObject({ current: { phase: 'signedOut' }, problem: { code: 'staff.signInRefused' } });
    expect(refused.counters.reconnects).toBe(0);

    const locked = consoleAt({ signInReply: () => Response.json({ error: { code: 'staff.lockedOut', params: { seconds: 30 } } }, { status: 429 }) });
    await signIn(locked.staffConsole, { method: 'pin', staffId: 'ana', pin: '0000' });
    expect(locked.staffConsole.session.getState().lockedUntil).toBe(50_000 + 30_000);
  });

  it('signs out on the listener and shows why', async () => {
    const { staffConsole, requests } = consoleAt({ signInReply: () => Response.json({ staff: ana, idleMinutes: 20 }) });
    await signIn(staffConsole, { method: 'pin', staffId: 'ana', pin: '1234' });
    await signOut(staffConsole, 'signedOut');
    expect(requests.at(-1)?.url).toBe('/api/sign-out');
    expect(staffConsole.session.getState().current).toEqual({ phase: 'signedOut', reason: 'signedOut' });
  });

  it('notices a lapsed session on any call and goes back to sign-in', async () => {
    const { staffConsole } = consoleAt({});
    staffConsole.session.getState().signedIn(ana as never, 30);
    await expect(staffConsole.host.call('queue.board', {})).rejects.toMatchObject({ code: 'staff.notSignedIn' });
    expect(staffConsole.session.getState().current).toEqual({ phase: 'signedOut', reason: 'expired' });
  });
});

describe('the idle sign-out', () => {
  it('fires after the idle minutes without activity, and activity puts it off', () => {
    const clock = createFakeClock();
    const idle = vi.fn();
    watchIdle({ timers: clock.timers, now: clock.now, limitMs: 60_000, onIdle: idle });
    clock.advance(59_999);
    expect(idle).not.toHaveBeenCalled();
    clock.advance(1);
    expect(idle).toHaveBeenCalledTimes(1);
    clock.advance(600_000);
    expect(idle).toHaveBeenCalledTimes(1);
  });

  it('counts the idle minutes from the last activity', () => {
    const clock = createFakeClock();
    const idle = vi.fn();
    const watch = watchIdle({ timers: clock.timers, now: clock.now, limitMs: 60_000, onIdle: idle });
    clock.advance(50_000);
    watch.activity();
    clock.advance(59_000);
    expect(idle).not.toHaveBeenCalled();
    clock.advance(1_000);
    expect(idle).toHaveBeenCalledTimes(1);
  });

  it('does nothing once stopped', () => {
    const clock = createFakeClock();
    const idle = vi.fn();
    watchIdle({ timers: clock.timers, now: clock.now, limitMs: 60_000, onIdle: idle }).stop();
    clock.advance(120_000);
    expect(idle).not.toHaveBeenCalled();
    expect(clock.pending()).toBe(0);
  });
});

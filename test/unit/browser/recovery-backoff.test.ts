import { describe, expect, it } from 'vitest';
import { createRecoveryBackoff, defaultRecoveryPolicy, recordRecovery, recoveryDelayText, type RecoveryTimers } from '../../../electron/host/supervision/recovery-backoff.ts';
import { tempHost } from '../../fixtures/temp-host.ts';

/** A clock the test moves by hand, with the tasks waiting on it. */
function handClock(): RecoveryTimers & { advance(ms: number): void } {
  let now = 0;
  const waiting: { at: number; task: () => void }[] = [];
  return {
    now: () => now,
    after(ms, task) {
      const entry = { at: now + ms, task };
      waiting.push(entry);
      return () => {
        const at = waiting.indexOf(entry);
        if (at >= 0) waiting.splice(at, 1);
      };
    },
    advance(ms) {
      now += ms;
      for (const entry of waiting.filter((each) => each.at <= now)) {
        waiting.splice(waiting.indexOf(entry), 1);
        entry.task();
      }
    },
  };
}

describe('the recovery back-off both shells share', () => {
  it('recovers at once three times a minute, then waits the cool-down, and only once for many requests', () => {
    const clock = handClock();
    const backoff = createRecoveryBackoff(defaultRecoveryPolicy, clock);
    const runs: number[] = [];
    const recover = () => runs.push(clock.now());
    expect([backoff.request(recover), backoff.request(recover), backoff.request(recover)]).toEqual([0, 0, 0]);
    expect(backoff.request(recover)).toBe(30_000);
    expect(backoff.request(recover)).toBeNull();
    expect(runs).toEqual([0, 0, 0]);
    clock.advance(29_999);
    expect(runs).toHaveLength(3);
    clock.advance(1);
    expect(runs).toEqual([0, 0, 0, 30_000]);
  });

  it('forgets recoveries older than a minute', () => {
    const clock = handClock();
    const backoff = createRecoveryBackoff(defaultRecoveryPolicy, clock);
    for (let index = 0; index < 3; index += 1) backoff.request(() => undefined);
    clock.advance(60_000);
    expect(backoff.request(() => undefined)).toBe(0);
  });

  it('drops a waiting recovery when cancelled, as when the shell stops', () => {
    const clock = handClock();
    const backoff = createRecoveryBackoff({ maxReloads: 0, perMs: 60_000, cooldownMs: 1_000 }, clock);
    let ran = false;
    expect(backoff.request(() => (ran = true))).toBe(1_000);
    backoff.cancel();
    clock.advance(5_000);
    expect(ran).toBe(false);
  });

  it('says when the page comes back', () => {
    expect(recoveryDelayText(0)).toBe('now');
    expect(recoveryDelayText(30_000)).toBe('in 30 s, after 3 within 60 s');
  });

  it('writes each recovery to the usage log and asks the pages to reset their session', () => {
    const { host } = tempHost();
    const pushed: string[] = [];
    host.events.subscribe({ role: 'customer' }, (envelope) => pushed.push(JSON.stringify(envelope)));
    recordRecovery(host, 'unresponsive');
    const recovered = host.usageLog.read().map((stored) => stored.event).filter((event) => event.type === 'kiosk.rendererRecovered');
    expect(recovered).toEqual([{ type: 'kiosk.rendererRecovered', cause: 'unresponsive' }]);
    expect(pushed).toEqual([JSON.stringify({ event: 'session.resetRequested', payload: { reason: 'recovered' } })]);
  });
});

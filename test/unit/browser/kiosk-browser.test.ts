// The browser shell's self-healing, with everything real: a host writing its SQLite log, its server
// serving the built renderer, and a headless Chromium the supervisor watches through its DevTools
// pipe. The kiosk page is crashed, hung, and its Chromium killed; each time it must be back on the
// attract screen within seconds, at a fresh address, with the recovery in the usage log.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBuiltRenderer, ownProfiles, supervisedKiosk } from './supervised-kiosk.ts';

let renderer: { dir: string; remove(): void };
beforeAll(() => {
  renderer = copyBuiltRenderer();
});
afterAll(() => renderer.remove());

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('the browser shell keeping its kiosk page up', () => {
  it('opens the kiosk page on the attract screen through the pipe, with a one-time address of its own', { timeout: 60_000 }, async () => {
    const kiosk = await supervisedKiosk({ rendererDir: renderer.dir });
    await kiosk.attractShown(1);
    expect(kiosk.screens[0]).toMatchObject({ screen: 'attract', after: 'start' });
    // The page traded its code for a pass: the host answered it as a customer.
    const location = await kiosk.browser.page()?.send('Runtime.evaluate', { expression: 'location.origin', returnByValue: true });
    expect(location).toMatchObject({ result: { value: kiosk.shell.origin } });
    expect(kiosk.recoveries()).toEqual([]);
  });

  it('puts a crashed kiosk page back on the attract screen within 5 s and logs the crash', { timeout: 60_000 }, async () => {
    const kiosk = await supervisedKiosk({ rendererDir: renderer.dir });
    await kiosk.attractShown(1);
    const resets: unknown[] = [];
    kiosk.host.events.subscribe({ role: 'customer' }, (envelope) => resets.push(envelope));
    const crashedAt = performance.now();
    // Page.crash never answers: the page is gone before it could.
    kiosk.browser.page()?.send('Page.crash', {}, 1_000).catch(() => undefined);
    const backAt = await kiosk.attractShown(2, 5_000);
    expect(backAt - crashedAt).toBeLessThan(5_000);
    expect(kiosk.screens[1]).toMatchObject({ screen: 'attract', after: 'crashed' });
    expect(kiosk.recoveries()).toEqual([{ type: 'kiosk.rendererRecovered', cause: 'crashed' }]);
    expect(resets).toContainEqual({ event: 'session.resetRequested', payload: { reason: 'recovered' } });
    expect(kiosk.lines.join('\n')).toContain('[recovery] crashed: the kiosk page crashed; back to the start screen now');
  });

  it('ends a kiosk page whose main thread is stuck and puts it back on the attract screen, logged as unresponsive', { timeout: 60_000 }, async () => {
    const kiosk = await supervisedKiosk({ rendererDir: renderer.dir });
    await kiosk.attractShown(1);
    const stuckAt = performance.now();
    await kiosk.browser.page()?.send('Runtime.evaluate', { expression: 'setTimeout(() => { for (;;) {} }, 0); true' });
    // Noticed within 3.5 s (a question a second, 2.5 s to answer), then back within 5 s.
    const backAt = await kiosk.attractShown(2, 8_500);
    expect(backAt - stuckAt).toBeLessThan(8_500);
    expect(kiosk.screens[1]).toMatchObject({ screen: 'attract', after: 'unresponsive' });
    expect(kiosk.recoveries()).toEqual([{ type: 'kiosk.rendererRecovered', cause: 'unresponsive' }]);
    expect(kiosk.lines.join('\n')).toMatch(/the kiosk page did not answer for 2\.5 s: ending it/);
  });

  it('starts Chromium again with a fresh profile when it is killed, back on attract and logged', { timeout: 60_000 }, async () => {
    const kiosk = await supervisedKiosk({ rendererDir: renderer.dir });
    await kiosk.attractShown(1);
    const killed = kiosk.browser.pid;
    const [firstProfile] = ownProfiles();
    expect(killed).toBeDefined();
    expect(firstProfile).toBeDefined();
    process.kill(killed ?? 0, 'SIGKILL');
    await kiosk.attractShown(2, 20_000);
    expect(kiosk.browser.pid).not.toBe(killed);
    expect(kiosk.screens[1]).toMatchObject({ screen: 'attract', after: 'crashed' });
    expect(kiosk.recoveries()).toEqual([{ type: 'kiosk.rendererRecovered', cause: 'crashed' }]);
    expect(kiosk.lines.join('\n')).toContain('Chromium was ended (SIGKILL)');
    // The killed Chromium's profile is gone; the new one has its own.
    expect(existsSync(join(tmpdir(), firstProfile ?? ''))).toBe(false);
    expect(ownProfiles()).toHaveLength(1);
  });

  it('ends Chromium for good when the shell stops, and removes its profile', { timeout: 60_000 }, async () => {
    const kiosk = await supervisedKiosk({ rendererDir: renderer.dir });
    await kiosk.attractShown(1);
    const pid = kiosk.browser.pid ?? 0;
    expect(ownProfiles()).toHaveLength(1);
    await kiosk.browser.stop();
    expect(isRunning(pid)).toBe(false);
    expect(ownProfiles()).toEqual([]);
    expect(kiosk.lines.join('\n')).not.toContain('started again');
    expect(kiosk.recoveries()).toEqual([]);
  });

  it('waits out the cool-down when the page keeps crashing', { timeout: 60_000 }, async () => {
    const kiosk = await supervisedKiosk({ rendererDir: renderer.dir, policy: { maxReloads: 1, perMs: 60_000, cooldownMs: 2_000 } });
    await kiosk.attractShown(1);
    kiosk.browser.page()?.send('Page.crash', {}, 1_000).catch(() => undefined);
    await kiosk.attractShown(2);
    const crashedAgainAt = performance.now();
    kiosk.browser.page()?.send('Page.crash', {}, 1_000).catch(() => undefined);
    const backAt = await kiosk.attractShown(3);
    expect(backAt - crashedAgainAt).toBeGreaterThanOrEqual(2_000);
    expect(kiosk.lines.join('\n')).toContain('back to the start screen in 2 s, after 1 within 60 s');
    expect(kiosk.recoveries()).toHaveLength(2);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventEnvelope } from '../../../shared/host-api/envelope.ts';
import { createKioskWindows } from '../../../electron/main/kiosk-windows.ts';
import { defaultRecoveryPolicy } from '../../../electron/host/supervision/recovery-backoff.ts';
import { defaultHangWatchPolicy } from '../../../electron/main/hang-watch.ts';
import { setupRecovery } from '../../../electron/main/recovery.ts';
import { createFakeElectron } from '../../fakes/electron.ts';
import { createTestHost } from './shell-fixtures.ts';

const disposers: Array<() => void> = [];
beforeEach(() => {
  // The recovery runs on its real timers; only the clock is the test's.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
  for (const dispose of disposers.splice(0)) dispose();
});

/** Lets `ms` of the kiosk's time pass, with every promise the passing settles. */
const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);

/** Recovery over a real host, one kiosk window showing a flow; its loads finish as soon as they start. */
function recoveringShell() {
  const electron = createFakeElectron();
  const { host, dispose } = createTestHost();
  disposers.push(dispose);
  const windows = createKioskWindows();
  const log = { warn: vi.fn(), error: vi.fn() };
  setupRecovery({ windows, host, log });
  const pushed: EventEnvelope[] = [];
  host.events.subscribe({ role: 'customer' }, (envelope) => pushed.push(envelope));

  function openWindow(role: 'kiosk' | 'board', startUrl: string) {
    const window = new electron.BrowserWindow({});
    windows.add({ role, window, startUrl, displayId: 1 });
    window.webContents.finishesLoadsAtOnce = true;
    void window.loadURL(startUrl);
    window.webContents.url = `${startUrl}#/flow/order-pickup`;
    return window;
  }
  const kiosk = openWindow('kiosk', 'app://kiosk/index.html');
  const recoveries = () =>
    host.usageLog
      .read()
      .map((stored) => stored.event)
      .filter((event) => event.type === 'kiosk.rendererRecovered');
  const logged = () => log.warn.mock.calls.map(([line]) => String(line));
  return { kiosk, page: kiosk.webContents, openWindow, pushed, recoveries, logged };
}

/** How long, in the kiosk's time, until the page is sent back to its start screen (Infinity past `limitMs`). */
async function timeToReload(page: { loadedUrls: string[] }, limitMs = 10_000): Promise<number> {
  const before = page.loadedUrls.length;
  for (let waited = 0; waited <= limitMs; waited += 100) {
    if (page.loadedUrls.length > before) return waited;
    await wait(100);
  }
  return Number.POSITIVE_INFINITY;
}

describe('renderer recovery', () => {
  it('reloads a crashed kiosk window to its start screen at once', () => {
    const { page } = recoveringShell();
    page.crash('crashed');
    expect(page.loadedUrls).toEqual(['app://kiosk/index.html', 'app://kiosk/index.html']);
    expect(page.url).toBe('app://kiosk/index.html');
  });

  it('logs the crash with its cause, in the usage log and the shell log, and asks every page to reset', () => {
    const { page, pushed, recoveries, logged } = recoveringShell();
    page.crash('oom');
    expect(recoveries()).toEqual([{ type: 'kiosk.rendererRecovered', cause: 'crashed' }]);
    expect(pushed).toEqual([{ event: 'session.resetRequested', payload: { reason: 'recovered' } }]);
    expect(logged()).toEqual([expect.stringMatching(/crashed: the kiosk window's page lost its process \(oom, exit code 139\); back to its start screen now/)]);
  });

  it('ends a page Chromium reports unresponsive and reloads it, logged once as unresponsive', () => {
    const { page, recoveries, logged } = recoveringShell();
    page.hang();
    expect(page.forcedCrashes).toBe(1);
    page.crash('killed'); // what Chromium reports for the process we just ended
    expect(page.loadedUrls).toHaveLength(2);
    expect(recoveries()).toEqual([{ type: 'kiosk.rendererRecovered', cause: 'unresponsive' }]);
    expect(logged()).toEqual([expect.stringContaining('unresponsive: the kiosk window\'s page was reported unresponsive by Chromium')]);
  });

  it('is back on its start screen within 5 seconds when its page freezes without a word from Chromium', async () => {
    const { page, recoveries, logged } = recoveringShell();
    await wait(10_000); // a page that has been answering for a while
    page.freeze();
    const waited = await timeToReload(page);
    // The reload is asked for within 3.5 s, leaving the attract screen over a second to paint.
    expect(waited).toBeLessThanOrEqual(3_500);
    expect(page.forcedCrashes).toBe(1);
    expect(page.loadedUrls.at(-1)).toBe('app://kiosk/index.html');
    expect(recoveries()).toEqual([{ type: 'kiosk.rendererRecovered', cause: 'unresponsive' }]);
    expect(logged()).toEqual([expect.stringContaining('did not answer for 2.5 s; back to its start screen now')]);
  });

  it('keeps watching the page it reloaded: a crash and then a freeze are both recovered', async () => {
    const { page, recoveries } = recoveringShell();
    page.crash();
    await wait(5_000);
    page.freeze();
    expect(await timeToReload(page)).toBeLessThanOrEqual(3_500);
    expect(recoveries().map((event) => event.type === 'kiosk.rendererRecovered' && event.cause)).toEqual(['crashed', 'unresponsive']);
  });

  it('is back on its start screen at once, in the kiosk time, after each of the first crashes', async () => {
    const { page } = recoveringShell();
    for (let crash = 1; crash <= defaultRecoveryPolicy.maxReloads; crash += 1) {
      await wait(1_000);
      page.crash();
      expect(page.loadedUrls).toHaveLength(1 + crash);
    }
  });

  it('never reloads a page that keeps answering', async () => {
    const { page, recoveries } = recoveringShell();
    await wait(60_000);
    expect(page.scriptsRun).toBeGreaterThan(20);
    expect(page.loadedUrls).toHaveLength(1);
    expect(recoveries()).toEqual([]);
  });

  it('takes a refused question for an answer: a page whose frame is being replaced is not hung', async () => {
    const { page, recoveries } = recoveringShell();
    page.refusesScripts = true;
    await wait(30_000);
    expect(page.scriptsRun).toBeGreaterThan(10);
    expect(recoveries()).toEqual([]);
  });

  it('gives a page that is still loading longer, and ends a load that stalls', async () => {
    const { page, recoveries } = recoveringShell();
    await wait(2_000);
    page.finishesLoadsAtOnce = false;
    void page.loadURL('app://kiosk/index.html'); // a slow machine, a big script
    await wait(10_000);
    expect(page.loadedUrls).toHaveLength(2);
    page.finishLoad();
    await wait(10_000);
    expect(recoveries()).toEqual([]);

    void page.loadURL('app://kiosk/index.html');
    page.freeze(); // this time the load never ends
    const { everyMs, loadWithinMs } = defaultHangWatchPolicy;
    expect(await timeToReload(page, 30_000)).toBeLessThanOrEqual(everyMs + loadWithinMs);
    expect(recoveries()).toEqual([{ type: 'kiosk.rendererRecovered', cause: 'unresponsive' }]);
  });

  it('reloads when the main frame fails to load', () => {
    const { page, recoveries, logged } = recoveringShell();
    page.failLoad({ errorCode: -6 });
    expect(page.loadedUrls).toHaveLength(2);
    expect(recoveries()).toEqual([{ type: 'kiosk.rendererRecovered', cause: 'failedToLoad' }]);
    expect(logged()).toEqual([expect.stringContaining('failed to load (-6 ERR_FILE_NOT_FOUND)')]);
  });

  it('ignores aborted loads, subframe failures and clean exits', () => {
    const { page, recoveries } = recoveringShell();
    page.failLoad({ errorCode: -3 });
    page.failLoad({ errorCode: -6, isMainFrame: false });
    page.crash('clean-exit');
    expect(page.loadedUrls).toHaveLength(1);
    expect(recoveries()).toEqual([]);
  });

  it('reloads the waiting board to the board screen', () => {
    const { openWindow } = recoveringShell();
    const board = openWindow('board', 'app://kiosk/index.html?view=board');
    board.webContents.crash();
    expect(board.webContents.loadedUrls.at(-1)).toBe('app://kiosk/index.html?view=board');
  });

  it('backs off when the page keeps crashing, says so in the log, and still reloads after the cooldown', async () => {
    const { page, recoveries, logged } = recoveringShell();
    const { maxReloads, cooldownMs } = defaultRecoveryPolicy;
    for (let crash = 0; crash < maxReloads; crash += 1) {
      page.crash();
      await wait(1_000);
    }
    expect(page.loadedUrls).toHaveLength(1 + maxReloads);

    page.crash();
    page.failLoad(); // more trouble while a reload waits adds no second reload
    expect(page.loadedUrls).toHaveLength(1 + maxReloads);
    expect(logged().at(-1)).toContain(`back to its start screen in ${cooldownMs / 1000} s, after ${maxReloads} within 60 s`);
    await wait(cooldownMs - 1);
    expect(page.loadedUrls).toHaveLength(1 + maxReloads);
    await wait(1);
    expect(page.loadedUrls).toHaveLength(2 + maxReloads);
    expect(recoveries()).toHaveLength(1 + maxReloads);
  });

  it('asks a crashed page nothing while its reload waits out the cooldown', async () => {
    const { page } = recoveringShell();
    for (let crash = 0; crash <= defaultRecoveryPolicy.maxReloads; crash += 1) page.crash();
    const asked = page.scriptsRun;
    await wait(defaultRecoveryPolicy.cooldownMs - 1);
    expect(page.scriptsRun).toBe(asked);
    expect(page.forcedCrashes).toBe(0);
  });

  it('reloads at once again after a quiet minute', async () => {
    const { page } = recoveringShell();
    const { maxReloads, perMs } = defaultRecoveryPolicy;
    for (let crash = 0; crash < maxReloads; crash += 1) page.crash();
    await wait(perMs);
    page.crash();
    expect(page.loadedUrls).toHaveLength(2 + maxReloads);
  });

  it('drops a waiting reload, and stops asking, when the window closes', async () => {
    const { kiosk, page, recoveries } = recoveringShell();
    const { maxReloads, cooldownMs } = defaultRecoveryPolicy;
    for (let crash = 0; crash <= maxReloads; crash += 1) page.crash();
    kiosk.close();
    const asked = page.scriptsRun;
    await wait(cooldownMs);
    expect(page.loadedUrls).toHaveLength(1 + maxReloads);
    expect(recoveries()).toHaveLength(maxReloads);
    expect(page.scriptsRun).toBe(asked);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import type { EventEnvelope } from '../../../shared/host-api/envelope.ts';
import { createKioskWindows } from '../../../electron/main/kiosk-windows.ts';
import { defaultRecoveryPolicy, setupRecovery } from '../../../electron/main/recovery.ts';
import { createFakeElectron } from '../../fakes/electron.ts';
import { createTestHost, manualTimers } from './shell-fixtures.ts';

const disposers: Array<() => void> = [];
afterEach(() => {
  for (const dispose of disposers.splice(0)) dispose();
});

/** Recovery over a real host, one kiosk window already showing its start screen. */
function recoveringShell() {
  const electron = createFakeElectron();
  const { host, dispose } = createTestHost();
  disposers.push(dispose);
  const windows = createKioskWindows();
  const timers = manualTimers();
  setupRecovery({ windows, host, timers });
  const pushed: EventEnvelope[] = [];
  host.events.subscribe({ role: 'customer' }, (envelope) => pushed.push(envelope));

  function openWindow(role: 'kiosk' | 'board', startUrl: string) {
    const window = new electron.BrowserWindow({});
    windows.add({ role, window, startUrl, displayId: 1 });
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
  return { kiosk, page: kiosk.webContents, openWindow, timers, pushed, recoveries };
}

describe('renderer recovery', () => {
  it('reloads a crashed kiosk window to its start screen', () => {
    const { page } = recoveringShell();
    page.crash('crashed');
    expect(page.loadedUrls).toEqual(['app://kiosk/index.html', 'app://kiosk/index.html']);
    expect(page.url).toBe('app://kiosk/index.html');
  });

  it('logs the crash in the usage log and asks every page to reset its session', () => {
    const { page, pushed, recoveries } = recoveringShell();
    page.crash('oom');
    expect(recoveries()).toEqual([{ type: 'kiosk.rendererRecovered', cause: 'crashed' }]);
    expect(pushed).toEqual([{ event: 'session.resetRequested', payload: { reason: 'recovered' } }]);
  });

  it('ends a hung page and reloads it, logged once as unresponsive', () => {
    const { page, recoveries } = recoveringShell();
    page.hang();
    expect(page.forcedCrashes).toBe(1);
    page.crash('killed'); // what Chromium reports for the process we just ended
    expect(page.loadedUrls).toHaveLength(2);
    expect(recoveries()).toEqual([{ type: 'kiosk.rendererRecovered', cause: 'unresponsive' }]);
  });

  it('reloads when the main frame fails to load', () => {
    const { page, recoveries } = recoveringShell();
    page.failLoad({ errorCode: -6 });
    expect(page.loadedUrls).toHaveLength(2);
    expect(recoveries()).toEqual([{ type: 'kiosk.rendererRecovered', cause: 'failedToLoad' }]);
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

  it('backs off when the page keeps crashing, and still reloads after the cooldown', () => {
    const { page, timers, recoveries } = recoveringShell();
    const { maxReloads, cooldownMs } = defaultRecoveryPolicy;
    for (let crash = 0; crash < maxReloads; crash += 1) {
      page.crash();
      timers.advance(1_000);
    }
    expect(page.loadedUrls).toHaveLength(1 + maxReloads);

    page.crash();
    page.failLoad(); // more trouble while a reload waits adds no second reload
    expect(page.loadedUrls).toHaveLength(1 + maxReloads);
    timers.advance(cooldownMs - 1);
    expect(page.loadedUrls).toHaveLength(1 + maxReloads);
    timers.advance(1);
    expect(page.loadedUrls).toHaveLength(2 + maxReloads);
    expect(recoveries()).toHaveLength(1 + maxReloads);
  });

  it('reloads at once again after a quiet minute', () => {
    const { page, timers } = recoveringShell();
    const { maxReloads, perMs } = defaultRecoveryPolicy;
    for (let crash = 0; crash < maxReloads; crash += 1) page.crash();
    timers.advance(perMs);
    page.crash();
    expect(page.loadedUrls).toHaveLength(2 + maxReloads);
  });

  it('drops a waiting reload when the window closes', () => {
    const { kiosk, page, timers, recoveries } = recoveringShell();
    const { maxReloads, cooldownMs } = defaultRecoveryPolicy;
    for (let crash = 0; crash <= maxReloads; crash += 1) page.crash();
    kiosk.close();
    timers.advance(cooldownMs);
    expect(page.loadedUrls).toHaveLength(1 + maxReloads);
    expect(recoveries()).toHaveLength(maxReloads);
  });
});

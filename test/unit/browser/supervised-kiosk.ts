// Test fixture: the browser shell's parts in this process, all real: a host on a temp store, its
// loopback server serving a copy of the built renderer, and a headless Chromium under the
// supervisor. Tests crash, hang and kill it and watch it come back.
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, onTestFinished } from 'vitest';
import { launchChromium, type ChromiumLaunch } from '../../../electron/browser/chromium.ts';
import { superviseKioskBrowser, type KioskBrowser, type ScreenShown } from '../../../electron/browser/kiosk-browser.ts';
import type { HangPolicy } from '../../../electron/browser/kiosk-page.ts';
import { startBrowserShell, type BrowserShell } from '../../../electron/browser/server.ts';
import { openStartingPage } from '../../../electron/browser/starting-page.ts';
import { createHost, type Host } from '../../../electron/host/create-host.ts';
import { chromiumPath } from '../../../electron/host/reports/pdf-printer.ts';
import { recordRecovery, type RecoveryPolicy } from '../../../electron/host/supervision/recovery-backoff.ts';
import type { UsageEvent } from '../../../shared/usage/events.ts';
import { tempStore } from '../../fixtures/store-config.ts';

const builtRenderer = fileURLToPath(new URL('../../../out/renderer', import.meta.url));
export const chromiumBinary = chromiumPath();

/** Headless Chromium on `startUrl`; tests run as root here, and Chromium's sandbox goes only for that (see chromium.ts). */
export function testLaunch(startUrl: string, binary = chromiumBinary): ChromiumLaunch {
  return { binary, startUrl, headless: true, asRoot: process.getuid?.() === 0 };
}

/**
 * A copy of the built renderer (npm run build), so a build running meanwhile cannot pull files from
 * under the page; removed by the function returned.
 */
export function copyBuiltRenderer(): { dir: string; remove(): void } {
  if (!existsSync(join(builtRenderer, 'index.html'))) throw new Error(`${builtRenderer} is not built: run npm run build first`);
  const dir = mkdtempSync(join(tmpdir(), 'atiende-renderer-'));
  cpSync(builtRenderer, dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** This process's Chromium profiles (chromium-profile.ts names them after the shell's process). */
export function ownProfiles(): string[] {
  return readdirSync(tmpdir()).filter((name) => name.startsWith(`atiende-chromium-${process.pid}-`));
}

export interface SupervisedKiosk {
  host: Host;
  shell: BrowserShell;
  browser: KioskBrowser;
  /** What the supervisor logged. */
  lines: string[];
  /** Every first screen the kiosk page showed, in order. */
  screens: ScreenShown[];
  /** Waits until the kiosk page has shown `count` first screens, the last attract, its element in the page; answers when. */
  attractShown(count: number, timeoutMs?: number): Promise<number>;
  recoveries(): UsageEvent[];
}

export interface SupervisedKioskOptions {
  rendererDir: string;
  /** The Chromium to run: Debian's unless a test wraps it (chromium-policy.test.ts). */
  binary?: string;
  policy?: RecoveryPolicy;
  hang?: HangPolicy;
}

export async function supervisedKiosk({ rendererDir, binary, policy, hang }: SupervisedKioskOptions): Promise<SupervisedKiosk> {
  const store = tempStore();
  const host = createHost({ configFile: store.configFile, dataDir: store.dataDir, shell: 'test', reportFault: () => undefined });
  const shell = await startBrowserShell({ host, rendererDir });
  const starting = await openStartingPage();
  const launch = testLaunch(starting.url, binary);
  const lines: string[] = [];
  const screens: ScreenShown[] = [];
  const browser = superviseKioskBrowser({
    first: launchChromium(launch),
    relaunch: () => launchChromium(launch),
    startingUrl: starting.url,
    log: (line) => lines.push(line),
    ...(policy ? { policy } : {}),
    ...(hang ? { hang } : {}),
  });
  browser.onScreen((shown) => screens.push(shown));
  browser.show({ address: () => shell.pageAddress('kiosk'), recovered: (cause) => recordRecovery(host, cause) });
  onTestFinished(async () => {
    await browser.stop();
    await starting.close();
    await shell.close();
    host.close();
    store.remove();
  });
  return {
    host,
    shell,
    browser,
    lines,
    screens,
    async attractShown(count, timeoutMs = 30_000) {
      await expect
        .poll(() => screens.length, { timeout: timeoutMs, interval: 50, message: `kiosk page shown ${count} times; log:\n${lines.join('\n')}` })
        .toBeGreaterThanOrEqual(count);
      const when = performance.now();
      expect(screens[count - 1]?.screen).toBe('attract');
      const page = browser.page();
      const present = await page?.send('Runtime.evaluate', { expression: `document.querySelector('[data-screen="attract"]') !== null`, returnByValue: true });
      expect(present).toMatchObject({ result: { value: true } });
      return when;
    },
    recoveries: () =>
      host.usageLog
        .read()
        .map((stored) => stored.event)
        .filter((event) => event.type === 'kiosk.rendererRecovered'),
  };
}

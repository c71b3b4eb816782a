// Random and malformed calls through the Electron shell's path, end to end but for Electron
// itself: the page's bridge (the preload's), IPC's structured clone (as the fake emulates it), the
// one IPC handler with its sender check, the real dispatcher and a real host on a temp folder.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setupIpc } from '../../../electron/main/ipc.ts';
import { createKioskWindows } from '../../../electron/main/kiosk-windows.ts';
import { createHostBridge } from '../../../electron/preload/host-bridge.ts';
import type { CallEnvelope, ReplyEnvelope } from '../../../shared/host-api/envelope.ts';
import type { Principal } from '../../../shared/host-api/roles.ts';
import { createFakeElectron, FakeIpcRenderer, type FakeBrowserWindow } from '../../fakes/electron.ts';
import { anyCall, everyMethodCalls } from './call-arbitraries.ts';
import { startFuzzHost, type FuzzHost } from './fuzz-host.ts';
import { check, withinDeadline } from './property-runs.ts';
import { expectTypedReply, preview } from './reply-oracle.ts';

interface Page {
  principal: Principal;
  /** What the page's script calls: window.kiosk.call. */
  call(envelope: unknown): Promise<unknown>;
}

/** The kiosk and board windows of an Electron shell over `fuzz.host`, each with its page's bridge. */
function electronShell(fuzz: FuzzHost): readonly [Page, Page] {
  const electron = createFakeElectron();
  const windows = createKioskWindows();
  setupIpc({ ipcMain: electron.ipcMain, BrowserWindow: electron.BrowserWindow, windows, host: fuzz.host, reportRefusal: () => undefined });
  const page = (role: 'kiosk' | 'board', principal: Principal): Page => {
    const window: FakeBrowserWindow = new electron.BrowserWindow({});
    const startUrl = role === 'kiosk' ? 'app://kiosk/index.html' : 'app://kiosk/index.html?view=board';
    void window.loadURL(startUrl);
    windows.add({ role, window, startUrl, displayId: role === 'kiosk' ? 1 : 2 });
    const renderer = new FakeIpcRenderer();
    // Electron copies what crosses IPC with the structured clone algorithm, both ways.
    renderer.answer = async (channel, ...args) => structuredClone(await electron.ipcMain.invoke(window.webContents, channel, structuredClone(args)));
    const bridge = createHostBridge(renderer);
    return { principal, call: (envelope) => bridge.call(envelope as CallEnvelope) };
  };
  return [page('kiosk', { role: 'customer' }), page('board', { role: 'board' })];
}

/** What the host receives of a page's call: the three envelope fields the bridge passes on, copied by IPC. */
function receivedOf(envelope: unknown): { copied: true; value: unknown } | { copied: false } {
  if (typeof envelope !== 'object' || envelope === null) return { copied: true, value: envelope };
  const { id, method, input } = envelope as Record<string, unknown>;
  try {
    return { copied: true, value: structuredClone({ id, method, input }) };
  } catch {
    return { copied: false };
  }
}

/** Sends `envelope` from `page` and checks the answer; the ledger hears of what ran. */
async function callAndCheck(fuzz: FuzzHost, page: Page, envelope: unknown): Promise<void> {
  const received = receivedOf(envelope);
  const answer = withinDeadline(`IPC call ${preview(envelope)}`, page.call(envelope));
  if (!received.copied) {
    // Electron refuses to send what it cannot clone (nested too deep): the page hears of it, the host never does.
    await expect(answer).rejects.toThrow();
    return;
  }
  fuzz.note(expectTypedReply(received.value, await answer, page.principal));
}

async function expectHealthy(page: Page): Promise<void> {
  const health = (await withinDeadline('kiosk.state', page.call({ id: 'health', method: 'kiosk.state', input: {} }))) as ReplyEnvelope;
  expect(health, 'kiosk.state after the run').toMatchObject({ id: 'health', ok: true, result: { state: 'ready' } });
}

describe('random calls over the IPC adapter', () => {
  it('answers every method of the contract, called from the kiosk and board pages with inputs made from its schema', async () => {
    const fuzz = await startFuzzHost();
    const pages = electronShell(fuzz);
    for (const envelope of everyMethodCalls(fuzz.hints)) {
      for (const page of pages) await callAndCheck(fuzz, page, envelope);
    }
    await expectHealthy(pages[0]);
    fuzz.expectEveryMethodRan(['customer', 'board']);
    await fuzz.expectConsistent();
  }, 60_000);

  it('answers random and malformed calls from both pages, several at once, with a valid result or a typed error, and the host stays whole', async () => {
    const fuzz = await startFuzzHost();
    const pages = electronShell(fuzz);
    const batches = fc.array(fc.tuple(anyCall(fuzz.hints), fc.constantFrom(0, 1)), { minLength: 1, maxLength: 4 });

    await check(
      fc.asyncProperty(batches, async (batch) => {
        // Sent together: the host must keep each call's answer to its own caller.
        await Promise.all(batch.map(([envelope, which]) => callAndCheck(fuzz, pages[which], envelope)));
        await expectHealthy(pages[0]);
      }),
      250,
    );
    await fuzz.expectConsistent();
  }, 60_000);
});

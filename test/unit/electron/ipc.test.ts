import { afterEach, describe, expect, it, vi } from 'vitest';
import { ipcCallChannel, ipcEventChannel } from '../../../shared/host-api/bridge.ts';
import { refusedCall, setupIpc } from '../../../electron/main/ipc.ts';
import { createKioskWindows } from '../../../electron/main/kiosk-windows.ts';
import { createFakeElectron, FakeSession, FakeWebContents } from '../../fakes/electron.ts';
import { createTestHost } from './shell-fixtures.ts';

const disposers: Array<() => void> = [];
afterEach(() => {
  for (const dispose of disposers.splice(0)) dispose();
});

/** The IPC adapter over a real host, with one kiosk window showing the renderer. */
function wiredShell() {
  const electron = createFakeElectron();
  const { host, dispose } = createTestHost();
  disposers.push(dispose);
  const windows = createKioskWindows();
  const reportRefusal = vi.fn();
  setupIpc({ ipcMain: electron.ipcMain, BrowserWindow: electron.BrowserWindow, windows, host, reportRefusal });
  function openKioskWindow(role: 'kiosk' | 'board' = 'kiosk') {
    const window = new electron.BrowserWindow({});
    const startUrl = role === 'kiosk' ? 'app://kiosk/index.html' : 'app://kiosk/index.html?view=board';
    void window.loadURL(startUrl);
    windows.add({ role, window, startUrl, displayId: role === 'kiosk' ? 1 : 2 });
    return window;
  }
  const call = (sender: FakeWebContents, envelope: unknown, frameUrl?: string | null) =>
    electron.ipcMain.invoke(sender, ipcCallChannel, [envelope], frameUrl);
  return { electron, host, openKioskWindow, call, reportRefusal };
}

describe('the IPC adapter', () => {
  it('registers one handler, on the call channel', () => {
    const { electron } = wiredShell();
    expect([...electron.ipcMain.handlers.keys()]).toEqual([ipcCallChannel]);
  });

  it('passes a call from a kiosk window to the host and returns its reply', async () => {
    const { openKioskWindow, call, reportRefusal } = wiredShell();
    const kiosk = openKioskWindow();
    const reply = await call(kiosk.webContents, { id: 1, method: 'kiosk.state', input: {} });
    expect(reply).toMatchObject({ id: 1, ok: true, result: { state: 'ready', profile: { storeId: 'demo-centro' } } });
    expect(reportRefusal).not.toHaveBeenCalled();
  });

  it('starts a session in the real usage log for a kiosk window', async () => {
    const { host, openKioskWindow, call } = wiredShell();
    const kiosk = openKioskWindow();
    const reply = await call(kiosk.webContents, { id: 9, method: 'session.start', input: { language: 'en' } });
    expect(reply).toMatchObject({ id: 9, ok: true });
    expect(host.usageLog.read().map((stored) => stored.event)).toContainEqual({ type: 'session.started', language: 'en', seesPilots: expect.any(Boolean) });
  });

  it('passes the host its typed errors unchanged', async () => {
    const { openKioskWindow, call } = wiredShell();
    const kiosk = openKioskWindow();
    expect(await call(kiosk.webContents, { id: 'a', method: 'files.read', input: {} })).toEqual({
      id: 'a',
      ok: false,
      error: { code: 'method.unknown', params: { method: 'files.read' } },
    });
  });

  it('refuses a call from a window that is not one of the kiosk windows', async () => {
    const { electron, host, call, reportRefusal } = wiredShell();
    const stranger = new electron.BrowserWindow({});
    void stranger.loadURL('app://kiosk/index.html');
    const before = host.usageLog.read().length;
    const reply = await call(stranger.webContents, { id: 2, method: 'session.start', input: { language: 'es' } });
    expect(reply).toEqual(refusedCall);
    expect(host.usageLog.read()).toHaveLength(before);
    expect(reportRefusal).toHaveBeenCalledOnce();
  });

  it('refuses a call from web contents that belong to no window', async () => {
    const { call, electron } = wiredShell();
    const orphan = new electron.BrowserWindow({}).webContents;
    const loose = new FakeWebContents(new FakeSession());
    expect(await call(loose, { id: 3, method: 'kiosk.state', input: {} }, 'app://kiosk/index.html')).toEqual(refusedCall);
    expect(await call(orphan, { id: 3, method: 'kiosk.state', input: {} }, 'app://kiosk/index.html')).toEqual(refusedCall);
  });

  it('refuses a call from a frame that is not on app://kiosk', async () => {
    const { openKioskWindow, call } = wiredShell();
    const kiosk = openKioskWindow();
    for (const frameUrl of ['https://evil.example/', 'file:///tmp/page.html', 'app://other/index.html', null]) {
      expect(await call(kiosk.webContents, { id: 4, method: 'kiosk.state', input: {} }, frameUrl)).toEqual(refusedCall);
    }
  });

  it('pushes each kiosk window the host events its role may hear, and no staff events', async () => {
    const { openKioskWindow, call } = wiredShell();
    const kiosk = openKioskWindow();
    const board = openKioskWindow('board');
    await call(kiosk.webContents, { id: 5, method: 'help.request', input: { sessionId: null, screen: 'home' } });
    for (const window of [kiosk, board]) {
      const events = window.webContents.sent.filter((message) => message.channel === ipcEventChannel).map((message) => (message.args[0] as { event: string }).event);
      // The help ticket changes the queue, which both screens show; the staff call is for staff only.
      expect(events).toContain('queue.changed');
      expect(events).not.toContain('staff.alert');
    }
  });

  it('pushes nothing to windows that are not the kiosk', async () => {
    const { electron, openKioskWindow, call } = wiredShell();
    const stranger = new electron.BrowserWindow({});
    const kiosk = openKioskWindow();
    await call(kiosk.webContents, { id: 6, method: 'help.request', input: { sessionId: null, screen: 'home' } });
    expect(stranger.webContents.sent).toEqual([]);
  });

  it('stops pushing to a kiosk window once it has closed', async () => {
    const { openKioskWindow, call } = wiredShell();
    const kiosk = openKioskWindow();
    const board = openKioskWindow('board');
    board.close();
    await call(kiosk.webContents, { id: 7, method: 'help.request', input: { sessionId: null, screen: 'home' } });
    expect(board.webContents.sent).toEqual([]);
    expect(kiosk.webContents.sent.filter((message) => (message.args[0] as { event?: string }).event === 'queue.changed').length).toBeGreaterThan(0);
  });
});

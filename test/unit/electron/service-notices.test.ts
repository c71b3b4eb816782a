// The Electron kiosk tells systemd it is ready only once its kiosk window has loaded, again after
// each reload, and that it is stopping when the app quits; the waiting board's loads say nothing.
import { describe, expect, it } from 'vitest';
import { createKioskWindows } from '../../../electron/main/kiosk-windows.ts';
import { setupServiceNotices } from '../../../electron/main/service-notices.ts';
import { createFakeElectron } from '../../fakes/electron.ts';

describe('the Electron shell under systemd', () => {
  it('is ready when the kiosk window loads and stopping when the app quits', () => {
    const electron = createFakeElectron();
    const windows = createKioskWindows();
    const notices: string[] = [];
    setupServiceNotices({
      app: electron.app,
      windows,
      notifier: { ready: (status) => notices.push(`ready: ${status}`), stopping: () => notices.push('stopping') },
    });
    const board = new electron.BrowserWindow({});
    windows.add({ role: 'board', window: board, startUrl: 'app://kiosk/index.html?view=board', displayId: 2 });
    board.webContents.emit('did-finish-load');
    expect(notices).toEqual([]);

    const kiosk = new electron.BrowserWindow({});
    windows.add({ role: 'kiosk', window: kiosk, startUrl: 'app://kiosk/index.html', displayId: 1 });
    expect(notices).toEqual([]);
    kiosk.webContents.emit('did-finish-load');
    kiosk.webContents.emit('did-finish-load');
    expect(notices).toEqual(['ready: kiosk window loaded', 'ready: kiosk window loaded']);

    electron.app.emit('will-quit');
    expect(notices.at(-1)).toBe('stopping');
  });
});

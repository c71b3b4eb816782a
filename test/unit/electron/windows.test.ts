import { describe, expect, it } from 'vitest';
import { createKioskWindows } from '../../../electron/main/kiosk-windows.ts';
import { setupWindows } from '../../../electron/main/windows.ts';
import { createFakeElectron, fakeDisplay } from '../../fakes/electron.ts';

const preloadPath = '/opt/atiende/out/preload/index.cjs';

function openWindows({ displays = 1, waitingBoard = true, devTools = false } = {}) {
  const electron = createFakeElectron();
  electron.screen.displays = [fakeDisplay(1), fakeDisplay(2, { x: 1080, width: 1920, height: 1080 })].slice(0, displays);
  const windows = createKioskWindows();
  setupWindows({ BrowserWindow: electron.BrowserWindow, screen: electron.screen, windows, preloadPath, waitingBoard, devTools });
  return { electron, windows, opened: electron.BrowserWindow.getAllWindows() };
}

describe('kiosk windows', () => {
  it('opens one full-screen kiosk window on the touch display with the page boxed in', () => {
    const { opened } = openWindows();
    expect(opened).toHaveLength(1);
    const [kiosk] = opened;
    expect(kiosk?.options).toMatchObject({
      x: 0,
      y: 0,
      width: 1080,
      height: 1920,
      kiosk: true,
      fullscreen: true,
      frame: false,
      webPreferences: {
        preload: preloadPath,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        webviewTag: false,
      },
    });
  });

  it('opens no dropped file or link, and shows no alert or confirm box over the kiosk', () => {
    const { opened } = openWindows({ displays: 2 });
    for (const window of opened) expect(window.options.webPreferences).toMatchObject({ navigateOnDragDrop: false, disableDialogs: true });
  });

  it('gives the pages of a packaged kiosk no developer tools', () => {
    for (const window of openWindows({ displays: 2, devTools: false }).opened) expect(window.options.webPreferences?.devTools).toBe(false);
    for (const window of openWindows({ displays: 2, devTools: true }).opened) expect(window.options.webPreferences?.devTools).toBe(true);
  });

  it('loads the renderer from app://kiosk, never from file://', () => {
    const { opened } = openWindows();
    expect(opened[0]?.webContents.loadedUrls).toEqual(['app://kiosk/index.html']);
  });

  it('opens the waiting board on the second display when the store wants one', () => {
    const { opened, windows } = openWindows({ displays: 2 });
    expect(opened).toHaveLength(2);
    const board = windows.withRole('board');
    expect(board?.displayId).toBe(2);
    expect(board?.window).toBe(opened[1]);
    expect(opened[1]?.options).toMatchObject({ x: 1080, width: 1920, height: 1080, kiosk: true });
    expect(opened[1]?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, autoplayPolicy: 'no-user-gesture-required' });
    expect(opened[1]?.webContents.loadedUrls).toEqual(['app://kiosk/index.html?view=board']);
  });

  it('opens no waiting board when there is only one display', () => {
    const { opened, windows } = openWindows({ displays: 1 });
    expect(opened).toHaveLength(1);
    expect(windows.withRole('board')).toBeUndefined();
  });

  it('opens no waiting board when the store turns it off', () => {
    const { opened } = openWindows({ displays: 2, waitingBoard: false });
    expect(opened).toHaveLength(1);
  });

  it('opens the waiting board when a second display is plugged in later', () => {
    const { electron, windows } = openWindows({ displays: 1 });
    electron.screen.plugIn(fakeDisplay(7, { x: 1080 }));
    expect(windows.withRole('board')?.displayId).toBe(7);
    electron.screen.plugIn(fakeDisplay(8, { x: 2160 }));
    expect(electron.BrowserWindow.getAllWindows()).toHaveLength(2);
  });

  it('closes the waiting board when its display is unplugged, and keeps the kiosk', () => {
    const { electron, windows } = openWindows({ displays: 2 });
    electron.screen.unplug(2);
    expect(windows.withRole('board')).toBeUndefined();
    expect(windows.all().map((entry) => entry.role)).toEqual(['kiosk']);
    expect(electron.BrowserWindow.getAllWindows()).toHaveLength(1);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setupLockdown } from '../../../electron/main/lockdown.ts';
import { createFakeElectron } from '../../fakes/electron.ts';
import { keyPress } from '../../fakes/key-press.ts';

/** A locked-down shell (packaged unless told otherwise) with one page showing the kiosk. */
function lockedDownShell({ allowDevTools = false } = {}) {
  const electron = createFakeElectron();
  setupLockdown({ app: electron.app, menu: electron.Menu, defaultSession: electron.session.defaultSession, allowDevTools });
  const window = new electron.BrowserWindow({});
  void window.loadURL('app://kiosk/index.html');
  window.webContents.finishLoad();
  return { electron, page: window.webContents };
}

/** The same page with no lockdown: what each check below would see if the lockdown were missing. */
function openShell() {
  const electron = createFakeElectron();
  const page = new electron.BrowserWindow({}).webContents;
  void page.loadURL('app://kiosk/index.html');
  page.finishLoad();
  return { electron, page };
}

describe('the kiosk lockdown', () => {
  it('removes the application menu, and with it every menu shortcut', () => {
    const { electron } = lockedDownShell();
    expect(electron.Menu.applicationMenu).toBeNull();
    expect(openShell().electron.Menu.applicationMenu).toBe('unset');
  });

  it('opens no context menu on a right click or a long press', () => {
    expect(lockedDownShell().page.openContextMenu()).toBe(false);
    expect(openShell().page.openContextMenu()).toBe(true);
  });

  it('cancels every download', () => {
    const { electron, page } = lockedDownShell();
    expect(electron.session.defaultSession.download('app://kiosk/assets/index.js')).toBe(false);
    expect(page.session.download('https://example.com/setup.exe')).toBe(false);
    expect(openShell().electron.session.defaultSession.download('https://example.com/setup.exe')).toBe(true);
  });

  it('listens for downloads once per session, however many pages share it', () => {
    const { electron } = lockedDownShell();
    for (let page = 0; page < 5; page += 1) new electron.BrowserWindow({});
    expect(electron.session.defaultSession.listenerCount('will-download')).toBe(1);
  });

  it('refuses a file or a link dropped on the screen: it would be a navigation off the kiosk', () => {
    const { page } = lockedDownShell();
    expect(page.navigate('file:///home/kiosk/Documents/dropped.pdf')).toBe(false);
    expect(page.navigate('https://example.com/dragged-link')).toBe(false);
    expect(page.url).toBe('app://kiosk/index.html');
    expect(openShell().page.navigate('file:///home/kiosk/Documents/dropped.pdf')).toBe(true);
  });

  it('leaves no history for the mouse back button or a swipe to go back through', () => {
    const { page } = lockedDownShell();
    // The recovery reloads the start screen over the old page, which would leave an entry behind.
    void page.loadURL('app://kiosk/index.html?after=crash');
    page.finishLoad();
    expect(page.goBack()).toBe(false);
    expect(page.url).toBe('app://kiosk/index.html?after=crash');

    const open = openShell().page;
    void open.loadURL('app://kiosk/index.html?after=crash');
    open.finishLoad();
    expect(open.goBack()).toBe(true);
  });

  it('turns pinch zoom off in every page it loads, and keeps the page at its own size', () => {
    const { page } = lockedDownShell();
    expect(page.visualZoomLimits).toEqual([1, 1]);
    page.zoomLevel = 3; // remembered from an earlier run for app://kiosk
    void page.loadURL('app://kiosk/index.html');
    page.visualZoomLimits = null;
    page.finishLoad();
    expect(page.visualZoomLimits).toEqual([1, 1]);
    expect(page.zoomLevel).toBe(0);
    expect(openShell().page.visualZoomLimits).toBeNull();
  });

  it('undoes a zoom asked for with Ctrl and the mouse wheel', () => {
    const { page } = lockedDownShell();
    page.zoomLevel = 1;
    expect(page.wheelZoom('in')).toBe(false);
    expect(page.zoomLevel).toBe(0);
    const open = openShell().page;
    open.zoomLevel = 1;
    open.wheelZoom('in');
    expect(open.zoomLevel).toBe(1);
  });

  it('closes the developer tools at once in a packaged kiosk', () => {
    const { page } = lockedDownShell({ allowDevTools: false });
    page.openDevTools();
    expect(page.devToolsOpen).toBe(false);
  });

  it('leaves the developer tools to whoever runs the kiosk from source', () => {
    const { page } = lockedDownShell({ allowDevTools: true });
    page.openDevTools();
    expect(page.devToolsOpen).toBe(true);
  });

  it('blocks the shortcuts in the page itself, before any accelerator sees them', () => {
    const { page } = lockedDownShell();
    expect(page.press(keyPress('Ctrl+R'))).toBe(false);
    expect(page.press(keyPress('a'))).toBe(true);
    expect(openShell().page.press(keyPress('Ctrl+R'))).toBe(true);
  });

  it("unloads a page whose beforeunload asks to stay, so a reload or reset always goes through", () => {
    expect(lockedDownShell().page.unloadAgainstThePagesWish()).toBe(true);
    expect(openShell().page.unloadAgainstThePagesWish()).toBe(false);
  });

  it("never prints the page itself: Ctrl+P is blocked, and no renderer code calls the browser's print()", () => {
    expect(lockedDownShell().page.press(keyPress('Ctrl+P'))).toBe(false);
    // The page's own print dialog has no Electron event to refuse it by; only our scripts run (the CSP), and none asks for it.
    const rendererFolder = resolve(import.meta.dirname, '../../../renderer');
    const callers = readdirSync(rendererFolder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name))
      .filter((file) => /\bprint\s*\(/.test(readFileSync(file, 'utf8')));
    expect(callers).toEqual([]);
  });

  it('locks down web contents created after it, not only the first window', () => {
    const { electron } = lockedDownShell();
    const later = new electron.BrowserWindow({}).webContents;
    expect(later.navigate('https://example.com/')).toBe(false);
    expect(later.openWindow('https://example.com/')).toBe('deny');
    expect(later.press(keyPress('F12'))).toBe(false);
    expect(later.openContextMenu()).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { setupLockdown } from '../../../electron/main/lockdown.ts';
import { createFakeElectron } from '../../fakes/electron.ts';

function lockedDownShell() {
  const electron = createFakeElectron();
  setupLockdown({ app: electron.app, menu: electron.Menu, defaultSession: electron.session.defaultSession });
  const window = new electron.BrowserWindow({});
  void window.loadURL('app://kiosk/index.html');
  return { electron, page: window.webContents };
}

describe('lockdown', () => {
  it('removes the application menu', () => {
    const { electron } = lockedDownShell();
    expect(electron.Menu.applicationMenu).toBeNull();
  });

  it('lets a page move within app://kiosk', () => {
    const { page } = lockedDownShell();
    expect(page.navigate('app://kiosk/index.html?view=board')).toBe(true);
    expect(page.navigate('app://kiosk/index.html')).toBe(true);
  });

  it('denies every navigation away from app://kiosk', () => {
    const { page } = lockedDownShell();
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      'app://elsewhere/index.html',
      'javascript:alert(1)',
      'data:text/html,<h1>hi</h1>',
      'not a url',
    ]) {
      expect(page.navigate(url), url).toBe(false);
    }
    expect(page.url).toBe('app://kiosk/index.html');
  });

  it('denies subframe navigations away from app://kiosk', () => {
    const { page } = lockedDownShell();
    expect(page.navigateFrame('https://example.com/')).toBe(false);
    expect(page.navigateFrame('app://kiosk/help.html')).toBe(true);
  });

  it('denies every window.open', () => {
    const { page } = lockedDownShell();
    expect(page.openWindow('https://example.com/')).toBe('deny');
    expect(page.openWindow('app://kiosk/index.html')).toBe('deny');
  });

  it('refuses to attach a webview', () => {
    const { page } = lockedDownShell();
    expect(page.attachWebview('https://example.com/')).toBe(false);
  });

  it('denies every permission request', async () => {
    const { electron, page } = lockedDownShell();
    for (const session of [electron.session.defaultSession, page.session]) {
      expect(await session.requestPermission('media')).toBe(false);
      expect(await session.requestPermission('geolocation')).toBe(false);
      expect(await session.requestPermission('notifications')).toBe(false);
    }
  });

  it('denies every permission check', () => {
    const { electron, page } = lockedDownShell();
    for (const session of [electron.session.defaultSession, page.session]) {
      expect(session.checkPermission('media')).toBe(false);
      expect(session.checkPermission('clipboard-read')).toBe(false);
    }
  });

  it('locks down web contents created after it, not only the first window', () => {
    const { electron } = lockedDownShell();
    const later = new electron.BrowserWindow({}).webContents;
    expect(later.navigate('https://example.com/')).toBe(false);
    expect(later.openWindow('https://example.com/')).toBe('deny');
  });

  it('leaves a page without the lockdown free, so the checks above can fail', () => {
    const electron = createFakeElectron();
    const page = new electron.BrowserWindow({}).webContents;
    expect(page.navigate('https://example.com/')).toBe(true);
    expect(page.openWindow('https://example.com/')).toBe('allow');
    expect(page.attachWebview('https://example.com/')).toBe(true);
  });
});

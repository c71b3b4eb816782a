import { describe, expect, it } from 'vitest';
import { createKioskWindows } from '../../../electron/main/kiosk-windows.ts';
import { setupSingleInstance } from '../../../electron/main/single-instance.ts';
import { createFakeElectron } from '../../fakes/electron.ts';

describe('single instance', () => {
  it('quits when another kiosk already holds the lock', () => {
    const electron = createFakeElectron();
    electron.app.singleInstanceLockAvailable = false;
    expect(setupSingleInstance({ app: electron.app, windows: createKioskWindows() })).toBe(false);
    expect(electron.app.quitRequested).toBe(true);
  });

  it('keeps running when it holds the lock', () => {
    const electron = createFakeElectron();
    expect(setupSingleInstance({ app: electron.app, windows: createKioskWindows() })).toBe(true);
    expect(electron.app.quitRequested).toBe(false);
  });

  it('brings the kiosk window back to the front when launched again', () => {
    const electron = createFakeElectron();
    const windows = createKioskWindows();
    setupSingleInstance({ app: electron.app, windows });
    const kiosk = new electron.BrowserWindow({});
    windows.add({ role: 'kiosk', window: kiosk, startUrl: 'app://kiosk/index.html', displayId: 1 });
    kiosk.minimize();

    electron.app.launchSecondInstance(['atiende']);

    expect(kiosk.isMinimized()).toBe(false);
    expect(kiosk.focused).toBe(true);
  });

  it('ignores a second launch before any window is open', () => {
    const electron = createFakeElectron();
    setupSingleInstance({ app: electron.app, windows: createKioskWindows() });
    expect(() => electron.app.launchSecondInstance()).not.toThrow();
  });
});

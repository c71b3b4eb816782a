import { afterEach, describe, expect, it, vi } from 'vitest';
import { statSync } from 'node:fs';
import { runKioskCli } from '../../../electron/host/api/kiosk-cli.ts';
import { operatorAccessFile, readOperatorAccess } from '../../../electron/host/api/operator-access.ts';
import { patternFallbackJsFlag } from '../../../shared/flows/pattern-engine.ts';
import { ipcCallChannel } from '../../../shared/host-api/bridge.ts';
import { createFakeElectron, fakeDisplay, type FakeElectron } from '../../fakes/electron.ts';
import { keyPress } from '../../fakes/key-press.ts';
import { demoConfigFile, makeTempDir } from './shell-fixtures.ts';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  vi.doUnmock('electron');
  vi.unstubAllEnvs();
});

/** Loads electron/main/index.ts afresh against a new fake Electron, as Electron would at launch. */
async function launchMain(prepare: (electron: FakeElectron) => void = () => undefined): Promise<FakeElectron> {
  const electron = createFakeElectron();
  const userData = makeTempDir('atiende-userdata-');
  electron.app.paths.set('userData', userData.path);
  cleanups.push(() => {
    electron.app.emit('will-quit');
    userData.remove();
  });
  vi.stubEnv('ATIENDE_CONFIG', demoConfigFile);
  prepare(electron);
  vi.resetModules();
  vi.doMock('electron', () => electron);
  await import('../../../electron/main/index.ts');
  return electron;
}

describe('the main process', () => {
  it('takes the single-instance lock, sandboxes every renderer, sets V8’s flags and registers the app scheme before Electron is ready', async () => {
    const electron = await launchMain();
    expect(electron.app.quitRequested).toBe(false);
    expect(electron.app.sandboxed).toBe(true);
    expect(electron.app.switches.get('js-flags')).toBe(patternFallbackJsFlag);
    expect(electron.protocol.privilegedSchemes.map((scheme) => scheme.scheme)).toEqual(['app']);
    expect(electron.BrowserWindow.getAllWindows()).toEqual([]);
  });

  it('locks down, serves, connects and opens the kiosk once Electron is ready', async () => {
    const electron = await launchMain();
    await electron.app.becomeReady();

    expect(electron.Menu.applicationMenu).toBeNull();
    expect([...electron.protocol.handlers.keys()]).toEqual(['app']);
    expect([...electron.ipcMain.handlers.keys()]).toEqual([ipcCallChannel]);
    expect([...electron.powerSaveBlocker.started.values()]).toEqual(['prevent-display-sleep']);
    const [kiosk, ...others] = electron.BrowserWindow.getAllWindows();
    expect(others).toEqual([]);
    expect(kiosk?.webContents.loadedUrls).toEqual(['app://kiosk/index.html']);
    expect(kiosk?.options.webPreferences?.preload).toMatch(/preload[/\\]index\.cjs$/);
    expect(kiosk?.webContents.navigate('https://example.com/')).toBe(false);
    expect(await electron.session.defaultSession.requestPermission('media')).toBe(false);
  });

  it('gives a packaged kiosk no developer tools, and closes any that open', async () => {
    const electron = await launchMain((fake) => {
      fake.app.isPackaged = true;
      // Electron gives a packaged app process.resourcesPath; plain Node has none.
      Object.defineProperty(process, 'resourcesPath', { value: '/opt/atiende/resources', configurable: true });
      cleanups.push(() => Reflect.deleteProperty(process, 'resourcesPath'));
    });
    await electron.app.becomeReady();
    const [kiosk] = electron.BrowserWindow.getAllWindows();
    expect(kiosk?.options.webPreferences?.devTools).toBe(false);
    kiosk?.webContents.openDevTools();
    expect(kiosk?.webContents.devToolsOpen).toBe(false);
  });

  it('keeps the developer tools when run from source', async () => {
    const electron = await launchMain();
    await electron.app.becomeReady();
    const [kiosk] = electron.BrowserWindow.getAllWindows();
    expect(kiosk?.options.webPreferences?.devTools).toBe(true);
    expect(kiosk?.webContents.press(keyPress('F12'))).toBe(false);
  });

  it("opens the operator's way in itself: an access file only its owner reads, and the API on 127.0.0.1", async () => {
    const electron = await launchMain();
    await electron.app.becomeReady();
    const userData = electron.app.getPath('userData');
    await vi.waitFor(() => expect(readOperatorAccess(userData).ok).toBe(true));
    expect(statSync(operatorAccessFile(userData)).mode & 0o777).toBe(0o600);
    const outcome = await runKioskCli(['kiosk.setAssisted', '{"assisted":true}', '--data-dir', userData]);
    expect(outcome).toMatchObject({ code: 0, out: expect.stringContaining('"assisted": true') });
  });

  it('answers the kiosk window from a host on the user data folder', async () => {
    const electron = await launchMain();
    await electron.app.becomeReady();
    const [kiosk] = electron.BrowserWindow.getAllWindows();
    if (!kiosk) throw new Error('no kiosk window');
    const reply = await electron.ipcMain.invoke(kiosk.webContents, ipcCallChannel, [{ id: 1, method: 'kiosk.state', input: {} }]);
    expect(reply).toMatchObject({ ok: true, result: { state: 'ready' } });
  });

  it('opens the waiting board on a second display, as the demo store asks', async () => {
    const electron = await launchMain((fake) => {
      fake.screen.displays.push(fakeDisplay(2, { x: 1080 }));
    });
    await electron.app.becomeReady();
    const urls = electron.BrowserWindow.getAllWindows().map((window) => window.webContents.loadedUrls[0]);
    expect(urls).toEqual(['app://kiosk/index.html', 'app://kiosk/index.html?view=board']);
  });

  it('exits non-zero, opening no window, when its host cannot start', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const electron = await launchMain((fake) => {
      // A data folder that is really a file: the usage log cannot open there.
      fake.app.paths.set('userData', demoConfigFile);
    });
    await electron.app.becomeReady();
    expect(electron.app.exitCode).toBe(1);
    expect(electron.BrowserWindow.getAllWindows()).toEqual([]);
    expect(quiet).toHaveBeenCalled();
    quiet.mockRestore();
  });

  it('quits at once, touching nothing else, when another kiosk is running', async () => {
    const electron = await launchMain((fake) => {
      fake.app.singleInstanceLockAvailable = false;
    });
    await electron.app.becomeReady();
    expect(electron.app.quitRequested).toBe(true);
    expect(electron.app.sandboxed).toBe(false);
    expect(electron.protocol.privilegedSchemes).toEqual([]);
    expect(electron.BrowserWindow.getAllWindows()).toEqual([]);
  });
});

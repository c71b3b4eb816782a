// Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security), one
// test per item that applies, each run against the shell's real modules over the fake Electron.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import type { Configuration } from 'electron-builder';
import { bridgeGlobalName, ipcCallChannel, ipcEventChannel, type HostBridge } from '../../../shared/host-api/bridge.ts';
import { contentSecurityPolicy } from '../../../shared/security/content-security-policy.ts';
import { registerAppScheme, setupProtocol } from '../../../electron/main/app-protocol.ts';
import { refusedCall, setupIpc } from '../../../electron/main/ipc.ts';
import { createKioskWindows } from '../../../electron/main/kiosk-windows.ts';
import { setupLockdown } from '../../../electron/main/lockdown.ts';
import { electronPdfPrinter } from '../../../electron/main/pdf-printer.ts';
import { setupWindows } from '../../../electron/main/windows.ts';
import { createFakeElectron, FakeSession, FakeWebContents, fakeDisplay } from '../../fakes/electron.ts';
import { createTestHost, makeTempDir } from './shell-fixtures.ts';

const root = resolve(import.meta.dirname, '../../..');

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  vi.doUnmock('electron');
});

/** The shell as index.ts sets it up (packaged), with the kiosk and the waiting board open, over a real host. */
function packagedShell() {
  const electron = createFakeElectron();
  electron.screen.displays = [fakeDisplay(1), fakeDisplay(2, { x: 1080 })];
  const { host, dispose } = createTestHost();
  cleanups.push(dispose);
  const windows = createKioskWindows();
  registerAppScheme(electron.protocol);
  setupProtocol({ protocol: electron.protocol, rendererRoot: renderer.root });
  setupLockdown({ app: electron.app, menu: electron.Menu, defaultSession: electron.session.defaultSession, allowDevTools: false });
  setupIpc({ ipcMain: electron.ipcMain, BrowserWindow: electron.BrowserWindow, windows, host, reportRefusal: () => undefined });
  setupWindows({ BrowserWindow: electron.BrowserWindow, screen: electron.screen, windows, preloadPath: '/opt/atiende/out/preload/index.cjs', waitingBoard: true, devTools: false });
  const [kiosk, board] = electron.BrowserWindow.getAllWindows();
  if (!kiosk || !board) throw new Error('the shell opened no kiosk and board windows');
  return { electron, kiosk, board, page: kiosk.webContents };
}

/** The web preferences of every window the shell opens: the kiosk, the board, and the hidden one that prints reports. */
async function everyWindowsPreferences() {
  const { electron } = packagedShell();
  await electronPdfPrinter({ BrowserWindow: electron.BrowserWindow })('<p>report</p>');
  const opened = electron.BrowserWindow.everOpened();
  expect(opened).toHaveLength(3);
  return opened.map((window) => window.options.webPreferences ?? {});
}

/** A built renderer of one page, for the app:// protocol to serve. */
const renderer = (() => {
  const temp = makeTempDir();
  writeFileSync(join(temp.path, 'index.html'), '<!doctype html><title>Atiende</title>');
  return { root: temp.path, remove: temp.remove };
})();
afterAll(() => renderer.remove());

/** The CSP as directive name → sources. */
const policy = new Map(contentSecurityPolicy.split(';').map((directive) => {
  const [name = '', ...sources] = directive.trim().split(/\s+/);
  return [name, sources] as const;
}));

describe("Electron's security checklist", () => {
  it('1. loads only its own content, from a secure scheme, and names no other source in its policy', () => {
    const { electron, kiosk, board } = packagedShell();
    for (const window of [kiosk, board]) expect(window.webContents.loadedUrls.every((url) => url.startsWith('app://kiosk/'))).toBe(true);
    expect(electron.protocol.privilegedSchemes[0]?.privileges).toMatchObject({ secure: true });
    const sources = [...policy.values()].flat();
    expect(sources.filter((source) => !["'self'", "'none'", 'data:'].includes(source))).toEqual([]);
  });

  it('2. gives no renderer Node.js, not in workers, not in subframes', async () => {
    for (const preferences of await everyWindowsPreferences()) {
      expect(preferences.nodeIntegration).toBe(false);
      expect(preferences.nodeIntegrationInWorker).not.toBe(true);
      expect(preferences.nodeIntegrationInSubFrames).not.toBe(true);
    }
  });

  it('3. isolates the context of every renderer', async () => {
    for (const preferences of await everyWindowsPreferences()) expect(preferences.contextIsolation).toBe(true);
  });

  it('4. sandboxes every renderer (and index.ts calls app.enableSandbox(): see main-process.test.ts)', async () => {
    for (const preferences of await everyWindowsPreferences()) expect(preferences.sandbox).toBe(true);
  });

  it('5. refuses every permission, asked or checked, in every session, the default one or its own', async () => {
    const { electron, page } = packagedShell();
    const ownSession = new FakeSession(); // as the report printer's partition has
    electron.app.emit('web-contents-created', {}, new FakeWebContents(ownSession));
    const permissions = ['media', 'geolocation', 'notifications', 'openExternal', 'web-printing', 'fullscreen', 'clipboard-read', 'display-capture', 'hid', 'serial', 'usb', 'pointerLock'] as const;
    for (const session of [electron.session.defaultSession, page.session, ownSession]) {
      for (const permission of permissions) {
        expect(await session.requestPermission(permission), permission).toBe(false);
        expect(session.checkPermission(permission), permission).toBe(false);
      }
    }
    const untouched = new FakeSession();
    expect(await untouched.requestPermission('media')).toBeNull(); // what Electron would grant
  });

  it('6. keeps webSecurity on', async () => {
    for (const preferences of await everyWindowsPreferences()) expect(preferences.webSecurity).toBe(true);
  });

  it("7. sends a restrictive Content-Security-Policy with every page: script only from 'self', nothing inline, no eval", async () => {
    const { electron } = packagedShell();
    const response = await electron.protocol.request('app://kiosk/index.html');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('8. never allows insecure content to run', async () => {
    for (const preferences of await everyWindowsPreferences()) expect(preferences.allowRunningInsecureContent).not.toBe(true);
    const { kiosk } = packagedShell();
    expect(kiosk.options.webPreferences?.allowRunningInsecureContent).toBe(false);
  });

  it("9. enables no experimental features", async () => {
    for (const preferences of await everyWindowsPreferences()) expect(preferences.experimentalFeatures).not.toBe(true);
    const { kiosk } = packagedShell();
    expect(kiosk.options.webPreferences?.experimentalFeatures).toBe(false);
  });

  it('10. enables no Blink features', async () => {
    for (const preferences of await everyWindowsPreferences()) expect(preferences.enableBlinkFeatures).toBeUndefined();
  });

  it('11. has no <webview> to allow popups in', async () => {
    for (const preferences of await everyWindowsPreferences()) expect(preferences.webviewTag).toBe(false);
  });

  it('12. refuses every <webview> before it attaches, even one of its own pages', () => {
    const { page } = packagedShell();
    expect(page.attachWebview('https://example.com/')).toBe(false);
    expect(page.attachWebview('app://kiosk/index.html')).toBe(false);
  });

  it('13. keeps every navigation and redirect on app://kiosk, in the page and in its frames', () => {
    const { page } = packagedShell();
    expect(page.navigate('app://kiosk/index.html?view=board')).toBe(true);
    for (const url of [
      'https://example.com/',
      'https://kiosk.example/',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      'app://elsewhere/index.html',
      'javascript:alert(1)',
      'data:text/html,<h1>hi</h1>',
      'not a url',
    ]) {
      expect(page.navigate(url), url).toBe(false);
      expect(page.navigateFrame(url), url).toBe(false);
      expect(page.redirect(url), url).toBe(false);
    }
    expect(page.navigateFrame('app://kiosk/help.html')).toBe(true);
    expect(page.url).toBe('app://kiosk/index.html?view=board');
  });

  it('14. opens no new window, whatever the page asks for', () => {
    const { page } = packagedShell();
    for (const url of ['https://example.com/', 'app://kiosk/index.html', 'about:blank']) expect(page.openWindow(url), url).toBe('deny');
  });

  it('15. never hands content to shell.openExternal: no shell code calls it', () => {
    const importsShell = /import\s*\{[^}]*\bshell\b[^}]*\}\s*from\s*'electron'|require\('electron'\)\.shell/;
    const offenders = sourceFiles(join(root, 'electron')).filter((file) => {
      const source = readFileSync(file, 'utf8');
      return source.includes('openExternal') || importsShell.test(source);
    });
    expect(offenders).toEqual([]);
  });

  it('16. is built on a current Electron, the one whose Node.js the host relies on', () => {
    const installed = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string };
    expect(Number(installed.version.split('.')[0])).toBeGreaterThanOrEqual(45);
  });

  it('17. answers host calls only from its own windows, and only from app://kiosk frames in them', async () => {
    const { electron, page } = packagedShell();
    const call = (sender: FakeWebContents, frameUrl: string | null) =>
      electron.ipcMain.invoke(sender, ipcCallChannel, [{ id: 1, method: 'kiosk.state', input: {} }], frameUrl);
    expect(await call(page, 'app://kiosk/index.html')).toMatchObject({ ok: true });
    for (const frameUrl of ['https://evil.example/', 'file:///tmp/page.html', 'app://other/index.html', null]) {
      expect(await call(page, frameUrl)).toEqual(refusedCall);
    }
    const stranger = new electron.BrowserWindow({});
    expect(await call(stranger.webContents, 'app://kiosk/index.html')).toEqual(refusedCall);
  });

  it('18. serves its pages from the app:// protocol, never from file://', async () => {
    const { electron, kiosk, board } = packagedShell();
    expect([...electron.protocol.handlers.keys()]).toEqual(['app']);
    for (const window of [kiosk, board]) expect(window.webContents.loadedUrls.some((url) => url.startsWith('file:'))).toBe(false);
    expect((await electron.protocol.request('app://kiosk/index.html')).status).toBe(200);
  });

  describe('19. sets the fuses in the package', () => {
    const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Configuration;
    const wanted = {
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    } satisfies NonNullable<Configuration['electronFuses']>;

    it.each(Object.entries(wanted))('sets %s to %s', (fuse, value) => {
      expect(config.electronFuses?.[fuse as keyof typeof wanted]).toBe(value);
    });

    it('sets no other fuse, and packs the app in an asar the fuses can check', () => {
      expect(Object.keys(config.electronFuses ?? {}).sort()).toEqual(Object.keys(wanted).sort());
      expect(config.asar).toBe(true);
    });
  });

  it('20. exposes no Electron API to the page: only call and on, which hand back payloads, never IPC objects', async () => {
    const electron = createFakeElectron();
    vi.resetModules();
    vi.doMock('electron', () => electron);
    await import('../../../electron/preload/index.ts');
    expect([...electron.contextBridge.exposed.keys()]).toEqual([bridgeGlobalName]);
    const bridge = electron.contextBridge.exposed.get(bridgeGlobalName) as HostBridge;
    expect(Object.entries(bridge).map(([name, value]) => [name, typeof value])).toEqual([['call', 'function'], ['on', 'function']]);

    const heard: unknown[][] = [];
    const stop = bridge.on('session.resetRequested', (...args: unknown[]) => heard.push(args));
    electron.ipcRenderer.deliver(ipcEventChannel, { event: 'session.resetRequested', payload: { reason: 'recovered' } });
    expect(heard).toEqual([[{ reason: 'recovered' }]]);
    expect(typeof stop).toBe('function');
  });
});

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|cjs|js)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

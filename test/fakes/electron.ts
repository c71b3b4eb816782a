// A fake of the `electron` module for unit tests (as Electron Fiddle's tests/mocks/electron.ts):
// the parts the shell uses, holding what was asked of them, and driven through their events.
// Each createFakeElectron() is a fresh, independent Electron; vi.mock('electron') can return one.
import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions, CustomScheme } from 'electron';
import { FakeContextBridge, FakeIpcMain, FakeIpcRenderer } from './electron-ipc.ts';
import { FakeSession, fakeEvent } from './electron-session.ts';
import { FakeWebContents } from './electron-web-contents.ts';
import { FakeBrowserWindow, FakeScreen, fakeDisplay } from './electron-windows.ts';

export { FakeBrowserWindow, FakeIpcRenderer, FakeSession, FakeWebContents };
export { fakeDisplay };

class FakeApp extends EventEmitter {
  isPackaged = false;
  singleInstanceLockAvailable = true;
  quitRequested = false;
  sandboxed = false;
  exitCode: number | null = null;
  readonly paths = new Map<string, string>([['userData', '/tmp/atiende-fake-user-data']]);
  appPath = '/tmp/atiende-fake-app';
  private ready = false;
  private readonly readiness = Promise.withResolvers<void>();
  /** app.commandLine: the Chromium switches asked for, by name; Chromium reads them only before ready. */
  readonly switches = new Map<string, string>();
  readonly commandLine = {
    appendSwitch: (name: string, value = ''): void => {
      if (this.ready) throw new Error(`the switch ${name} was appended after ready: Chromium has already read its command line`);
      this.switches.set(name, value);
    },
  };

  /** app.enableSandbox(): Electron refuses it once the app is ready. */
  enableSandbox(): void {
    if (this.ready) throw new Error('app.enableSandbox() can only be called before app is ready');
    this.sandboxed = true;
  }

  requestSingleInstanceLock(): boolean {
    return this.singleInstanceLockAvailable;
  }

  quit(): void {
    this.quitRequested = true;
  }

  exit(code = 0): void {
    this.exitCode = code;
  }

  isReady(): boolean {
    return this.ready;
  }

  whenReady(): Promise<void> {
    return this.readiness.promise;
  }

  getPath(name: string): string {
    const path = this.paths.get(name);
    if (!path) throw new Error(`Failed to get '${name}' path`);
    return path;
  }

  getAppPath(): string {
    return this.appPath;
  }

  // Drivers.

  /** Electron finishes starting: emits 'ready' and settles whenReady(), then lets its callbacks run. */
  async becomeReady(): Promise<void> {
    this.ready = true;
    this.emit('ready', fakeEvent(), {});
    this.readiness.resolve();
    await new Promise((resolve) => setImmediate(resolve));
  }

  /** Someone launches the kiosk again while it runs. */
  launchSecondInstance(argv: string[] = []): void {
    this.emit('second-instance', fakeEvent(), argv, '/', {});
  }
}

class FakeProtocol {
  readonly privilegedSchemes: CustomScheme[] = [];
  readonly handlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  private readonly app: FakeApp;

  constructor(app: FakeApp) {
    this.app = app;
  }

  registerSchemesAsPrivileged(schemes: CustomScheme[]): void {
    if (this.app.isReady()) throw new Error('protocol.registerSchemesAsPrivileged must be called before the app is ready');
    this.privilegedSchemes.push(...schemes);
  }

  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    if (this.handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    this.handlers.set(scheme, handler);
  }

  /** A page requests a URL on a handled scheme. */
  async request(url: string, init?: RequestInit): Promise<Response> {
    const handler = this.handlers.get(new URL(url).protocol.slice(0, -1));
    if (!handler) throw new Error(`no handler for ${url}`);
    return handler(new Request(url, init));
  }
}

class FakePowerSaveBlocker {
  readonly started = new Map<number, 'prevent-app-suspension' | 'prevent-display-sleep'>();
  private nextId = 1;

  start(type: 'prevent-app-suspension' | 'prevent-display-sleep'): number {
    const id = this.nextId++;
    this.started.set(id, type);
    return id;
  }

  stop(id: number): boolean {
    return this.started.delete(id);
  }

  isStarted(id: number): boolean {
    return this.started.has(id);
  }
}

export function createFakeElectron() {
  const app = new FakeApp();
  const defaultSession = new FakeSession();
  const opened: FakeBrowserWindow[] = [];

  class BrowserWindow extends FakeBrowserWindow {
    static fromWebContents(contents: FakeWebContents): BrowserWindow | null {
      return opened.find((window) => window.webContents === contents) ?? null;
    }

    static getAllWindows(): FakeBrowserWindow[] {
      return opened.filter((window) => !window.isDestroyed());
    }

    /** Every window opened so far, closed ones too (a test's record, not Electron's). */
    static everOpened(): FakeBrowserWindow[] {
      return [...opened];
    }

    constructor(options: BrowserWindowConstructorOptions) {
      super(options, defaultSession);
      opened.push(this);
      app.emit('web-contents-created', fakeEvent(), this.webContents);
    }
  }

  const Menu = {
    /** 'unset' until the shell decides: Electron then shows its default menu. */
    applicationMenu: 'unset' as unknown,
    setApplicationMenu(menu: unknown): void {
      Menu.applicationMenu = menu;
    },
  };

  return {
    app,
    BrowserWindow,
    Menu,
    screen: new FakeScreen(),
    protocol: new FakeProtocol(app),
    ipcMain: new FakeIpcMain(),
    ipcRenderer: new FakeIpcRenderer(),
    contextBridge: new FakeContextBridge(),
    powerSaveBlocker: new FakePowerSaveBlocker(),
    session: { defaultSession },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

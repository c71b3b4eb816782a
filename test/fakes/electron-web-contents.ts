// The fake web contents and session of test/fakes/electron.ts: they record what the shell asked
// of them, and their drivers act as a page or Chromium would (navigate, window.open, crash, hang).
import { EventEmitter } from 'node:events';
import type { HandlerDetails, PrintToPDFOptions, RenderProcessGoneDetails, Session, WindowOpenHandlerResponse } from 'electron';

type PermissionRequestHandler = Parameters<Session['setPermissionRequestHandler']>[0];
type PermissionCheckHandler = Parameters<Session['setPermissionCheckHandler']>[0];

/** An Electron event: cancellable, with its params spread on it (as `Electron.Event<Params>`). */
export function fakeEvent<Params extends object>(params: Params = {} as Params) {
  return {
    ...params,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler = null;
  permissionCheckHandler: PermissionCheckHandler = null;

  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheckHandler = handler;
  }

  /** Asks as a page would; resolves with the answer, or null when no handler answers. */
  requestPermission(permission: 'media' | 'geolocation' | 'notifications' | 'clipboard-read'): Promise<boolean | null> {
    const handler = this.permissionRequestHandler;
    if (!handler) return Promise.resolve(null);
    return new Promise((resolve) => {
      handler(null as never, permission, resolve, { isMainFrame: true, requestingUrl: 'app://kiosk/index.html' } as never);
    });
  }

  checkPermission(permission: 'media' | 'geolocation' | 'notifications' | 'clipboard-read'): boolean | null {
    const handler = this.permissionCheckHandler;
    if (!handler) return null;
    return handler(null, permission, 'app://kiosk', { isMainFrame: true, requestingUrl: 'app://kiosk/index.html' } as never);
  }
}

let nextWebContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  readonly session: FakeSession;
  url = '';
  loadedUrls: string[] = [];
  sent: Array<{ channel: string; args: unknown[] }> = [];
  forcedCrashes = 0;
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;
  /** What printToPDF answers, given the page loaded; a test replaces it to fail, to hang or to look at the page. */
  printing: (options: PrintToPDFOptions) => Promise<Buffer> = () => Promise.resolve(Buffer.from('%PDF-1.7\n%fake\n'));
  private destroyed = false;

  constructor(session: FakeSession) {
    super();
    this.session = session;
  }

  loadURL(url: string): Promise<void> {
    this.url = url;
    this.loadedUrls.push(url);
    return Promise.resolve();
  }

  getURL(): string {
    return this.url;
  }

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }

  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }

  printToPDF(options: PrintToPDFOptions): Promise<Buffer> {
    return this.printing(options);
  }

  forcefullyCrashRenderer(): void {
    this.forcedCrashes += 1;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  destroy(): void {
    this.destroyed = true;
  }

  // Drivers: what a page, or Chromium, would do.

  /** The page navigates its main frame; returns true when the navigation was let through. */
  navigate(url: string): boolean {
    const event = fakeEvent({ url, isSameDocument: false, isMainFrame: true, frame: null });
    this.emit('will-navigate', event, url, false, true, 0, 0);
    if (!event.defaultPrevented) this.url = url;
    return !event.defaultPrevented;
  }

  /** A subframe navigates; returns true when the navigation was let through. */
  navigateFrame(url: string): boolean {
    const event = fakeEvent({ url, isSameDocument: false, isMainFrame: false, frame: null });
    this.emit('will-frame-navigate', event);
    return !event.defaultPrevented;
  }

  /** The page calls window.open(url); returns what the window-open handler decided. */
  openWindow(url: string): WindowOpenHandlerResponse['action'] {
    if (!this.windowOpenHandler) return 'allow';
    const details = { url, frameName: '', features: '', disposition: 'new-window', referrer: { url: this.url, policy: 'default' }, postBody: undefined };
    return this.windowOpenHandler(details as HandlerDetails).action;
  }

  /** The page adds a <webview>; returns true when it was allowed to attach. */
  attachWebview(src: string): boolean {
    const event = fakeEvent();
    this.emit('will-attach-webview', event, {}, { src });
    return !event.defaultPrevented;
  }

  crash(reason: RenderProcessGoneDetails['reason'] = 'crashed'): void {
    this.emit('render-process-gone', fakeEvent(), { reason, exitCode: reason === 'clean-exit' ? 0 : 139 });
  }

  hang(): void {
    this.emit('unresponsive');
  }

  failLoad({ errorCode = -6, isMainFrame = true }: { errorCode?: number; isMainFrame?: boolean } = {}): void {
    this.emit('did-fail-load', fakeEvent(), errorCode, 'ERR_FILE_NOT_FOUND', this.url, isMainFrame, 1, 1);
  }
}

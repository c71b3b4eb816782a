// The fake web contents of test/fakes/electron.ts: it records what the shell asked of it, and its
// drivers act as a page, a person or Chromium would (navigate, window.open, press keys, crash, hang).
import { EventEmitter } from 'node:events';
import type { HandlerDetails, PrintToPDFOptions, RenderProcessGoneDetails, WindowOpenHandlerResponse } from 'electron';
import { type FakeSession, fakeEvent } from './electron-session.ts';
import type { FakeKeyPress } from './key-press.ts';

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
  /** True from loadURL until finishLoad(). */
  loading = false;
  /** When true, every load finishes on its own right after it starts, as a quick healthy page's would. */
  finishesLoadsAtOnce = false;
  /** True while the page's main thread is stuck: scripts sent to it never finish. */
  frozen = false;
  /** How many scripts the shell has sent the page (executeJavaScript). */
  scriptsRun = 0;
  /** When true, scripts fail at once, as they do while the page's frame is being replaced. */
  refusesScripts = false;
  zoomLevel = 0;
  visualZoomLimits: [number, number] | null = null;
  devToolsOpen = false;
  /** The session history: the entries back and forward go through, and where the page stands in it. */
  history: string[] = [];
  historyIndex = -1;
  readonly navigationHistory = {
    clear: () => {
      this.history = this.historyIndex >= 0 ? [this.history[this.historyIndex] ?? ''] : [];
      this.historyIndex = this.history.length - 1;
    },
    canGoBack: () => this.historyIndex > 0,
  };
  private destroyed = false;

  constructor(session: FakeSession) {
    super();
    this.session = session;
  }

  /** Starts a new page in a fresh renderer: it loads until finishLoad(), and is no longer frozen. */
  loadURL(url: string): Promise<void> {
    this.url = url;
    this.loadedUrls.push(url);
    this.addToHistory(url);
    this.loading = true;
    this.frozen = false;
    if (this.finishesLoadsAtOnce) queueMicrotask(() => this.finishLoad());
    return Promise.resolve();
  }

  isLoadingMainFrame(): boolean {
    return this.loading;
  }

  /** As Electron does, waits for a loading page to stop loading before running the script. */
  executeJavaScript(code: string): Promise<unknown> {
    this.scriptsRun += 1;
    // The fake runs nothing: a live page answers with the value of a bare number, which is what the shell sends.
    const answer = (): Promise<unknown> => {
      if (this.refusesScripts) return Promise.reject(new Error('Render frame was disposed before WebFrameMain could be accessed'));
      return this.frozen ? new Promise(() => undefined) : Promise.resolve(Number(code));
    };
    if (!this.loading) return answer();
    return new Promise((resolve) => this.once('did-stop-loading', () => resolve(answer())));
  }

  setVisualZoomLevelLimits(minimumLevel: number, maximumLevel: number): Promise<void> {
    this.visualZoomLimits = [minimumLevel, maximumLevel];
    return Promise.resolve();
  }

  setZoomLevel(level: number): void {
    this.zoomLevel = level;
  }

  closeDevTools(): void {
    this.devToolsOpen = false;
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
    if (event.defaultPrevented) return false;
    this.url = url;
    this.addToHistory(url);
    return true;
  }

  /** The server answers the main frame's request with a redirect to `url`; returns true when it was followed. */
  redirect(url: string): boolean {
    const event = fakeEvent({ url, isSameDocument: false, isMainFrame: true, frame: null });
    this.emit('will-redirect', event, url, false, true, 0, 0);
    return !event.defaultPrevented;
  }

  /** The page's load ends: its main frame has committed, and everything in it has loaded. */
  finishLoad(): void {
    this.loading = false;
    this.emit('did-navigate', fakeEvent(), this.url, 200, 'OK');
    this.emit('did-finish-load');
    this.emit('did-stop-loading');
  }

  /** The mouse's back button, or a swipe: returns true when there was a page to go back to. */
  goBack(): boolean {
    if (this.historyIndex <= 0) return false;
    this.historyIndex -= 1;
    this.url = this.history[this.historyIndex] ?? '';
    return true;
  }

  /** Someone presses keys (see key-press.ts); returns true when the page received the press. */
  press(press: FakeKeyPress): boolean {
    const event = fakeEvent();
    this.emit('before-input-event', event, press);
    return !event.defaultPrevented;
  }

  /** A right click or a long press; returns true when a context menu would open. */
  openContextMenu(): boolean {
    const event = fakeEvent();
    this.emit('context-menu', event, { x: 10, y: 10, linkURL: '', selectionText: '', isEditable: false });
    return !event.defaultPrevented;
  }

  /** Ctrl and the mouse wheel: Electron only reports it; returns true when nobody objected. */
  wheelZoom(direction: 'in' | 'out'): boolean {
    const event = fakeEvent();
    this.emit('zoom-changed', event, direction);
    return !event.defaultPrevented;
  }

  /** The developer tools open by any way there is. */
  openDevTools(): void {
    this.devToolsOpen = true;
    this.emit('devtools-opened');
  }

  /** The page's beforeunload asks to stay; returns true when the page is unloaded all the same. */
  unloadAgainstThePagesWish(): boolean {
    const event = fakeEvent();
    this.emit('will-prevent-unload', event);
    return event.defaultPrevented;
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

  /** Chromium's own hang monitor gives up on the page. */
  hang(): void {
    this.emit('unresponsive');
  }

  /** The page's main thread stops (an endless loop), with no word from Chromium. */
  freeze(): void {
    this.frozen = true;
  }

  failLoad({ errorCode = -6, isMainFrame = true }: { errorCode?: number; isMainFrame?: boolean } = {}): void {
    this.emit('did-fail-load', fakeEvent(), errorCode, 'ERR_FILE_NOT_FOUND', this.url, isMainFrame, 1, 1);
  }

  private addToHistory(url: string): void {
    this.history = [...this.history.slice(0, this.historyIndex + 1), url];
    this.historyIndex = this.history.length - 1;
  }
}

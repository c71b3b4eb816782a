// The parts of Electron the shell touches, narrowed to what it uses, so tests can hand in the fake
// (test/fakes/electron.ts) while the real modules still type-check against them.
import type {
  App,
  BrowserWindowConstructorOptions,
  Display,
  Input,
  PowerSaveBlocker,
  Protocol,
  RenderProcessGoneDetails,
  Session,
  WebContents,
} from 'electron';

/** An Electron event the listener may cancel. */
export interface CancellableEvent {
  preventDefault(): void;
}

export interface NavigationEvent extends CancellableEvent {
  readonly url: string;
}

export interface KioskSession extends Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> {
  on(event: 'will-download', listener: (event: CancellableEvent) => void): unknown;
}

/** A key press as before-input-event reports it: what the key is, and which modifiers were held. */
export type KeyPress = Pick<Input, 'type' | 'key' | 'code' | 'control' | 'meta' | 'alt' | 'shift'>;

export interface KioskWebContents
  extends Pick<
    WebContents,
    | 'loadURL'
    | 'send'
    | 'setWindowOpenHandler'
    | 'forcefullyCrashRenderer'
    | 'isDestroyed'
    | 'isLoadingMainFrame'
    | 'executeJavaScript'
    | 'setVisualZoomLevelLimits'
    | 'setZoomLevel'
    | 'closeDevTools'
  > {
  readonly session: KioskSession;
  readonly navigationHistory: Pick<WebContents['navigationHistory'], 'clear'>;
  on(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview' | 'context-menu' | 'will-prevent-unload' | 'zoom-changed', listener: (event: CancellableEvent) => void): unknown;
  on(event: 'before-input-event', listener: (event: CancellableEvent, input: KeyPress) => void): unknown;
  on(event: 'did-finish-load' | 'did-navigate' | 'did-navigate-in-page' | 'devtools-opened', listener: () => void): unknown;
  on(event: 'render-process-gone', listener: (event: unknown, details: RenderProcessGoneDetails) => void): unknown;
  on(event: 'unresponsive', listener: () => void): unknown;
  on(
    event: 'did-fail-load',
    listener: (event: unknown, errorCode: number, errorDescription: string, validatedURL: string, isMainFrame: boolean) => void,
  ): unknown;
}

export interface KioskBrowserWindow {
  readonly webContents: KioskWebContents;
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  focus(): void;
  close(): void;
  on(event: 'closed', listener: () => void): unknown;
}

/** The BrowserWindow class: a constructor plus the lookup the IPC guard relies on. */
export interface KioskWindowClass {
  new (options: BrowserWindowConstructorOptions): KioskBrowserWindow;
  fromWebContents(contents: KioskWebContents): KioskBrowserWindow | null;
}

export interface KioskApp extends Pick<App, 'requestSingleInstanceLock' | 'quit'> {
  on(event: 'second-instance', listener: () => void): unknown;
  on(event: 'web-contents-created', listener: (event: unknown, contents: KioskWebContents) => void): unknown;
  on(event: 'will-quit', listener: () => void): unknown;
}

/** Where a display sits on the desktop; all the window layout needs of Electron's Display. */
export type DisplayPlace = Pick<Display, 'id' | 'bounds'>;

export interface KioskScreen {
  getAllDisplays(): DisplayPlace[];
  getPrimaryDisplay(): DisplayPlace;
  on(event: 'display-added' | 'display-removed', listener: (event: unknown, display: DisplayPlace) => void): unknown;
}

export type KioskProtocol = Pick<Protocol, 'registerSchemesAsPrivileged' | 'handle'>;

export type KioskPowerSaveBlocker = Pick<PowerSaveBlocker, 'start'>;

export interface KioskMenu {
  setApplicationMenu(menu: null): void;
}

/** What the IPC guard reads of an invoke event: who sent it, and from which frame. */
export interface KioskInvokeEvent {
  readonly sender: KioskWebContents;
  readonly senderFrame: { readonly url: string } | null;
}

export interface KioskIpcMain {
  handle(channel: string, listener: (event: KioskInvokeEvent, envelope: unknown) => Promise<unknown>): void;
}

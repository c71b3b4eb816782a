// Opens the kiosk window on the primary (touch) display and, when the store wants one and a second
// display is there, the waiting board; follows displays being plugged in and out.
import type { BrowserWindowConstructorOptions } from 'electron';
import { startUrls, type WindowRole } from './app-origin.ts';
import type { DisplayPlace, KioskScreen, KioskWindowClass } from './electron-parts.ts';
import type { KioskWindows } from './kiosk-windows.ts';

export interface WindowsDeps {
  BrowserWindow: KioskWindowClass;
  screen: KioskScreen;
  windows: KioskWindows;
  preloadPath: string;
  /** Whether the store wants its waiting board on a second display, as the host read its config. */
  waitingBoard: boolean;
  /** False in a packaged kiosk: its pages get no developer tools at all. */
  devTools: boolean;
}

export function setupWindows({ BrowserWindow, screen, windows, preloadPath, waitingBoard, devTools }: WindowsDeps): void {
  function open(role: WindowRole, display: DisplayPlace): void {
    const window = new BrowserWindow(kioskWindowOptions(display, preloadPath, devTools));
    const startUrl = startUrls[role];
    windows.add({ role, window, startUrl, displayId: display.id });
    // A failed first load is reported by did-fail-load, which recovery answers.
    window.webContents.loadURL(startUrl).catch(() => undefined);
  }

  function openBoardIfWanted(): void {
    if (!waitingBoard || windows.withRole('board')) return;
    const primary = screen.getPrimaryDisplay();
    const second = screen.getAllDisplays().find((display) => display.id !== primary.id);
    if (second) open('board', second);
  }

  open('kiosk', screen.getPrimaryDisplay());
  openBoardIfWanted();
  screen.on('display-added', openBoardIfWanted);
  screen.on('display-removed', (_event, display) => {
    const board = windows.withRole('board');
    if (board && board.displayId === display.id && !board.window.isDestroyed()) board.window.close();
  });
}

/** Full screen, frameless, kiosk mode, and the renderer boxed in (isolated, sandboxed, no Node). */
function kioskWindowOptions(display: DisplayPlace, preloadPath: string, devTools: boolean): BrowserWindowConstructorOptions {
  const { x, y, width, height } = display.bounds;
  return {
    x,
    y,
    width,
    height,
    kiosk: true,
    fullscreen: true,
    frame: false,
    autoHideMenuBar: true,
    title: 'Atiende',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // A file or link dropped on the screen is not a page to open.
      navigateOnDragDrop: false,
      devTools,
      // An alert or confirm box would sit over the kiosk until someone with a mouse closed it.
      disableDialogs: true,
      spellcheck: false,
      // Nobody touches the waiting board, yet its call chime and spoken calls must sound.
      autoplayPolicy: 'no-user-gesture-required',
    },
  };
}

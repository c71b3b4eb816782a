// The key presses a kiosk page never receives: each one is a way out of the kiosk, or a way to
// leave its screen broken, that Chromium, Electron or the desktop would act on. The lockdown checks
// every press against this list in before-input-event, before the page or any accelerator sees it.
// Plain keys (letters, digits, Enter, Escape, Backspace, Tab, arrows) always pass: the keypad, the
// flows and the badge and barcode readers type with them.
import type { KeyPress } from './electron-parts.ts';

export interface BlockedShortcut {
  /** The keys, as an operator would write them down. */
  keys: string;
  /** What the press would do if it went through. */
  why: string;
  matches(press: KeyPress): boolean;
}

/** Ctrl on Windows and Linux, Cmd on macOS: Chromium takes either for its shortcuts. */
const primary = (press: KeyPress) => press.control || press.meta;

/** Windows reports AltGr as Ctrl+Alt: with it the press types a character (@, ś, }), it is no shortcut. */
const altGraph = (press: KeyPress) => press.control && press.alt;

const isKey = (press: KeyPress, ...keys: string[]) => keys.includes(press.key);

/** A key by its physical place, so a shortcut is caught on any layout (Arabic, Cyrillic) as Chromium catches it. */
const atPlace = (press: KeyPress, ...codes: string[]) => codes.includes(press.code) && !altGraph(press);

const letter = (press: KeyPress, ...letters: string[]) =>
  letters.some((wanted) => press.key.toLowerCase() === wanted || atPlace(press, `Key${wanted.toUpperCase()}`));

export const blockedShortcuts: readonly BlockedShortcut[] = [
  {
    keys: 'Ctrl/Cmd+R, Ctrl+Shift+R, F5, BrowserRefresh',
    why: 'reloads the page: the customer loses the session and sees a blank screen while it loads',
    matches: (press) => (primary(press) && letter(press, 'r')) || isKey(press, 'F5', 'BrowserRefresh'),
  },
  {
    keys: 'F12, Ctrl+Shift+I/J/C, Cmd+Alt+I/J/C, Ctrl/Cmd+U',
    why: 'opens the developer tools or the page source, which reach into the page and the host',
    matches: (press) =>
      isKey(press, 'F12') ||
      (primary(press) && (press.shift || press.alt) && letter(press, 'i', 'j', 'c')) ||
      (primary(press) && letter(press, 'u')),
  },
  {
    keys: 'Ctrl/Cmd with plus, minus or 0 (main keys or keypad)',
    why: 'zooms the page: controls slide off the screen or shrink too small to touch',
    matches: (press) =>
      primary(press) &&
      !altGraph(press) &&
      (isKey(press, '+', '=', '-', '_', '0') || atPlace(press, 'Equal', 'Minus', 'Digit0', 'NumpadAdd', 'NumpadSubtract', 'Numpad0')),
  },
  {
    keys: 'Ctrl/Cmd+P',
    why: "opens the system print dialog: tickets print on the kiosk's own printer, through the host",
    matches: (press) => primary(press) && letter(press, 'p'),
  },
  {
    keys: 'Ctrl/Cmd+S, Ctrl/Cmd+O',
    why: 'opens a file dialog, which browses the kiosk computer',
    matches: (press) => primary(press) && letter(press, 's', 'o'),
  },
  // Before find: Ctrl+Cmd+F is also Cmd+F.
  {
    keys: 'F11, Ctrl+Cmd+F',
    why: 'toggles full screen, which would show the desktop around the kiosk',
    matches: (press) => isKey(press, 'F11') || (press.control && press.meta && letter(press, 'f')),
  },
  {
    keys: 'Ctrl/Cmd+F, Ctrl/Cmd+G, F3',
    why: 'opens the find bar, which a touch screen cannot close',
    matches: (press) => (primary(press) && letter(press, 'f', 'g')) || isKey(press, 'F3'),
  },
  {
    keys: 'Ctrl/Cmd+N, Ctrl/Cmd+T',
    why: 'asks for a new window or tab',
    matches: (press) => primary(press) && letter(press, 'n', 't'),
  },
  {
    keys: 'Ctrl/Cmd+W, Ctrl/Cmd+Q, Ctrl+F4, Alt+F4',
    why: 'closes the kiosk window or quits the kiosk (Alt+F4 only where the desktop lets the window see it first)',
    matches: (press) => (primary(press) && (letter(press, 'w', 'q') || isKey(press, 'F4'))) || (press.alt && isKey(press, 'F4')),
  },
  {
    keys: 'Alt+Left, Alt+Right, Cmd+[, Cmd+], BrowserBack, BrowserForward',
    why: "goes back or forward in the page's history, out of the flow the customer is in",
    matches: (press) =>
      (press.alt && isKey(press, 'ArrowLeft', 'ArrowRight')) ||
      (press.meta && isKey(press, '[', ']')) ||
      isKey(press, 'BrowserBack', 'BrowserForward'),
  },
  {
    keys: 'BrowserHome, BrowserSearch, BrowserFavorites, BrowserStop',
    why: 'the browser keys of some keyboards: each asks for something other than the kiosk page',
    matches: (press) => isKey(press, 'BrowserHome', 'BrowserSearch', 'BrowserFavorites', 'BrowserStop'),
  },
];

/** The shortcut a press belongs to, or undefined when the page may have it. */
export function blockedShortcutOf(press: KeyPress): BlockedShortcut | undefined {
  return blockedShortcuts.find((shortcut) => shortcut.matches(press));
}

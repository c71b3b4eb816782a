// Which key presses a customer's page keeps from Chromium: every browser shortcut is a way out of the
// kiosk or a way to leave its screen broken. Ctrl and Alt are refused unless a field needs them to
// edit text, so a shortcut no one listed here (Chromium adds some every year) is refused too.
// Chromium acts on a few shortcuts before the page sees them (Ctrl+N, Ctrl+T, Ctrl+W, Ctrl+Tab and
// their Shift forms): only a shell can stop those (Electron: electron/main/blocked-shortcuts.ts).

/** A key press as the page sees it: KeyboardEvent's fields, plus whether AltGr is held. */
export interface PagePress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  altGraph: boolean;
}

/** Pressing a modifier alone does nothing yet: the combination is judged when its key comes. */
const modifiers = new Set(['Control', 'Shift', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'NumLock', 'Fn']);

/** Ctrl with these edits the text in a field: select all, copy, cut, paste, undo, redo, move by words. */
const editing = new Set(['KeyA', 'KeyC', 'KeyV', 'KeyX', 'KeyY', 'KeyZ', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'Backspace', 'Delete']);

/** With Shift too, only these still edit: Ctrl+Shift+C opens the element inspector, Ctrl+Shift+Delete the clear-data page. */
const editingWithShift = new Set(['KeyV', 'KeyZ', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

/**
 * A letter is judged by its place and by what it types, which agree on a Latin layout; on another
 * (Arabic, Cyrillic) the place decides, as it does for Chromium's shortcuts.
 */
function isAt(press: PagePress, places: Set<string>): boolean {
  if (!places.has(press.code)) return false;
  return !/^[a-z]$/i.test(press.key) || press.code === `Key${press.key.toUpperCase()}`;
}

/** True when the press is a browser shortcut the page must not let through; `inField` when focus is in a typing field. */
export function isEscapeKey(press: PagePress, inField: boolean): boolean {
  if (modifiers.has(press.key)) return false;
  // F1 help, F3 find, F5 reload, F6 address bar, F7 caret browsing, F10 menu, F11 full screen, F12 developer tools.
  if (/^F\d+$/.test(press.key)) return true;
  // The browser keys of some keyboards (back, forward, refresh, home, search, favourites) and the menu key.
  if (press.key.startsWith('Browser') || press.key === 'ContextMenu') return true;
  // AltGr types characters (@, €, }); Windows reports it as Ctrl+Alt. Ctrl+Alt+S is staff's sign-in chord.
  if (press.altGraph || (press.ctrlKey && press.altKey)) return false;
  if (press.ctrlKey || press.metaKey) return !isAt(press, press.shiftKey ? editingWithShift : editing);
  // Alt+Left and Alt+Right go back and forward, Alt+Home goes home, Alt+D, Alt+E and Alt+F open the address bar and menus.
  if (press.altKey) return true;
  // Outside a field Backspace once meant back, and still does in some browsers.
  return press.key === 'Backspace' && !inField;
}

import { describe, expect, it } from 'vitest';
import { blockedShortcutOf, blockedShortcuts } from '../../../electron/main/blocked-shortcuts.ts';
import { setupLockdown } from '../../../electron/main/lockdown.ts';
import { createFakeElectron } from '../../fakes/electron.ts';
import { keyPress, type FakeKeyPress } from '../../fakes/key-press.ts';

/** A kiosk page under the real lockdown, ready to be typed at. */
function kioskPage() {
  const electron = createFakeElectron();
  setupLockdown({ app: electron.app, menu: electron.Menu, defaultSession: electron.session.defaultSession, allowDevTools: false });
  return new electron.BrowserWindow({}).webContents;
}

/** Each blocked press, named as a person would, with the shortcut it must be caught as. */
const blocked: Array<[name: string, press: FakeKeyPress, shortcut: string]> = [
  ['Ctrl+R', keyPress('Ctrl+R'), 'reload'],
  ['Cmd+R', keyPress('Cmd+R'), 'reload'],
  ['Ctrl+Shift+R', keyPress('Ctrl+Shift+R'), 'reload'],
  ['F5', keyPress('F5'), 'reload'],
  ['Ctrl+F5', keyPress('Ctrl+F5'), 'reload'],
  ['the BrowserRefresh key', keyPress('BrowserRefresh'), 'reload'],
  ['Ctrl+R on an Arabic layout', keyPress('Ctrl+ق', { code: 'KeyR' }), 'reload'],
  ['F12', keyPress('F12'), 'developer tools'],
  ['Ctrl+Shift+I', keyPress('Ctrl+Shift+I'), 'developer tools'],
  ['Ctrl+Shift+J', keyPress('Ctrl+Shift+J'), 'developer tools'],
  ['Ctrl+Shift+C', keyPress('Ctrl+Shift+C'), 'developer tools'],
  ['Cmd+Alt+I', keyPress('Cmd+Alt+ˆ', { code: 'KeyI' }), 'developer tools'],
  ['Ctrl+U', keyPress('Ctrl+U'), 'developer tools'],
  ['Ctrl++', keyPress('Ctrl++'), 'zoom'],
  ['Ctrl+=', keyPress('Ctrl+='), 'zoom'],
  ['Ctrl+-', keyPress('Ctrl+-'), 'zoom'],
  ['Ctrl+0', keyPress('Ctrl+0'), 'zoom'],
  ['Ctrl and the keypad plus', keyPress('Ctrl++', { code: 'NumpadAdd' }), 'zoom'],
  ['Ctrl and the keypad minus', keyPress('Ctrl+-', { code: 'NumpadSubtract' }), 'zoom'],
  ['Ctrl+P', keyPress('Ctrl+P'), 'print'],
  ['Ctrl+Shift+P', keyPress('Ctrl+Shift+P'), 'print'],
  ['Ctrl+S', keyPress('Ctrl+S'), 'file dialog'],
  ['Ctrl+O', keyPress('Ctrl+O'), 'file dialog'],
  ['Ctrl+F', keyPress('Ctrl+F'), 'find'],
  ['Ctrl+G', keyPress('Ctrl+G'), 'find'],
  ['F3', keyPress('F3'), 'find'],
  ['Ctrl+N', keyPress('Ctrl+N'), 'new window'],
  ['Ctrl+Shift+N', keyPress('Ctrl+Shift+N'), 'new window'],
  ['Ctrl+T', keyPress('Ctrl+T'), 'new window'],
  ['Ctrl+W', keyPress('Ctrl+W'), 'close'],
  ['Ctrl+Q', keyPress('Ctrl+Q'), 'close'],
  ['Ctrl+F4', keyPress('Ctrl+F4'), 'close'],
  ['Alt+F4', keyPress('Alt+F4'), 'close'],
  ['Alt+Left', keyPress('Alt+ArrowLeft'), 'history'],
  ['Alt+Right', keyPress('Alt+ArrowRight'), 'history'],
  ['Cmd+[', keyPress('Cmd+['), 'history'],
  ['Cmd+]', keyPress('Cmd+]'), 'history'],
  ['the BrowserBack key', keyPress('BrowserBack'), 'history'],
  ['the BrowserForward key', keyPress('BrowserForward'), 'history'],
  ['the BrowserHome key', keyPress('BrowserHome'), 'browser keys'],
  ['the BrowserSearch key', keyPress('BrowserSearch'), 'browser keys'],
  ['F11', keyPress('F11'), 'full screen'],
  ['Ctrl+Cmd+F', keyPress('Ctrl+Cmd+F'), 'full screen'],
];

/** Presses the kiosk needs: the keypad, the flows, text entry, the readers that type like a keyboard. */
const allowed: Array<[name: string, press: FakeKeyPress]> = [
  ['a letter', keyPress('r')],
  ['a capital letter', keyPress('Shift+R')],
  ['a digit', keyPress('0')],
  ['Enter', keyPress('Enter')],
  ['Escape', keyPress('Escape')],
  ['Backspace', keyPress('Backspace')],
  ['Tab', keyPress('Tab')],
  ['Shift+Tab', keyPress('Shift+Tab')],
  ['an arrow', keyPress('ArrowLeft')],
  ['F1', keyPress('F1')],
  ['@ typed with AltGr+Q on a German layout', keyPress('AltGr+@', { code: 'KeyQ' })],
  ['ś typed with AltGr+S on a Polish layout', keyPress('AltGr+ś', { code: 'KeyS' })],
  ['} typed with AltGr+0 on a German layout', keyPress('AltGr+}', { code: 'Digit0' })],
  ['Ctrl+C', keyPress('Ctrl+C')],
  ['Ctrl+V', keyPress('Ctrl+V')],
  ['Ctrl+A', keyPress('Ctrl+A')],
  ['Ctrl+Z', keyPress('Ctrl+Z')],
];

/** The shortcut of the table a press belongs to, by a word of its `why`. */
const shortcutWords: Record<string, string> = {
  reload: 'reloads',
  'developer tools': 'developer tools',
  zoom: 'zooms',
  print: 'print dialog',
  'file dialog': 'file dialog',
  find: 'find bar',
  'new window': 'new window',
  close: 'closes',
  history: 'history',
  'browser keys': 'browser keys',
  'full screen': 'full screen',
};

describe('the shortcuts a kiosk page never receives', () => {
  it.each(blocked)('blocks %s', (_name, press, shortcut) => {
    const page = kioskPage();
    expect(page.press(press)).toBe(false);
    expect(page.press({ ...press, type: 'keyUp' })).toBe(false);
    expect(blockedShortcutOf(press)?.why).toContain(shortcutWords[shortcut]);
  });

  it.each(allowed)('lets %s through', (_name, press) => {
    const page = kioskPage();
    expect(page.press(press)).toBe(true);
    expect(blockedShortcutOf(press)).toBeUndefined();
  });

  it('tests every shortcut on the list, so none is listed without being tried', () => {
    const tried = new Set(blocked.map(([, press]) => blockedShortcutOf(press)));
    expect(blockedShortcuts.filter((shortcut) => !tried.has(shortcut)).map((shortcut) => shortcut.keys)).toEqual([]);
  });

  it('says why each shortcut is blocked', () => {
    for (const shortcut of blockedShortcuts) expect(shortcut.why.length, shortcut.keys).toBeGreaterThan(20);
  });
});

import { describe, expect, it } from 'vitest';
import { isEscapeKey, type PagePress } from '../../../renderer/kit/escape-keys.ts';

const codesOfKeys: Record<string, string> = { '=': 'Equal', '+': 'Equal', '-': 'Minus', '@': 'Digit2', ' ': 'Space' };

/** A press written as a person names it ('Ctrl+Shift+R', 'Alt+ArrowLeft', 'Ctrl++'), on a US keyboard unless `layout` says what the key types there. */
function press(shortcut: string, layout: Partial<PagePress> = {}): PagePress {
  const parts = shortcut.endsWith('++') ? [...shortcut.slice(0, -2).split('+'), '+'] : shortcut.split('+');
  const key = parts.pop() ?? '';
  const held = new Set(parts);
  const code = /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : /^[0-9]$/.test(key) ? `Digit${key}` : (codesOfKeys[key] ?? key);
  return {
    key,
    code,
    ctrlKey: held.has('Ctrl') || key === 'Control',
    metaKey: held.has('Cmd'),
    altKey: held.has('Alt'),
    shiftKey: held.has('Shift'),
    altGraph: held.has('AltGr'),
    ...layout,
  };
}

describe('the keys a customer page keeps from Chromium', () => {
  it.each([
    ['F5'],
    ['Ctrl+r'],
    ['Ctrl+Shift+R'],
    ['Shift+F5'],
    ['BrowserRefresh'],
    ['F12'],
    ['Ctrl+Shift+I'],
    ['Ctrl+Shift+C'],
    ['Ctrl+u'],
    ['Ctrl+p'],
    ['Ctrl+s'],
    ['Ctrl+o'],
    ['Ctrl+f'],
    ['F3'],
    ['Ctrl+='],
    ['Ctrl++'],
    ['Ctrl+-'],
    ['Ctrl+0'],
    ['Alt+ArrowLeft'],
    ['Alt+ArrowRight'],
    ['BrowserBack'],
    ['Ctrl+n'],
    ['Ctrl+t'],
    ['Ctrl+w'],
    ['Ctrl+Tab'],
    ['Ctrl+PageDown'],
    ['Ctrl+Shift+Delete'],
    ['F11'],
    ['Alt+d'],
    ['ContextMenu'],
    ['Cmd+r'],
  ])('refuses %s', (shortcut) => {
    expect(isEscapeKey(press(shortcut), false)).toBe(true);
    // In a field too: none of these edits text.
    expect(isEscapeKey(press(shortcut), true)).toBe(true);
  });

  it('refuses a shortcut no list names, since Ctrl is refused unless it edits text', () => {
    expect(isEscapeKey(press('Ctrl+Shift+A'), false)).toBe(true);
    expect(isEscapeKey(press('Ctrl+k'), false)).toBe(true);
  });

  it('refuses Backspace outside a field, and lets it delete in one', () => {
    expect(isEscapeKey(press('Backspace'), false)).toBe(true);
    expect(isEscapeKey(press('Backspace'), true)).toBe(false);
  });

  it.each([['a'], ['7'], ['Enter'], ['Escape'], ['Tab'], ['Shift+Tab'], ['ArrowDown'], [' '], ['Ctrl+a'], ['Ctrl+c'], ['Ctrl+v'], ['Ctrl+x'], ['Ctrl+z'], ['Ctrl+Shift+Z'], ['Ctrl+y'], ['Ctrl+ArrowLeft'], ['Ctrl+Shift+ArrowRight'], ['Ctrl+Backspace']])(
    'lets %s through',
    (shortcut) => {
      expect(isEscapeKey(press(shortcut), true)).toBe(false);
    },
  );

  it("lets staff's sign-in chord through, Ctrl+Alt+S", () => {
    expect(isEscapeKey(press('Ctrl+Alt+s'), false)).toBe(false);
  });

  it('lets a character typed with AltGr through, however the system reports it', () => {
    expect(isEscapeKey(press('AltGr+@'), true)).toBe(false);
    // Windows: AltGr arrives as Ctrl+Alt.
    expect(isEscapeKey(press('Ctrl+Alt+@'), true)).toBe(false);
  });

  it('judges nothing on a modifier pressed alone', () => {
    expect(isEscapeKey(press('Control'), false)).toBe(false);
    expect(isEscapeKey(press('Alt+Alt'), false)).toBe(false);
  });

  it('judges a letter by its place on a layout without Latin letters, as Chromium does', () => {
    // Arabic: Ctrl with the key that is R on a US keyboard still reloads; the one that is C still copies.
    expect(isEscapeKey(press('Ctrl+r', { key: 'ق' }), true)).toBe(true);
    expect(isEscapeKey(press('Ctrl+c', { key: 'ؤ' }), true)).toBe(false);
  });

  it("does not take a Latin letter typed at an editing key's place for that editing key", () => {
    // French AZERTY: Q sits where US A does, and Ctrl+Q is no select-all.
    expect(isEscapeKey(press('Ctrl+q', { code: 'KeyA' }), true)).toBe(true);
  });
});

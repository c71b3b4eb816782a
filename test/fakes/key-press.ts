// Key presses as Electron's before-input-event describes them, written the way a person names a
// shortcut: keyPress('Ctrl+Shift+R'), keyPress('Alt+F4'), keyPress('Ctrl++').
import type { Input } from 'electron';

export type FakeKeyPress = Pick<Input, 'type' | 'key' | 'code' | 'control' | 'meta' | 'alt' | 'shift' | 'isAutoRepeat' | 'isComposing' | 'location' | 'modifiers'>;

const modifierNames = { Ctrl: 'control', Cmd: 'meta', Meta: 'meta', Alt: 'alt', Shift: 'shift' } as const;

const codesOfKeys: Record<string, string> = { '=': 'Equal', '+': 'Equal', '-': 'Minus', _: 'Minus', '[': 'BracketLeft', ']': 'BracketRight', ' ': 'Space' };

/** The physical key a US keyboard would use to type `key`. */
function codeOf(key: string): string {
  if (/^[a-z]$/i.test(key)) return `Key${key.toUpperCase()}`;
  if (/^[0-9]$/.test(key)) return `Digit${key}`;
  return codesOfKeys[key] ?? key;
}

/** `AltGr` stands for Ctrl+Alt, as Windows reports it. `overrides` sets what a layout changes (key, code). */
export function keyPress(shortcut: string, overrides: Partial<FakeKeyPress> = {}): FakeKeyPress {
  // A trailing '+' is the plus key itself: 'Ctrl++'.
  const parts = shortcut.endsWith('++') ? [...shortcut.slice(0, -2).split('+'), '+'] : shortcut.split('+');
  const key = parts.pop() ?? '';
  const press: FakeKeyPress = {
    type: 'keyDown',
    key,
    code: codeOf(key),
    control: false,
    meta: false,
    alt: false,
    shift: false,
    isAutoRepeat: false,
    isComposing: false,
    location: 0,
    modifiers: [],
  };
  for (const part of parts) {
    if (part === 'AltGr') {
      press.control = true;
      press.alt = true;
    } else if (part in modifierNames) {
      press[modifierNames[part as keyof typeof modifierNames]] = true;
    } else {
      throw new Error(`unknown modifier '${part}' in '${shortcut}'`);
    }
  }
  press.modifiers = (['control', 'meta', 'alt', 'shift'] as const).filter((modifier) => press[modifier]);
  return { ...press, ...overrides };
}

// What each key of an audio-navigation keypad means to the kiosk. The keypad is a small USB keyboard:
// digits, previous and next (arrows), enter, back (Escape, or Backspace where it deletes nothing),
// help (F1), repeat (the keypad's *) and volume (its + and -).

type KeypadKey = 'previous' | 'next' | 'enter' | 'back' | 'help' | 'repeat' | 'louder' | 'quieter';

export type KeypadAction = { kind: KeypadKey } | { kind: 'digit'; digit: number };

/** A key press as the keypad sends it: KeyboardEvent's key and code. */
export interface KeypadPress {
  key: string;
  code: string;
}

/** Where the press lands: in a typing field, and whether that field holds any text. */
export interface KeypadFocus {
  inField: boolean;
  fieldHasText: boolean;
}

const named: Record<string, KeypadKey> = {
  ArrowUp: 'previous',
  ArrowLeft: 'previous',
  ArrowDown: 'next',
  ArrowRight: 'next',
  Enter: 'enter',
  Escape: 'back',
  F1: 'help',
};

/** The keypad's own keys, known by their place: a keyboard's * + - on the main block still type. */
const byCode: Record<string, KeypadKey> = {
  NumpadMultiply: 'repeat',
  NumpadAdd: 'louder',
  NumpadSubtract: 'quieter',
};

/** The keypad action of a press, or null for a key the keypad leaves to the page (letters, Tab, editing). */
export function keypadAction(press: KeypadPress, focus: KeypadFocus): KeypadAction | null {
  const byPlace = byCode[press.code];
  if (byPlace) return { kind: byPlace };
  const kind = named[press.key];
  if (kind) return { kind };
  // In a field with text Backspace deletes, as on any keyboard; elsewhere it is the keypad's back.
  if (press.key === 'Backspace') return focus.inField && focus.fieldHasText ? null : { kind: 'back' };
  if (/^[0-9]$/.test(press.key) && /^(Digit|Numpad)[0-9]$/.test(press.code)) return { kind: 'digit', digit: Number(press.key) };
  return null;
}

/**
 * Whether this press, keypad mode being off, turns it on. Arrows, help, repeat and volume mean
 * nothing else on the kiosk; Enter and Escape do only when focus is on a control, so with nothing
 * focused they are the keypad's too. Digits and Backspace type and delete as on a keyboard.
 */
export function startsKeypad(press: KeypadPress, action: KeypadAction, nothingFocused: boolean): boolean {
  switch (action.kind) {
    case 'digit':
      return false;
    case 'enter':
      return nothingFocused;
    case 'back':
      return press.key === 'Escape' && nothingFocused;
    default:
      return true;
  }
}

/** The Nth choice a digit picks: 1 is the first, 0 the tenth. */
export function choiceIndex(digit: number): number {
  return digit === 0 ? 9 : digit - 1;
}

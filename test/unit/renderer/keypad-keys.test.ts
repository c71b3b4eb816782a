import { describe, expect, it } from 'vitest';
import { choiceIndex, keypadAction, startsKeypad, type KeypadFocus } from '../../../renderer/kiosk/accessibility/keypad-keys.ts';

const onScreen: KeypadFocus = { inField: false, fieldHasText: false };
const inFieldWithText: KeypadFocus = { inField: true, fieldHasText: true };
const inEmptyField: KeypadFocus = { inField: true, fieldHasText: false };

describe("the keypad's keys", () => {
  it.each([
    ['ArrowUp', 'ArrowUp', 'previous'],
    ['ArrowLeft', 'ArrowLeft', 'previous'],
    ['ArrowDown', 'ArrowDown', 'next'],
    ['ArrowRight', 'ArrowRight', 'next'],
    // The numeric block with Num Lock off sends arrows from its digit keys.
    ['ArrowUp', 'Numpad8', 'previous'],
    ['Enter', 'Enter', 'enter'],
    ['Enter', 'NumpadEnter', 'enter'],
    ['Escape', 'Escape', 'back'],
    ['F1', 'F1', 'help'],
    ['*', 'NumpadMultiply', 'repeat'],
    ['+', 'NumpadAdd', 'louder'],
    ['-', 'NumpadSubtract', 'quieter'],
  ])('reads %s (%s) as %s', (key, code, kind) => {
    expect(keypadAction({ key, code }, onScreen)).toEqual({ kind });
    // The same in a field: the keypad has no other way out of one.
    expect(keypadAction({ key, code }, inFieldWithText)).toEqual({ kind });
  });

  it('reads digits from the main row and from the numeric block', () => {
    expect(keypadAction({ key: '7', code: 'Digit7' }, onScreen)).toEqual({ kind: 'digit', digit: 7 });
    expect(keypadAction({ key: '0', code: 'Numpad0' }, onScreen)).toEqual({ kind: 'digit', digit: 0 });
  });

  it('leaves a keyboard’s own *, + and - and its letters to the page', () => {
    expect(keypadAction({ key: '*', code: 'Digit8' }, onScreen)).toBeNull();
    expect(keypadAction({ key: '+', code: 'Equal' }, inFieldWithText)).toBeNull();
    expect(keypadAction({ key: '-', code: 'Minus' }, inFieldWithText)).toBeNull();
    expect(keypadAction({ key: 'a', code: 'KeyA' }, onScreen)).toBeNull();
    expect(keypadAction({ key: 'Tab', code: 'Tab' }, onScreen)).toBeNull();
  });

  it('deletes with Backspace in a field with text, and goes back with it anywhere else', () => {
    expect(keypadAction({ key: 'Backspace', code: 'Backspace' }, inFieldWithText)).toBeNull();
    expect(keypadAction({ key: 'Backspace', code: 'Backspace' }, inEmptyField)).toEqual({ kind: 'back' });
    expect(keypadAction({ key: 'Backspace', code: 'Backspace' }, onScreen)).toEqual({ kind: 'back' });
  });
});

describe('turning keypad mode on', () => {
  const press = (key: string, code = key) => ({ press: { key, code }, action: keypadAction({ key, code }, onScreen) });

  it('turns on at the first arrow, help, repeat or volume key, wherever focus is', () => {
    for (const { press: pressed, action } of [press('ArrowDown'), press('ArrowLeft'), press('F1'), press('*', 'NumpadMultiply'), press('+', 'NumpadAdd')]) {
      expect(action && startsKeypad(pressed, action, false)).toBe(true);
    }
  });

  it('turns on at Enter or Escape only while nothing is focused: on a control they are a keyboard’s', () => {
    for (const { press: pressed, action } of [press('Enter'), press('Escape')]) {
      expect(action && startsKeypad(pressed, action, true)).toBe(true);
      expect(action && startsKeypad(pressed, action, false)).toBe(false);
    }
  });

  it('never turns on at a digit or Backspace, which type and delete as on a keyboard', () => {
    for (const { press: pressed, action } of [press('5', 'Digit5'), press('Backspace')]) {
      expect(action && startsKeypad(pressed, action, true)).toBe(false);
    }
  });
});

describe('numbered choices', () => {
  it('counts from 1, with 0 for the tenth', () => {
    expect([1, 2, 9, 0].map(choiceIndex)).toEqual([0, 1, 8, 9]);
  });
});

import { describe, expect, it } from 'vitest';
import { followUpShortcuts, isTypingTarget, shortcutFor, shortcuts, type KeyPress } from '../../../renderer/console/counter/shortcuts.ts';

const press = (key: string, changes: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, altKey: false, metaKey: false, repeat: false, ...changes });
const button = { tagName: 'BUTTON' };

describe('the console keys', () => {
  it('give every action its own key, the follow-up keys included', () => {
    const keys = [...Object.values(shortcuts), ...Object.values(followUpShortcuts)].map((key) => key.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('map each letter to its action, in either case, wherever focus is on no field', () => {
    expect(shortcutFor(press('n'), null)).toBe('callNext');
    expect(shortcutFor(press('N'), button)).toBe('callNext');
    expect(shortcutFor(press('d'), { tagName: 'BODY' })).toBe('served');
    expect(shortcutFor(press('a'), button)).toBe('acknowledge');
    expect(shortcutFor(press('?'), button)).toBe('shortcuts');
    expect(shortcutFor(press('1'), button)).toBe('servedResolved');
    expect(shortcutFor(press('Escape'), button)).toBe('skipFollowUp');
    expect(shortcutFor(press('q'), button)).toBeNull();
  });

  it('never fire while typing in a text field, a text area, a select or editable text', () => {
    for (const target of [
      { tagName: 'INPUT', type: 'text' },
      { tagName: 'input', type: 'password' },
      { tagName: 'INPUT', type: 'search' },
      { tagName: 'INPUT' },
      { tagName: 'TEXTAREA' },
      { tagName: 'SELECT' },
      { tagName: 'DIV', isContentEditable: true },
    ]) {
      expect(isTypingTarget(target), JSON.stringify(target)).toBe(true);
      expect(shortcutFor(press('n'), target), JSON.stringify(target)).toBeNull();
    }
  });

  it('still fire on a checkbox, a radio button or a button, which take no text', () => {
    for (const target of [{ tagName: 'INPUT', type: 'checkbox' }, { tagName: 'INPUT', type: 'radio' }, button]) {
      expect(shortcutFor(press('x'), target)).toBe('noShow');
    }
  });

  it('leave keys with Ctrl, Alt or Meta to the browser, and do not repeat an action while a key is held', () => {
    expect(shortcutFor(press('r', { ctrlKey: true }), button)).toBeNull();
    expect(shortcutFor(press('r', { altKey: true }), button)).toBeNull();
    expect(shortcutFor(press('r', { metaKey: true }), button)).toBeNull();
    expect(shortcutFor(press('n', { repeat: true }), button)).toBeNull();
  });
});

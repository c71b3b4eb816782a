// Keypad mode: the kiosk driven with the 12 keys of an audio-navigation keypad. The first keypad
// key turns the mode on, and speech with it, so a blind customer who finds the keypad hears the
// kiosk at once; then previous and next walk the controls of the top layer, enter presses, back
// leaves, digits pick a numbered choice, help says where you are (twice: calls a person), and the
// keypad's * and +/- repeat and set the volume.
import { requestHelp } from '../help/help-actions.ts';
import type { Kiosk } from '../kiosk.ts';
import { currentScreen } from '../kiosk-selectors.ts';
import { switchMode } from './accessibility-actions.ts';
import { volumeStep } from './accessibility-store.ts';
import { keypadAction, startsKeypad, type KeypadAction } from './keypad-keys.ts';
import { focusOnlyField, moveFocus, nothingFocused, pressBack, pressChoice, typingField, usesOwnArrows } from './keypad-page.ts';
import './keypad.css';

/** A second press of help within this long calls a person; a lone press only says where you are. */
const helpAgainMs = 4000;

export function installKeypad(kiosk: Kiosk, page: Window): () => void {
  const { document } = page;
  let helpPressedAt = Number.NEGATIVE_INFINITY;

  function help(): void {
    const now = kiosk.now();
    if (now - helpPressedAt <= helpAgainMs && kiosk.help.getState().status === 'closed') {
      helpPressedAt = Number.NEGATIVE_INFINITY;
      void requestHelp(kiosk, currentScreen(kiosk));
      return;
    }
    helpPressedAt = now;
    page.dispatchEvent(new CustomEvent('atiende:where-am-i'));
  }

  function changeVolume(step: number): void {
    const { volume, volumeChanged } = kiosk.accessibility.getState();
    volumeChanged(volume + step);
  }

  /** Does what the key means; false leaves the press to the page (Enter on a control, a digit in a field). */
  function act(action: KeypadAction, event: KeyboardEvent): boolean {
    switch (action.kind) {
      case 'previous':
      case 'next':
        moveFocus(document, action.kind);
        return true;
      case 'enter':
        // On a control, Enter is the browser's own press (a button, a form's submit).
        if (!nothingFocused(document)) return false;
        moveFocus(document, 'next');
        return true;
      case 'back':
        return pressBack(document);
      case 'help':
        if (!event.repeat) help();
        return true;
      case 'repeat':
        page.dispatchEvent(new CustomEvent('atiende:repeat'));
        return true;
      case 'louder':
      case 'quieter':
        changeVolume(action.kind === 'louder' ? volumeStep : -volumeStep);
        return true;
      case 'digit':
        if (typingField(document.activeElement) !== null) return false;
        if (pressChoice(document, action.digit)) return true;
        // Not a choice: the digit is typed, into the screen's field if it has one.
        focusOnlyField(document);
        return false;
    }
  }

  function keyDown(event: KeyboardEvent): void {
    // Chords are a keyboard's (staff's Ctrl+Alt+S, editing); the keypad sends single keys.
    if (event.ctrlKey || event.altKey || event.metaKey || event.shiftKey || event.isComposing) return;
    const active = document.activeElement;
    const field = typingField(active);
    const action = keypadAction(event, { inField: field !== null, fieldHasText: (field?.value ?? '') !== '' });
    if (!action) return;
    if ((action.kind === 'previous' || action.kind === 'next') && usesOwnArrows(active)) return;
    if (!kiosk.accessibility.getState().modes.keypad) {
      if (!startsKeypad(event, action, nothingFocused(document))) return;
      switchMode(kiosk, 'keypad', true, 'keypad');
      switchMode(kiosk, 'speech', true, 'keypad');
    }
    if (!act(action, event)) return;
    event.preventDefault();
    // The page's own key handlers (a dialog's Escape, the scanner's typing) must not act on it twice.
    event.stopPropagation();
  }

  // Capture on the window: ahead of every handler of the page, beside the lockdown's (which has
  // already cancelled F1 and a Backspace outside a field, and stops them going further).
  page.addEventListener('keydown', keyDown, { capture: true });
  return () => page.removeEventListener('keydown', keyDown, { capture: true });
}

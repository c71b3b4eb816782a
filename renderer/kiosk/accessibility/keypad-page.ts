// What the keypad finds on the page: the layer on top (an open dialog or a coach mark, else the
// screen), its controls in order, its "back" control, its numbered choices, and the field in focus.
import { isTabbable, tabbable, type FocusableElement } from 'tabbable';
import { choiceIndex } from './keypad-keys.ts';
import { movedIndex, type FocusPlace } from './keypad-order.ts';

/** Inputs that take typed text; the rest (buttons, boxes, ranges) are controls like any other. */
const notTyping = new Set(['button', 'checkbox', 'color', 'file', 'image', 'radio', 'range', 'reset', 'submit']);

/** Controls whose own arrow keys pick a value: there the arrows stay theirs (staff's dialogs; no customer screen has one). */
const ownArrows = 'select, input[type=radio], input[type=range], [role=radio], [role=slider], [role=tab], [role=option], [role=menuitem]';

export function typingField(element: Element | null): HTMLInputElement | HTMLTextAreaElement | null {
  if (element instanceof HTMLTextAreaElement) return element;
  return element instanceof HTMLInputElement && !notTyping.has(element.type) ? element : null;
}

export function usesOwnArrows(element: Element | null): boolean {
  return element?.matches(ownArrows) ?? false;
}

/** Focus on the page, or on its heading, or on anything else that is not a control. */
export function nothingFocused(document: Document): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || !isTabbable(active);
}

/**
 * The top-most modal layer: an open modal <dialog> (the browser makes all else inert), else the last
 * visible element that says it is modal (a coach mark), else none: the screen itself.
 */
function topLayer(document: Document): Element | null {
  const dialogs = [...document.querySelectorAll('dialog')].filter((dialog) => dialog.matches(':modal'));
  if (dialogs.length > 0) return dialogs.at(-1) ?? null;
  return [...document.querySelectorAll('[aria-modal="true"]')].filter((layer) => layer.checkVisibility()).at(-1) ?? null;
}

function controlsOf(document: Document): { root: Element; controls: FocusableElement[] } {
  const root = topLayer(document) ?? document.body;
  return { root, controls: tabbable(root) };
}

function placeOf(root: Element, controls: FocusableElement[], active: Element | null): FocusPlace {
  const at = active ? controls.indexOf(active as FocusableElement) : -1;
  if (at >= 0) return { at };
  if (!active || !root.contains(active) || active === root) return { after: 0 };
  // Focus on a heading or some other part of the layer: the controls before it in the page.
  return { after: controls.filter((control) => control.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING).length };
}

/** Moves focus to the previous or next control of the top layer, round at either end, and shows it. */
export function moveFocus(document: Document, direction: 'previous' | 'next'): void {
  const { root, controls } = controlsOf(document);
  const target = controls[movedIndex(controls.length, placeOf(root, controls, document.activeElement), direction)];
  if (!target) return;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/**
 * Back: the top layer's control marked data-keypad-back, or for a dialog without one, what Escape
 * does there (its cancel). False when the screen has no way back (the attract loop, a last step).
 */
export function pressBack(document: Document): boolean {
  const layer = topLayer(document);
  const marked = [...(layer ?? document).querySelectorAll<HTMLElement>('[data-keypad-back]')].find(
    (control) => control.checkVisibility() && (layer !== null || control.closest('[aria-modal="true"]') === null),
  );
  if (marked) {
    marked.click();
    return true;
  }
  if (layer instanceof HTMLDialogElement) {
    layer.dispatchEvent(new Event('cancel', { cancelable: true }));
    return true;
  }
  return false;
}

/** Digit N on a screen of choices (a step's options, the languages, a rating): presses the Nth; false when there is none. */
export function pressChoice(document: Document, digit: number): boolean {
  const root = topLayer(document) ?? document.body;
  const list = [...root.querySelectorAll('[data-keypad-choices]')].find((candidate) => candidate.checkVisibility());
  const choice = list ? tabbable(list)[choiceIndex(digit)] : undefined;
  if (!(choice instanceof HTMLElement)) return false;
  choice.focus({ preventScroll: true });
  choice.click();
  return true;
}

/**
 * A digit pressed away from the step's one field (focus on the heading, a key of the kiosk's
 * keyboard): focus goes to the field first, so the digit lands in it.
 */
export function focusOnlyField(document: Document): void {
  const root = topLayer(document) ?? document.body;
  const fields = [...root.querySelectorAll('input, textarea')].filter((field) => typingField(field) !== null && field.checkVisibility());
  const [field] = fields;
  if (fields.length === 1 && field instanceof HTMLElement) field.focus({ preventScroll: true });
}

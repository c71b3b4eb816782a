// Keeps Tab inside a modal dialog at both ends. The browser already keeps the screen behind out of
// reach, but Tab past the last control (or Shift+Tab before the first) leaves the page for the
// browser's own frame, where a kiosk has nothing to show: it goes round to the other end instead.
import type { KeyboardEvent } from 'react';

const focusable = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]';

/** Only the chosen radio of a group is a Tab stop; hidden and `tabindex="-1"` elements are none. */
function isTabStop(element: HTMLElement): boolean {
  if (element.tabIndex < 0 || !element.checkVisibility()) return false;
  return !(element instanceof HTMLInputElement && element.type === 'radio' && !element.checked);
}

export function keepTabInside(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
  const stops = [...event.currentTarget.querySelectorAll<HTMLElement>(focusable)].filter(isTabStop);
  const first = stops[0];
  const last = stops.at(-1);
  if (!first || !last) return;
  const leaving = event.shiftKey ? document.activeElement === first : document.activeElement === last;
  if (!leaving) return;
  event.preventDefault();
  (event.shiftKey ? last : first).focus();
}

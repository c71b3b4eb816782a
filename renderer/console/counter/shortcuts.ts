// The console's keys: one per action, shown on its button. A key typed into a field is text, never
// an action, and a key held down does not repeat an action.

export const shortcuts = {
  callNext: 'N',
  recall: 'R',
  startServing: 'S',
  served: 'D',
  noShow: 'X',
  callTicket: 'C',
  transfer: 'T',
  pause: 'P',
  open: 'O',
  close: 'L',
  postDelay: 'Y',
  acknowledge: 'A',
  shortcuts: '?',
} as const;

/** Keys that only mean something while the follow-up of a ticket just served shows. */
export const followUpShortcuts = {
  servedResolved: '1',
  servedPending: '2',
  servicesGiven: '3',
  skipFollowUp: 'Escape',
} as const;

export type ShortcutCommand = keyof typeof shortcuts | keyof typeof followUpShortcuts;

/** The parts of a KeyboardEvent the map reads, so tests need no DOM. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  repeat: boolean;
}

/** The parts of an element that tell whether keys typed there are text. */
export interface KeyTarget {
  tagName: string;
  type?: string;
  isContentEditable?: boolean;
}

const byKey = new Map<string, ShortcutCommand>(
  [...Object.entries(shortcuts), ...Object.entries(followUpShortcuts)].map(([command, key]) => [key.toLowerCase(), command as ShortcutCommand]),
);

/** Inputs that take no typed text: keys pressed on them are free to be shortcuts. */
const keylessInputs = new Set(['button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color', 'file', 'image']);

export function isTypingTarget(target: KeyTarget | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName.toUpperCase();
  // A select takes letters too: they jump to the option that starts with them.
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !keylessInputs.has((target.type ?? 'text').toLowerCase());
}

export function shortcutFor(press: KeyPress, target: KeyTarget | null): ShortcutCommand | null {
  if (press.ctrlKey || press.altKey || press.metaKey || press.repeat) return null;
  if (isTypingTarget(target)) return null;
  return byKey.get(press.key.toLowerCase()) ?? null;
}

/** The element a key event was typed into, as the map reads it. */
export function keyTargetOf(target: EventTarget | null): KeyTarget | null {
  if (!(target instanceof HTMLElement)) return null;
  return { tagName: target.tagName, type: target instanceof HTMLInputElement ? target.type : undefined, isContentEditable: target.isContentEditable };
}

// Puts the display modes on <html> as data attributes, which the stylesheets follow:
// data-large-text, data-high-contrast, data-low-reach (and data-keypad, data-speech for focus styling).
import type { AccessibilityStore, ModeSwitches } from './accessibility-store.ts';

const attributes: Record<keyof ModeSwitches, string> = {
  speech: 'data-speech',
  keypad: 'data-keypad',
  largeText: 'data-large-text',
  highContrast: 'data-high-contrast',
  lowReach: 'data-low-reach',
};

export function followDisplayModes(store: AccessibilityStore, root: HTMLElement): () => void {
  function apply(modes: ModeSwitches): void {
    for (const [mode, attribute] of Object.entries(attributes) as [keyof ModeSwitches, string][]) {
      root.toggleAttribute(attribute, modes[mode]);
    }
  }
  apply(store.getState().modes);
  return store.subscribe((state, previous) => {
    if (state.modes !== previous.modes) apply(state.modes);
  });
}

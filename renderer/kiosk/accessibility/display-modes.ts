// Puts the display modes on <html> as data attributes, which the stylesheets follow:
// data-large-text, data-high-contrast, data-low-reach (and data-keypad, data-speech for focus styling);
// and sizes large text for this screen as the CSS variable --large-text-root (see text-size.ts).
import type { Kiosk } from '../kiosk.ts';
import { profileOf } from '../kiosk-status-store.ts';
import type { ModeSwitches } from './accessibility-store.ts';
import { largeTextRootPx } from './text-size.ts';
import './display-modes.css';

const attributes: Record<keyof ModeSwitches, string> = {
  speech: 'data-speech',
  keypad: 'data-keypad',
  largeText: 'data-large-text',
  highContrast: 'data-high-contrast',
  lowReach: 'data-low-reach',
};

/** The store config's default, until the kiosk's profile has come. */
const defaultDiagonalInches = 32;

/**
 * The share of the font size the kiosk font's capital H stands, from the font itself; DejaVu Sans
 * and most sans-serifs stand about 0.73, which is taken if the canvas cannot tell.
 */
function capRatioOf(root: HTMLElement): number {
  const context = root.ownerDocument.createElement('canvas').getContext('2d');
  if (!context) return 0.73;
  const family = getComputedStyle(root).fontFamily;
  context.font = `100px ${family}`;
  const ascent = context.measureText('H').actualBoundingBoxAscent;
  return ascent > 0 ? ascent / 100 : 0.73;
}

export function followDisplayModes(kiosk: Pick<Kiosk, 'accessibility' | 'status'>, root: HTMLElement): () => void {
  const view = root.ownerDocument.defaultView;
  const capRatio = capRatioOf(root);

  function apply(modes: ModeSwitches): void {
    for (const [mode, attribute] of Object.entries(attributes) as [keyof ModeSwitches, string][]) {
      root.toggleAttribute(attribute, modes[mode]);
    }
  }

  // window.screen is the whole panel in CSS pixels; it changes when the kiosk turns or moves display.
  let sized = '';
  function size(): void {
    if (!view) return;
    const diagonal = profileOf(kiosk.status.getState())?.accessibility.screenDiagonalInches ?? defaultDiagonalInches;
    const rootPx = `${largeTextRootPx({ width: view.screen.width, height: view.screen.height }, diagonal, capRatio).toFixed(2)}px`;
    if (rootPx === sized) return;
    sized = rootPx;
    root.style.setProperty('--large-text-root', rootPx);
  }

  apply(kiosk.accessibility.getState().modes);
  size();
  view?.addEventListener('resize', size);
  const stopModes = kiosk.accessibility.subscribe((state, previous) => {
    if (state.modes !== previous.modes) apply(state.modes);
  });
  const stopSize = kiosk.status.subscribe(size);
  return () => {
    stopModes();
    stopSize();
    view?.removeEventListener('resize', size);
  };
}

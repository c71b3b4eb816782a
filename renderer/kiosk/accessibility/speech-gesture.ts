// Spots the gesture that turns speech on or off: two fingers held still anywhere on the screen for
// two seconds. A blind customer cannot find a button, but can put two fingers on the glass; no
// tap, swipe or pinch lasts that long with two fingers. Staff's corner hold is one finger, and a
// second finger cancels it, so the two never both fire.
import type { Timers } from '../../kit/timers.ts';

export const speechGestureHoldMs = 2000;
/** How far a held finger may drift (a trembling hand) and still count as held. */
const holdSlopPx = 24;

export interface TouchAt {
  id: number;
  x: number;
  y: number;
}

export interface TwoFingerHold {
  pressed(touch: TouchAt): void;
  moved(touch: TouchAt): void;
  /** The finger was lifted or the browser took it. */
  released(touchId: number): void;
  stop(): void;
}

export function createTwoFingerHold(timers: Timers, onHold: () => void): TwoFingerHold {
  const down = new Map<number, { x: number; y: number }>();
  let cancelHold: (() => void) | null = null;
  /** The hold fired: nothing more until every finger is off the glass. */
  let spent = false;

  function letGo(): void {
    cancelHold?.();
    cancelHold = null;
  }

  return {
    pressed({ id, x, y }) {
      down.set(id, { x, y });
      letGo();
      // Exactly two: a third finger or a palm is not the gesture.
      if (down.size !== 2 || spent) return;
      cancelHold = timers.after(speechGestureHoldMs, () => {
        cancelHold = null;
        spent = true;
        onHold();
      });
    },
    moved({ id, x, y }) {
      const start = down.get(id);
      if (!start || !cancelHold) return;
      if (Math.hypot(x - start.x, y - start.y) > holdSlopPx) letGo();
    },
    released(touchId) {
      if (!down.delete(touchId)) return;
      letGo();
      if (down.size === 0) spent = false;
    },
    stop() {
      letGo();
      down.clear();
      spent = false;
    },
  };
}

// Spots the hidden gesture that opens staff sign-in: a press held still for some seconds in one
// corner of the screen, longer than any customer's touch. It only watches; every touch still
// reaches whatever is under it.
import type { KioskProfile } from '../../../shared/host-api/contract.ts';
import type { Timers } from '../../kit/timers.ts';

export type StaffGesture = NonNullable<KioskProfile['staffGesture']>;
export type StaffCorner = StaffGesture['corner'];

/** The invisible target's side: a fingertip's width from the screen's edges. */
const cornerTargetPx = 96;
/** How far a held finger may drift and still count as held: a swipe is not a hold. */
const holdSlopPx = 10;

export interface PointerAt {
  id: number;
  x: number;
  y: number;
}

export interface ScreenShape {
  width: number;
  height: number;
  direction: 'ltr' | 'rtl';
}

export interface CornerHoldDeps {
  gesture: StaffGesture;
  timers: Timers;
  /** The screen when a press starts: start and end follow the writing direction. */
  screen: () => ScreenShape;
  onHold: () => void;
}

export interface CornerHold {
  pressed(pointer: PointerAt): void;
  moved(pointer: PointerAt): void;
  /** The pointer was lifted or the browser took it (a scroll, a cancel). */
  released(pointerId: number): void;
  stop(): void;
}

export function isInCorner(corner: StaffCorner, { x, y }: Pick<PointerAt, 'x' | 'y'>, { width, height, direction }: ScreenShape): boolean {
  const top = corner === 'topStart' || corner === 'topEnd';
  const start = corner === 'topStart' || corner === 'bottomStart';
  const left = start === (direction === 'ltr');
  const inRow = top ? y < cornerTargetPx : y >= height - cornerTargetPx;
  const inColumn = left ? x < cornerTargetPx : x >= width - cornerTargetPx;
  return inRow && inColumn;
}

export function createCornerHold({ gesture, timers, screen, onHold }: CornerHoldDeps): CornerHold {
  let press: { id: number; x: number; y: number; cancel: () => void } | null = null;

  function letGo(): void {
    press?.cancel();
    press = null;
  }

  return {
    pressed(pointer) {
      // A second finger anywhere is not the gesture: a palm, or two customers.
      if (press) return letGo();
      if (!isInCorner(gesture.corner, pointer, screen())) return;
      const cancel = timers.after(gesture.holdSeconds * 1000, () => {
        press = null;
        onHold();
      });
      press = { id: pointer.id, x: pointer.x, y: pointer.y, cancel };
    },
    moved(pointer) {
      if (!press || pointer.id !== press.id) return;
      if (Math.hypot(pointer.x - press.x, pointer.y - press.y) > holdSlopPx) letGo();
    },
    released(pointerId) {
      if (press?.id === pointerId) letGo();
    },
    stop: letGo,
  };
}

/** The keyboard's way in for staff with a keyboard attached: Ctrl+Alt+S, by the key's place, whatever the layout. */
export function isStaffChord(event: Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'altKey' | 'metaKey'>): boolean {
  return event.code === 'KeyS' && event.ctrlKey && event.altKey && !event.metaKey;
}

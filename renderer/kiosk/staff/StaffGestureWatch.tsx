// Watches every screen for the hidden staff gesture (a long press in the configured corner) and its
// keyboard chord, Ctrl+Alt+S, and opens staff sign-in when either comes. It shows nothing and takes
// nothing: it listens on the document in the capture phase, passively, so every touch still
// reaches what is under it.
import { useEffect } from 'react';
import { useKiosk, useKioskSlice } from '../kiosk-context.ts';
import { profileOf } from '../kiosk-status-store.ts';
import { createCornerHold, isStaffChord } from './corner-hold.ts';
import { openStaffSignIn } from './staff-actions.ts';

export function StaffGestureWatch() {
  const kiosk = useKiosk();
  // Primitives, so a new profile object with the same gesture does not drop a hold under way.
  const corner = useKioskSlice('status', (status) => profileOf(status)?.staffGesture?.corner ?? null);
  const holdSeconds = useKioskSlice('status', (status) => profileOf(status)?.staffGesture?.holdSeconds ?? 0);

  useEffect(() => {
    // A store without staff sign-in has no gesture at all.
    if (!corner) return;
    const hold = createCornerHold({
      gesture: { corner, holdSeconds },
      timers: kiosk.timers,
      screen: () => ({
        width: document.documentElement.clientWidth,
        height: document.documentElement.clientHeight,
        direction: document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr',
      }),
      onHold: () => openStaffSignIn(kiosk),
    });
    const pressed = (event: PointerEvent) => hold.pressed({ id: event.pointerId, x: event.clientX, y: event.clientY });
    const moved = (event: PointerEvent) => hold.moved({ id: event.pointerId, x: event.clientX, y: event.clientY });
    const released = (event: PointerEvent) => hold.released(event.pointerId);
    const keyDown = (event: KeyboardEvent) => {
      if (!isStaffChord(event)) return;
      event.preventDefault();
      openStaffSignIn(kiosk);
    };
    const options = { capture: true, passive: true };
    document.addEventListener('pointerdown', pressed, options);
    document.addEventListener('pointermove', moved, options);
    document.addEventListener('pointerup', released, options);
    document.addEventListener('pointercancel', released, options);
    document.addEventListener('keydown', keyDown, { capture: true });
    return () => {
      hold.stop();
      document.removeEventListener('pointerdown', pressed, options);
      document.removeEventListener('pointermove', moved, options);
      document.removeEventListener('pointerup', released, options);
      document.removeEventListener('pointercancel', released, options);
      document.removeEventListener('keydown', keyDown, { capture: true });
    };
  }, [kiosk, corner, holdSeconds]);

  return null;
}

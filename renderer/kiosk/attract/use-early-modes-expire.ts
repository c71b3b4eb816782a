// Modes switched on in the attract loop's options wait there for the session they are meant for;
// a customer who walks away before starting one must not leave large text or high contrast to the
// next. With no touch or key for a session's whole quiet time and warning (lengthened as in a
// mode), they go, as they would at a session's end.
import { useEffect } from 'react';
import { anyModeOn } from '../accessibility/accessibility-store.ts';
import { endModes } from '../accessibility/accessibility-actions.ts';
import { useKiosk, useKioskSlice } from '../kiosk-context.ts';
import { profileOf } from '../kiosk-status-store.ts';
import { idleLimits } from '../idle/time-limits.ts';

const activityEvents = ['pointerdown', 'keydown'] as const;

export function useEarlyModesExpire(): void {
  const kiosk = useKiosk();
  const modesOn = useKioskSlice('accessibility', (accessibility) => anyModeOn(accessibility.modes));
  const session = useKioskSlice('status', (status) => profileOf(status)?.session ?? null);
  const timeFactor = useKioskSlice('status', (status) => profileOf(status)?.accessibility.timeFactor ?? 1);

  useEffect(() => {
    if (!modesOn || !session) return;
    const limits = idleLimits(session, timeFactor, true);
    const waitMs = (limits.idleSeconds + limits.warningSeconds) * 1000;
    let cancel = kiosk.timers.after(waitMs, () => endModes(kiosk));
    const activity = () => {
      cancel();
      cancel = kiosk.timers.after(waitMs, () => endModes(kiosk));
    };
    for (const type of activityEvents) window.addEventListener(type, activity, { capture: true, passive: true });
    return () => {
      cancel();
      for (const type of activityEvents) window.removeEventListener(type, activity, { capture: true });
    };
  }, [kiosk, modesOn, session, timeFactor]);
}

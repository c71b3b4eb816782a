// Watches for a customer who walked away: while a customer screen is open, any touch or key
// restarts the quiet period; the warning dialog shows when it runs out. While an accessibility
// mode is on, both last longer by the store's time factor.
import { useEffect, useMemo } from 'react';
import { anyModeOn } from '../accessibility/accessibility-store.ts';
import type { Kiosk } from '../kiosk.ts';
import { useKiosk, useKioskSlice } from '../kiosk-context.ts';
import { profileOf } from '../kiosk-status-store.ts';
import { IdleWarningDialog } from './IdleWarningDialog.tsx';
import type { IdleLimits } from './idle-watch.ts';
import { idleLimits } from './time-limits.ts';

const activityEvents = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/** The limits as they stand now, read when the watch (re)starts. */
function limitsNow(kiosk: Kiosk): IdleLimits | null {
  const profile = profileOf(kiosk.status.getState());
  return profile ? idleLimits(profile.session, profile.accessibility.timeFactor, anyModeOn(kiosk.accessibility.getState().modes)) : null;
}

export function IdleGuard() {
  const kiosk = useKiosk();
  const phase = useKioskSlice('session', (session) => session.phase);
  const session = useKioskSlice('status', (status) => profileOf(status)?.session ?? null);
  const timeFactor = useKioskSlice('status', (status) => profileOf(status)?.accessibility.timeFactor ?? 1);
  const modesOn = useKioskSlice('accessibility', (accessibility) => anyModeOn(accessibility.modes));
  const limits = useMemo(() => (session ? idleLimits(session, timeFactor, modesOn) : null), [session, timeFactor, modesOn]);
  const warning = useKioskSlice('idle', (idle) => idle.phase === 'warning');
  const watching = session !== null && phase !== 'attract';

  useEffect(() => {
    const startLimits = limitsNow(kiosk);
    if (!watching || !startLimits) return;
    kiosk.idleWatch.start(startLimits);
    const activity = () => kiosk.idleWatch.activity();
    for (const type of activityEvents) window.addEventListener(type, activity, { capture: true, passive: true });
    return () => {
      for (const type of activityEvents) window.removeEventListener(type, activity, { capture: true });
      kiosk.idleWatch.stop();
    };
    // A new phase restarts the quiet period: the screen changed, the customer is reading anew.
  }, [kiosk, watching, session, phase]);

  useEffect(() => {
    if (watching && limits) kiosk.idleWatch.changeLimits(limits);
  }, [kiosk, watching, limits]);

  return warning ? <IdleWarningDialog /> : null;
}

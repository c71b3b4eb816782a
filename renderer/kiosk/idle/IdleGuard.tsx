// Watches for a customer who walked away: while a customer screen is open, any touch or key
// restarts the quiet period; the warning dialog shows when it runs out.
import { useEffect } from 'react';
import { useKiosk, useKioskSlice } from '../kiosk-context.ts';
import { profileOf } from '../kiosk-status-store.ts';
import { IdleWarningDialog } from './IdleWarningDialog.tsx';

const activityEvents = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

export function IdleGuard() {
  const kiosk = useKiosk();
  const phase = useKioskSlice('session', (session) => session.phase);
  const limits = useKioskSlice('status', (status) => profileOf(status)?.session ?? null);
  const warning = useKioskSlice('idle', (idle) => idle.phase === 'warning');
  const watching = limits !== null && phase !== 'attract';

  useEffect(() => {
    if (!watching || !limits) return;
    kiosk.idleWatch.start(limits);
    const activity = () => kiosk.idleWatch.activity();
    for (const type of activityEvents) window.addEventListener(type, activity, { capture: true, passive: true });
    return () => {
      for (const type of activityEvents) window.removeEventListener(type, activity, { capture: true });
      kiosk.idleWatch.stop();
    };
    // A new phase restarts the quiet period: the screen changed, the customer is reading anew.
  }, [kiosk, watching, limits, phase]);

  return warning ? <IdleWarningDialog /> : null;
}

// After too many wrong PINs the host refuses sign-ins for a while: says so once, then counts the
// seconds down (a timer, which screen readers do not read out every second) and lifts itself.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../kiosk-context.ts';
import { lockoutSecondsLeft } from './staff-store.ts';
import './sign-in.css';

export function LockoutNotice({ lockedUntil }: { lockedUntil: number }) {
  const { t } = useTranslation();
  const kiosk = useKiosk();
  const [now, setNow] = useState(() => kiosk.now());
  const left = lockoutSecondsLeft({ lockedUntil }, now);

  useEffect(() => {
    if (left <= 0) {
      kiosk.staff.getState().lockoutOver();
      return;
    }
    // Wakes when the number shown changes, so it never skips or stalls.
    return kiosk.timers.after(Math.max(1, lockedUntil - now - (left - 1) * 1000), () => setNow(kiosk.now()));
  }, [kiosk, lockedUntil, now, left]);

  return (
    <div className="staff-sign-in__problem">
      <p role="alert">{t('staffAtKiosk.signIn.lockedOut')}</p>
      <p role="timer" className="staff-sign-in__countdown">
        {t('staffAtKiosk.signIn.tryAgainIn', { count: left })}
      </p>
    </div>
  );
}

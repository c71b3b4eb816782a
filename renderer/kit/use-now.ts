// The time, ticking at a calm pace: the waited-so-far minutes every 15 seconds, a lockout's
// seconds every second; still while not needed.
import { useEffect, useState } from 'react';

export function useNow(everyMs: number, ticking = true): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return;
    const tick = () => setNow(Date.now());
    // At once too: the clock may have stood still since the last tick.
    const first = setTimeout(tick, 0);
    const clock = setInterval(tick, everyMs);
    return () => {
      clearTimeout(first);
      clearInterval(clock);
    };
  }, [everyMs, ticking]);
  return now;
}

// A countdown a customer can always lengthen: it ticks each second, ends at zero, and `restart`
// gives the whole time again, as often as asked. A new length (a mode came on, the screen moved
// on to another part) starts it afresh.
import { useCallback, useEffect, useState } from 'react';
import type { Timers } from '../../kit/timers.ts';

export function useCountdown(timers: Timers, seconds: number, onEnd: () => void): { secondsLeft: number; restart: () => void } {
  const [left, setLeft] = useState(seconds);
  const [length, setLength] = useState(seconds);
  if (length !== seconds) {
    setLength(seconds);
    setLeft(seconds);
  }

  useEffect(() => {
    if (left <= 0) {
      onEnd();
      return;
    }
    return timers.after(1000, () => setLeft((before) => before - 1));
  }, [timers, left, onEnd]);

  const restart = useCallback(() => setLeft(seconds), [seconds]);
  return { secondsLeft: Math.max(0, left), restart };
}

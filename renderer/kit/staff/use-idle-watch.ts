// Ends a staff page's sign-in after its idle minutes without a touch, click or key on the page,
// whatever the page keeps asking the host meanwhile. Null minutes: nobody is signed in.
import { useEffect, useRef } from 'react';
import type { Timers } from '../timers.ts';
import { watchIdle } from './idle-watch.ts';

export function useIdleWatch(clock: { timers: Timers; now: () => number }, idleMinutes: number | null, onIdle: () => void): void {
  const latest = useRef(onIdle);
  useEffect(() => {
    latest.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    if (idleMinutes === null) return;
    const watch = watchIdle({ timers: clock.timers, now: clock.now, limitMs: idleMinutes * 60_000, onIdle: () => latest.current() });
    const activity = () => watch.activity();
    const kinds = ['pointerdown', 'keydown', 'wheel'] as const;
    for (const kind of kinds) window.addEventListener(kind, activity, { capture: true, passive: true });
    return () => {
      watch.stop();
      for (const kind of kinds) window.removeEventListener(kind, activity, { capture: true });
    };
  }, [idleMinutes, clock.timers, clock.now]);
}

// Listens on the whole sign-in screen for a badge: a scanner's burst of keys ending in Enter,
// wherever focus is. A burst that landed in a field is taken back out of it, and its Enter does
// not submit the form: the badge signs in instead.
import { useEffect, useRef } from 'react';
import { createBadgeReader } from '../badge-reader.ts';

/** `onBadge` gets the badge and the field the burst was typed into, if any, to take it back out. */
export function useBadgeScan(onBadge: (badge: string, field: HTMLInputElement | null) => void, listening: boolean): void {
  const latest = useRef(onBadge);
  useEffect(() => {
    latest.current = onBadge;
  }, [onBadge]);

  useEffect(() => {
    if (!listening) return;
    const reader = createBadgeReader();
    function keyDown(event: KeyboardEvent): void {
      if (event.ctrlKey || event.altKey || event.metaKey || event.repeat) {
        reader.reset();
        return;
      }
      const badge = reader.key(event.key, event.timeStamp);
      if (badge === null) return;
      event.preventDefault();
      event.stopPropagation();
      latest.current(badge, event.target instanceof HTMLInputElement ? event.target : null);
    }
    // Capture: the Enter is caught before the form sees it.
    window.addEventListener('keydown', keyDown, true);
    return () => window.removeEventListener('keydown', keyDown, true);
  }, [listening]);
}

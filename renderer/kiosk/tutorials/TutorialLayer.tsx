// The coach marks' place in the kiosk: watches flows for the moments to offer a tutorial and
// shows the tour over the real screen while one runs (its code fetched by then, see tour-code.ts).
import { Suspense, useEffect, useRef } from 'react';
import { useKioskSlice } from '../kiosk-context.ts';
import { tourCode } from './tour-code.ts';
import { useTutorialCoach } from './use-tutorial-coach.ts';

export function TutorialLayer() {
  useTutorialCoach();
  const tour = useKioskSlice('tutorial', (tutorial) => tutorial.tour);
  const touring = useRef(false);

  useEffect(() => {
    // When a tour ends, its tooltip (and the focus in it) goes: keyboard and screen-reader users
    // go back to the screen's heading, unless the customer has already moved on to a control.
    if (touring.current && !tour && (document.activeElement === null || document.activeElement === document.body)) {
      document.querySelector<HTMLElement>('[data-screen] h1')?.focus({ preventScroll: true });
    }
    touring.current = tour !== null;
  }, [tour]);

  return tour ? (
    <Suspense fallback={null}>
      <tourCode.Component key={tour.id} tour={tour} />
    </Suspense>
  ) : null;
}

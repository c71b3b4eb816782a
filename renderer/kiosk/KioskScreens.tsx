// Picks the screen for the kiosk's state and the customer's phase (or the closed screen while staff
// have closed the kiosk); dialogs, and staff's gesture and dialogs, sit above any of them, and the
// customer's keypad and speech with them. The attract screen comes with the page, and so do staff's
// dialogs (staff type their id or scan a badge right after the gesture: no keystroke may come before
// the dialog); the session's screens and the help dialog are chunks of their own, fetched once the
// first screen is painted, so they are here when a customer touches it.
import { Suspense, useEffect } from 'react';
import { afterNextPaint } from '../kit/after-paint.ts';
import { deferredComponent } from '../kit/deferred-component.ts';
import { KeypadLayer } from './accessibility/KeypadLayer.tsx';
import { SpeechLayer } from './accessibility/SpeechLayer.tsx';
import { AttractScreen } from './attract/AttractScreen.tsx';
import { helpDialog, HelpLayer } from './help/HelpLayer.tsx';
import { IdleGuard } from './idle/IdleGuard.tsx';
import { TutorialLayer } from './tutorials/TutorialLayer.tsx';
import { useKioskSlice } from './kiosk-context.ts';
import { OutOfServiceScreen } from './OutOfServiceScreen.tsx';
import { StartingScreen } from './StartingScreen.tsx';
import { ClosedScreen } from './staff/ClosedScreen.tsx';
import { StaffLayer } from './staff/StaffLayer.tsx';

const sessionScreens = deferredComponent(() => import('./SessionScreens.tsx').then((module) => module.SessionScreens));

export function KioskScreens() {
  const kiosk = useKioskSlice('status', (status) => status.current);
  const phase = useKioskSlice('session', (session) => session.phase);
  const started = kiosk.status !== 'starting';

  // Once the kiosk's first screen (the attract loop, or the closed or out-of-service screen) is on
  // the glass: the page has nothing else to do while it waits for a touch.
  useEffect(() => {
    if (!started) return;
    return afterNextPaint(() => {
      sessionScreens.preload();
      helpDialog.preload();
    });
  }, [started]);

  if (kiosk.status === 'starting') return <StartingScreen />;
  if (kiosk.status === 'outOfService') {
    return (
      <>
        <OutOfServiceScreen problem={kiosk.problem} />
        <HelpLayer />
      </>
    );
  }
  if (kiosk.closure) {
    return (
      <>
        <ClosedScreen closure={kiosk.closure} />
        <HelpLayer />
        <StaffLayer />
      </>
    );
  }
  return (
    <>
      {phase === 'attract' ? (
        <AttractScreen />
      ) : (
        // Only while the code is still on its way (a touch in the first moments after start).
        <Suspense fallback={null}>
          <sessionScreens.Component phase={phase} />
        </Suspense>
      )}
      <TutorialLayer />
      <IdleGuard />
      <KeypadLayer />
      <HelpLayer />
      <StaffLayer />
      <SpeechLayer />
    </>
  );
}

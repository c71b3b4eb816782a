// What turns an accessibility mode on or off, and what the usage log hears of it: the mode, on or
// off, and how (the options dialog, the keypad, the gesture, a headset), never who. A mode switched
// before the session began (on the attract loop) is logged as soon as it has.
import type { AccessibilityMode, AccessibilityTrigger } from '../../../shared/accessibility/modes.ts';
import type { Kiosk } from '../kiosk.ts';

export type ModeTrigger = Exclude<AccessibilityTrigger, 'sessionEnd'>;

export function switchMode(kiosk: Kiosk, mode: AccessibilityMode, on: boolean, via: ModeTrigger): void {
  const accessibility = kiosk.accessibility.getState();
  if (!accessibility.switched(mode, on)) return;
  const { sessionId } = kiosk.session.getState();
  if (sessionId) kiosk.usage.record(sessionId, { type: 'accessibility.modeChanged', mode, on, via });
  else accessibility.noteUnlogged({ mode, on, via });
}

/** Called once the session has its id: logs the modes switched before it. */
export function logEarlyModes(kiosk: Kiosk, sessionId: string): void {
  for (const change of kiosk.accessibility.getState().takeUnlogged()) {
    kiosk.usage.record(sessionId, { type: 'accessibility.modeChanged', ...change });
  }
}

/** The session ended: every mode off, volume back to its start, nothing logged for it. */
export function endModes(kiosk: Kiosk): void {
  kiosk.accessibility.getState().reset();
}

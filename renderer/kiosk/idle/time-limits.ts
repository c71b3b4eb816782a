// How long the kiosk waits for a customer before it closes a screen or the session: the store's
// times, lengthened by its factor while any accessibility mode is on (a customer using speech, the
// keypad or large text needs longer), and never less than 20 seconds to ask for more (WCAG 2.2.1).
import type { IdleLimits } from './idle-watch.ts';

/** The least time any countdown gives to ask for more, however the store is set. */
const leastWarningSeconds = 20;

/** A wait in seconds, lengthened by `timeFactor` while a mode is on. */
function lengthened(seconds: number, timeFactor: number, modesOn: boolean): number {
  return Math.round(seconds * (modesOn ? Math.max(1, timeFactor) : 1));
}

/** The idle watch's quiet period and warning for this session. */
export function idleLimits(session: IdleLimits, timeFactor: number, modesOn: boolean): IdleLimits {
  return {
    idleSeconds: lengthened(session.idleSeconds, timeFactor, modesOn),
    warningSeconds: lengthened(Math.max(leastWarningSeconds, session.warningSeconds), timeFactor, modesOn),
  };
}

/** The thank-you screen's time to answer a feedback question before it closes on its own. */
const feedbackSeconds = 30;

/** How long the thank-you screen stays: longer while it asks for feedback, at least 20 seconds after. */
export function thanksSeconds(askingFeedback: boolean, timeFactor: number, modesOn: boolean): number {
  return lengthened(askingFeedback ? feedbackSeconds : leastWarningSeconds, timeFactor, modesOn);
}

// What a customer does to their session (start, choose a language, finish, walk away) and what
// the kiosk tells the host about it. The screen never waits for the host to forget a customer.
import type { Language } from '../../../shared/i18n/languages.ts';
import type { SessionEndReason } from '../../../shared/usage/events.ts';
import { toProblem } from '../../kit/host/host-call-error.ts';
import { endModes, logEarlyModes } from '../accessibility/accessibility-actions.ts';
import type { Kiosk } from '../kiosk.ts';
import { currentScreen, defaultLanguage, flowTags } from '../kiosk-selectors.ts';
import { profileOf } from '../kiosk-status-store.ts';

export function recordScreen(kiosk: Kiosk): void {
  const { sessionId } = kiosk.session.getState();
  if (sessionId) kiosk.usage.record(sessionId, { type: 'screen.viewed', screen: currentScreen(kiosk) });
}

export async function touchToStart(kiosk: Kiosk): Promise<void> {
  kiosk.session.getState().touched();
  const enabled = profileOf(kiosk.status.getState())?.languages.enabled ?? [];
  // A one-language store has nothing to choose: go straight in.
  if (enabled.length === 1 && enabled[0]) await chooseLanguage(kiosk, enabled[0]);
}

export function backToAttract(kiosk: Kiosk): void {
  if (kiosk.session.getState().phase === 'language') wipe(kiosk);
}

export async function chooseLanguage(kiosk: Kiosk, language: Language): Promise<void> {
  const session = kiosk.session.getState();
  if (session.phase !== 'language' || session.starting) return;
  session.startRequested();
  let sessionId: string;
  let seesPilots: boolean;
  try {
    ({ sessionId, seesPilots } = await kiosk.usage.inOrder(() => kiosk.host.call('session.start', { language })));
  } catch (error) {
    kiosk.session.getState().startFailed(toProblem(error));
    return;
  }
  if (kiosk.session.getState().phase !== 'language') {
    // The customer walked away (or staff reset the kiosk) while the host answered.
    kiosk.usage.afterPending('session.end', () => kiosk.host.call('session.end', { sessionId, reason: 'cancelled' }));
    return;
  }
  await kiosk.i18n.changeLanguage(language);
  kiosk.session.getState().started(sessionId, language, kiosk.now(), seesPilots);
  kiosk.usage.record(sessionId, { type: 'language.chosen', language });
  logEarlyModes(kiosk, sessionId);
  recordScreen(kiosk);
}

/**
 * Ends the session: everything typed is wiped and the attract loop shown at once, then the host
 * is told (after the session's last usage events, so they are not refused as late). The host signs
 * out staff who helped the customer, unless they closed the kiosk (they reopen it).
 */
export function endSession(kiosk: Kiosk, reason: SessionEndReason): void {
  const { sessionId } = kiosk.session.getState();
  const flow = kiosk.flow.getState();
  if (sessionId && flow.flowId && flow.stepId && !flow.finished && reason !== 'completed') {
    kiosk.usage.record(sessionId, { type: 'flow.cancelled', ...flowTags(kiosk), step: flow.stepId });
  }
  wipe(kiosk);
  if (sessionId) kiosk.usage.afterPending('session.end', () => kiosk.host.call('session.end', { sessionId, reason }));
}

/** Forgets the customer: stores back to their first state, the store's default language. */
function wipe(kiosk: Kiosk): void {
  kiosk.idleWatch.stop();
  kiosk.session.getState().reset();
  kiosk.flow.getState().reset();
  kiosk.help.getState().closed();
  kiosk.tutorial.getState().reset();
  endModes(kiosk);
  void kiosk.i18n.changeLanguage(defaultLanguage(kiosk));
}

export function noteIdleWarning(kiosk: Kiosk): void {
  const { sessionId } = kiosk.session.getState();
  if (sessionId) kiosk.usage.record(sessionId, { type: 'idle.warned', screen: currentScreen(kiosk) });
}

export function askForMoreTime(kiosk: Kiosk): void {
  if (!kiosk.idleWatch.extend()) return;
  const { sessionId } = kiosk.session.getState();
  if (sessionId) kiosk.usage.record(sessionId, { type: 'idle.extended', screen: currentScreen(kiosk) });
}

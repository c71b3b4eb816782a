// Offering, running and ending coach-mark tours, and answering hesitation: the tutorial store
// changes here, and the usage log hears of each offer, start, skip and finish, with its step.
import type { Flow } from '../../../shared/flows/flow-schema.ts';
import type { RendererUsageEvent } from '../../../shared/usage/events.ts';
import { activeFlow } from '../kiosk-selectors.ts';
import type { Kiosk } from '../kiosk.ts';
import { marksOf } from './tutorial-marks.ts';
import type { HesitationCause, TutorialKind, TutorialTrigger } from './tutorial-store.ts';

/** How the customer reached the step on screen. */
export type Arrival = 'start' | 'forward' | 'back';

interface OpenStep {
  flow: Flow;
  step: string;
}

function record(kiosk: Kiosk, event: RendererUsageEvent): void {
  const { sessionId } = kiosk.session.getState();
  if (sessionId) kiosk.usage.record(sessionId, event);
}

/** The flow step on screen, while the customer can still act on it. */
function openStep(kiosk: Kiosk): OpenStep | null {
  const flow = activeFlow(kiosk);
  const { stepId, finished } = kiosk.flow.getState();
  if (kiosk.session.getState().phase !== 'flow' || !flow || !stepId || finished || flow.id !== kiosk.flow.getState().flowId) return null;
  return { flow, step: stepId };
}

/** A dialog ("are you still there?", "a person is coming") has the customer's attention. */
export function dialogOpen(kiosk: Kiosk): boolean {
  return kiosk.idle.getState().phase === 'warning' || kiosk.help.getState().status !== 'closed';
}

/** Nothing else asks for the customer's attention: no dialog, no host call, no offer or tour. */
function calm(kiosk: Kiosk): boolean {
  const { offer, tour } = kiosk.tutorial.getState();
  return !dialogOpen(kiosk) && !kiosk.flow.getState().busy && offer === null && tour === null;
}

function offer(kiosk: Kiosk, { flow, step }: OpenStep, trigger: TutorialTrigger, kind: TutorialKind): void {
  kiosk.tutorial.getState().offered({ flowId: flow.id, step, trigger, kind });
  record(kiosk, { type: 'tutorial.offered', flowId: flow.id, step, trigger });
}

function startTour(kiosk: Kiosk, { flow, step }: OpenStep, kind: TutorialKind, guide: boolean): void {
  kiosk.tutorial.getState().tourStarted({ flowId: flow.id, step, kind }, guide);
  record(kiosk, { type: 'tutorial.started', flowId: flow.id, step });
}

/**
 * A step came on screen. Offers and tours of the step left behind go; a flow's first step offers
 * its tutorial once a session; a customer who asked to be shown gets each new step's marks.
 */
export function stepArrived(kiosk: Kiosk, arrival: Arrival): void {
  const here = openStep(kiosk);
  const { offer: shownOffer, tour } = kiosk.tutorial.getState();
  const elsewhere = (at: { flowId: string; step: string }) => !here || at.flowId !== here.flow.id || at.step !== here.step;
  if (shownOffer && elsewhere(shownOffer)) kiosk.tutorial.getState().offerClosed();
  if (tour && elsewhere(tour)) leaveTour(kiosk);
  if (!here || marksOf(here.flow, here.step).length === 0) return;
  const { guided, firstUseOffered } = kiosk.tutorial.getState();
  if (arrival === 'forward' && guided.includes(here.flow.id)) startTour(kiosk, here, 'marks', false);
  else if (arrival === 'start' && !firstUseOffered.includes(here.flow.id)) offer(kiosk, here, 'firstUse', 'marks');
}

/** "Show me how": a first-use offer walks every step that has marks; a later one, this step. */
export function acceptOffer(kiosk: Kiosk): void {
  const shown = kiosk.tutorial.getState().offer;
  const here = openStep(kiosk);
  if (!shown || !here || shown.step !== here.step) return;
  startTour(kiosk, here, shown.kind, shown.kind === 'marks' && shown.trigger === 'firstUse');
}

/**
 * "How does this work?", pressed by the customer on a step with marks: the tour starts at once
 * (logged as an offer the customer asked for), and each later step shows its marks too.
 */
export function askForTour(kiosk: Kiosk): void {
  const here = openStep(kiosk);
  if (!here || !calm(kiosk) || marksOf(here.flow, here.step).length === 0) return;
  record(kiosk, { type: 'tutorial.offered', flowId: here.flow.id, step: here.step, trigger: 'asked' });
  startTour(kiosk, here, 'marks', true);
}

export function declineOffer(kiosk: Kiosk): void {
  kiosk.tutorial.getState().offerClosed();
}

/**
 * The customer seems stuck (no progress for a while, or back twice in a row): offer this step's
 * marks, or point at "prefer a person" when it has none. Never over a dialog or another offer.
 * Says whether it offered.
 */
export function hesitated(kiosk: Kiosk, cause: HesitationCause): boolean {
  const here = openStep(kiosk);
  if (!here || !calm(kiosk)) return false;
  record(kiosk, { type: 'hesitation.detected', flowId: here.flow.id, step: here.step, cause });
  const kind = marksOf(here.flow, here.step).length > 0 ? 'marks' : 'person';
  offer(kiosk, here, cause === 'backs' ? 'backs' : 'hesitation', kind);
  return true;
}

export function marksFound(kiosk: Kiosk, shown: number[]): void {
  if (shown.length > 0) {
    kiosk.tutorial.getState().marksFound(shown);
    return;
  }
  // Nothing on this screen to point at (a mark for another kind of step): quietly no tour.
  kiosk.tutorial.getState().tourEnded();
}

export function markShown(kiosk: Kiosk, mark: number): void {
  kiosk.tutorial.getState().markShown(mark);
}

export function finishTour(kiosk: Kiosk): void {
  const { tour } = kiosk.tutorial.getState();
  if (!tour) return;
  kiosk.tutorial.getState().tourEnded();
  record(kiosk, { type: 'tutorial.finished', flowId: tour.flowId, step: tour.step });
}

/** "Skip" (or Esc): the tour ends at once, and no later step of the flow shows marks unasked. */
export function skipTour(kiosk: Kiosk): void {
  const { tour } = kiosk.tutorial.getState();
  if (!tour) return;
  kiosk.tutorial.getState().tourEnded();
  kiosk.tutorial.getState().guidingStopped(tour.flowId);
  record(kiosk, { type: 'tutorial.skipped', flowId: tour.flowId, step: tour.step, mark: tour.mark });
}

/**
 * A dialog opened over a tour: the tour gives way. Pointed at "prefer a person" and the customer
 * asked for one: that tour did its job. Otherwise it counts as a skip at the mark reached.
 */
export function interruptTour(kiosk: Kiosk): void {
  const { tour } = kiosk.tutorial.getState();
  if (!tour) return;
  if (tour.kind === 'person' && kiosk.help.getState().status !== 'closed') finishTour(kiosk);
  else skipTour(kiosk);
}

/**
 * The customer used the screen itself and left the step mid-tour (the marks never block it):
 * finished if the last mark was showing, else skipped at the mark reached. Guiding goes on, since
 * the customer did not say "skip".
 */
function leaveTour(kiosk: Kiosk): void {
  const { tour } = kiosk.tutorial.getState();
  if (!tour) return;
  kiosk.tutorial.getState().tourEnded();
  const last = tour.shown !== null && tour.mark >= tour.shown.length - 1;
  if (last) record(kiosk, { type: 'tutorial.finished', flowId: tour.flowId, step: tour.step });
  else record(kiosk, { type: 'tutorial.skipped', flowId: tour.flowId, step: tour.step, mark: tour.mark });
}

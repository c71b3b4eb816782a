// Watches the open flow for the moments a tutorial helps: a flow's first step, a new step while
// the customer is being shown, a quiet spell without progress, and two "back"s in a row.
import { useEffect } from 'react';
import type { FlowState } from '../flows/flow-store.ts';
import type { Kiosk } from '../kiosk.ts';
import { useKiosk } from '../kiosk-context.ts';
import { profileOf } from '../kiosk-status-store.ts';
import { createHesitationWatch, hesitationSecondsOf } from './hesitation-watch.ts';
import { dialogOpen, hesitated, interruptTour, stepArrived, type Arrival } from './tutorial-actions.ts';

export function useTutorialCoach(): void {
  const kiosk = useKiosk();

  useEffect(() => {
    // One hesitation offer per visit to a step: a customer who said "no thanks" is not asked again.
    let offeredHere = false;
    const watch = createHesitationWatch(kiosk.timers, () => {
      if (offeredHere) return;
      if (hesitated(kiosk, 'noProgress')) offeredHere = true;
      else restart();
    });

    /** Progress (a new step, something typed or chosen) or a dialog closing starts the quiet spell over. */
    function restart(): void {
      if (stepOnScreen(kiosk)) watch.restart(hesitationSecondsOf(profileOf(kiosk.status.getState())));
      else watch.stop();
    }

    let stopped = false;
    const unsubscribers = [
      // After the flow action that changed the store has logged its own events (flow.started,
      // flow.step, flow.back), so the usage log reads in the order things happened.
      kiosk.flow.subscribe((flow, before) => queueMicrotask(() => stopped || flowChanged(flow, before))),
      kiosk.tutorial.subscribe((tutorial, before) => {
        if ((before.offer && !tutorial.offer) || (before.tour && !tutorial.tour)) restart();
      }),
      kiosk.help.subscribe((help, before) => {
        if (help.status !== before.status) dialogChanged();
      }),
      kiosk.idle.subscribe((idle, before) => {
        if ((idle.phase === 'warning') !== (before.phase === 'warning')) dialogChanged();
      }),
    ];

    function flowChanged(flow: FlowState, before: FlowState): void {
      const newRun = flow.flowId !== before.flowId || flow.startedAt !== before.startedAt;
      if (newRun && before.flowId) kiosk.tutorial.getState().guidingStopped(before.flowId);
      if (newRun || flow.stepId !== before.stepId || flow.finished !== before.finished) {
        offeredHere = false;
        const arrival: Arrival = newRun ? 'start' : flow.history.length > before.history.length ? 'forward' : 'back';
        stepArrived(kiosk, arrival);
        restart();
      } else if (flow.values !== before.values) {
        restart();
      }
      if (flow.backsInARow >= 2 && before.backsInARow < 2 && hesitated(kiosk, 'backs')) offeredHere = true;
    }

    /** A tour gives way to a dialog; the quiet spell counts from when the dialog is gone. */
    function dialogChanged(): void {
      if (dialogOpen(kiosk)) interruptTour(kiosk);
      restart();
    }

    return () => {
      stopped = true;
      for (const unsubscribe of unsubscribers) unsubscribe();
      watch.stop();
    };
  }, [kiosk]);
}

function stepOnScreen(kiosk: Kiosk): boolean {
  const { stepId, finished } = kiosk.flow.getState();
  return kiosk.session.getState().phase === 'flow' && stepId !== null && !finished;
}

// Keeps the renderer in step with the host: reads the kiosk's state at start (retrying while the
// host is unreachable), follows its pushed state changes and reset requests, ends a session the
// idle watch found forgotten, and closes staff's dialogs when nobody is signed in any more.
import type { KioskState } from '../../shared/host-api/contract.ts';
import { toProblem } from '../kit/host/host-call-error.ts';
import { endSession, noteIdleWarning } from './session/session-actions.ts';
import type { Kiosk } from './kiosk.ts';

export const stateRetryMs = 5000;

export function connectKiosk(kiosk: Kiosk): () => void {
  let cancelRetry: () => void = () => {};
  let stopped = false;

  async function loadState(): Promise<void> {
    cancelRetry();
    try {
      applyKioskState(kiosk, await kiosk.host.call('kiosk.state', {}));
    } catch (error) {
      const problem = toProblem(error);
      applyKioskState(kiosk, { state: 'outOfService', problem });
      if (!stopped && problem.code === 'host.unreachable') {
        cancelRetry = kiosk.timers.after(stateRetryMs, () => void loadState());
      }
    }
  }

  const unsubscribers = [
    kiosk.host.on('kiosk.stateChanged', (state) => applyKioskState(kiosk, state)),
    kiosk.host.on('session.resetRequested', () => endSession(kiosk, 'cancelled')),
    kiosk.idleWatch.listen({ warned: () => noteIdleWarning(kiosk), timedOut: () => endSession(kiosk, 'timedOut') }),
  ];
  void loadState();

  return () => {
    stopped = true;
    cancelRetry();
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}

export function applyKioskState(kiosk: Kiosk, state: KioskState): void {
  const status = kiosk.status.getState();
  const before = status.current;
  if (state.state === 'outOfService') {
    endSession(kiosk, 'cancelled');
    status.outOfService(state.problem);
    kiosk.staff.getState().staffLeft();
    return;
  }
  const wasReady = before.status === 'ready';
  const wasClosed = wasReady && before.closure !== null;
  status.ready(state);
  // Coming into service starts clean, in the store's default language; so do staff closing the
  // kiosk and opening it again. A profile update while a customer is served leaves them be: the
  // host asks for a reset when one is needed.
  if (!wasReady || wasClosed !== (state.closure !== null)) endSession(kiosk, 'cancelled');
  if (state.staff === null && (!wasReady || before.staff !== null)) kiosk.staff.getState().staffLeft();
}

// Opening, leaving and finishing a service's flow, and reporting its steps to the usage log.
import type { Service } from '../../shared/config/store-config.ts';
import type { Kiosk } from '../kiosk/create-kiosk.ts';
import { profileOf } from '../kiosk/settings-store.ts';
import { recordScreen } from '../session/session-actions.ts';
import type { FlowStep } from './flow-store.ts';

export function activeService(kiosk: Kiosk): Service | null {
  const { serviceId } = kiosk.session.getState();
  return profileOf(kiosk.settings.getState())?.services.find((service) => service.id === serviceId) ?? null;
}

export function openService(kiosk: Kiosk, serviceId: string): void {
  const session = kiosk.session.getState();
  if (session.phase !== 'home' || !session.sessionId) return;
  session.serviceOpened(serviceId);
  kiosk.flow.getState().begin(serviceId, kiosk.now());
  kiosk.usage.record(session.sessionId, { type: 'flow.started', flowId: serviceId });
  recordScreen(kiosk);
  recordStep(kiosk, 'enterCode');
}

export function recordStep(kiosk: Kiosk, step: FlowStep): void {
  const { sessionId } = kiosk.session.getState();
  const { flowId } = kiosk.flow.getState();
  if (sessionId && flowId) kiosk.usage.record(sessionId, { type: 'flow.step', flowId, step });
}

/** "Back" from a flow: the flow is abandoned, the session goes on at home. */
export function leaveFlow(kiosk: Kiosk): void {
  const { sessionId, phase } = kiosk.session.getState();
  const flow = kiosk.flow.getState();
  if (phase !== 'flow' || flow.busy) return;
  if (sessionId && flow.flowId && flow.step !== 'done') {
    kiosk.usage.record(sessionId, { type: 'flow.cancelled', flowId: flow.flowId, step: flow.step });
  }
  flow.reset();
  kiosk.session.getState().flowLeft();
  recordScreen(kiosk);
}

export function finishFlow(kiosk: Kiosk): void {
  if (kiosk.flow.getState().step !== 'done') return;
  kiosk.session.getState().flowFinished();
  recordScreen(kiosk);
}

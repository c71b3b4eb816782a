// What the kiosk's stores say together: the flow on screen, its step, the tags its usage events
// carry, the screen as the usage log names it. Reads only; every action module builds on these.
import { stepById } from '../../shared/flows/flow-engine.ts';
import { isFlowOffered, type FlowAudience } from '../../shared/flows/flow-offer.ts';
import type { Flow, FlowStep } from '../../shared/flows/flow-schema.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import type { Screen } from '../../shared/usage/events.ts';
import type { Kiosk } from './kiosk.ts';
import { assistedOf, closureOf, profileOf } from './kiosk-status-store.ts';

/** The stores a selector reads. */
export type KioskStores = Pick<Kiosk, 'status' | 'session' | 'flow'>;

/** The flows this session may see now (pilot and assisted-only flows: see isFlowOffered). */
export function offeredFlows(flows: readonly Flow[], audience: FlowAudience): Flow[] {
  return flows.filter((flow) => isFlowOffered(flow, audience));
}

export function audienceOf(kiosk: KioskStores): FlowAudience {
  return { seesPilots: kiosk.session.getState().seesPilots, assisted: assistedOf(kiosk.status.getState()) };
}

export function activeFlow(kiosk: KioskStores): Flow | null {
  const flowId = kiosk.session.getState().flowId;
  return profileOf(kiosk.status.getState())?.flows.find((flow) => flow.id === flowId) ?? null;
}

export function currentStep(kiosk: KioskStores): FlowStep | null {
  const flow = activeFlow(kiosk);
  const { stepId } = kiosk.flow.getState();
  return flow && stepId ? (stepById(flow, stepId) ?? null) : null;
}

/** Tags every flow event carries, so reports keep practice, pilot and assisted usage apart. */
export function flowTags(kiosk: KioskStores): { flowId: string; practice: boolean; pilot: boolean; assisted: boolean } {
  const flow = activeFlow(kiosk);
  return {
    flowId: flow?.id ?? kiosk.flow.getState().flowId ?? '',
    practice: kiosk.flow.getState().practice,
    pilot: flow?.pilot ?? false,
    assisted: assistedOf(kiosk.status.getState()),
  };
}

/** The screen as the usage log and help requests name it. */
export function currentScreen(kiosk: KioskStores): Screen {
  // Closed by staff is out of service to the customer, whatever the reason.
  if (kiosk.status.getState().current.status === 'outOfService' || closureOf(kiosk.status.getState())) return 'outOfService';
  return kiosk.session.getState().phase;
}

export function defaultLanguage(kiosk: KioskStores): Language {
  return profileOf(kiosk.status.getState())?.languages.default ?? 'es';
}

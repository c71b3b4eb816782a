// The open flow and its current step, for the step screens.
import type { Flow, FlowStep } from '../../../shared/flows/flow-schema.ts';
import { stepById } from '../../../shared/flows/flow-engine.ts';
import { useKioskSlice } from '../kiosk-context.ts';
import { profileOf } from '../kiosk-status-store.ts';

export function useFlow(): { flow: Flow | null; step: FlowStep | null } {
  const flowId = useKioskSlice('session', (session) => session.flowId);
  const stepId = useKioskSlice('flow', (flow) => flow.stepId);
  const flow = useKioskSlice('status', (status) => profileOf(status)?.flows.find((candidate) => candidate.id === flowId) ?? null);
  return { flow, step: flow && stepId ? (stepById(flow, stepId) ?? null) : null };
}

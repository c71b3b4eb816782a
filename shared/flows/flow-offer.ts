// Which flows a session is offered: pilots to the session's share or in assisted mode, assisted-only flows with staff only.
import type { Flow } from './flow-schema.ts';

export interface FlowAudience {
  /** The session's one draw of whether it is in the share that sees pilot flows. */
  seesPilots: boolean;
  /** Staff have switched the kiosk to assisted mode. */
  assisted: boolean;
}

export function isFlowOffered(flow: Flow, { seesPilots, assisted }: FlowAudience): boolean {
  if (flow.assistedOnly) return assisted;
  return !flow.pilot || seesPilots || assisted;
}

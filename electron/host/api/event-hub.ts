// Fans pushed host events out to every connected caller that may hear them, validating each
// payload once. A subscriber states its principal; the contract says which roles hear each event.
import { hostEvents, type EventName, type EventPayload } from '../../../shared/host-api/contract.ts';
import type { EventEnvelope } from '../../../shared/host-api/envelope.ts';
import { mayAct, type Principal, type Role } from '../../../shared/host-api/roles.ts';

export type EventListener = (envelope: EventEnvelope) => void;

export interface EventHub {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  subscribe(principal: Principal, listener: EventListener): () => void;
  /** How many connected callers have one of `roles` (a staff member signed in at the kiosk not counted). */
  listening(roles: readonly Role[]): number;
}

export function createEventHub(): EventHub {
  const listeners = new Map<EventListener, Principal>();
  return {
    emit(event, payload) {
      const spec = hostEvents[event];
      const checked = spec.payload.parse(payload);
      for (const [listener, principal] of listeners) if (mayAct(spec.roles, principal)) listener({ event, payload: checked });
    },
    subscribe(principal, listener) {
      listeners.set(listener, principal);
      return () => listeners.delete(listener);
    },
    listening: (roles) => [...listeners.values()].filter((principal) => roles.includes(principal.role)).length,
  };
}

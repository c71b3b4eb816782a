// Fans pushed host events out to every connected shell, validating each payload once.
import { hostEvents, type EventName, type EventPayload } from '../../../shared/host-api/contract.ts';
import type { EventEnvelope } from '../../../shared/host-api/envelope.ts';

export type EventListener = (envelope: EventEnvelope) => void;

export interface EventHub {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  subscribe(listener: EventListener): () => void;
}

export function createEventHub(): EventHub {
  const listeners = new Set<EventListener>();
  return {
    emit(event, payload) {
      const checked = hostEvents[event].parse(payload);
      for (const listener of listeners) listener({ event, payload: checked });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

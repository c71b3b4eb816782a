// The renderer's one way to the host: typed calls and events derived from the contract, checked
// with its zod schemas, whatever bridge (Electron IPC or HTTP/WebSocket) carries them.
import type { z } from 'zod';
import type { HostBridge } from '../../../shared/host-api/bridge.ts';
import {
  hostEvents,
  hostMethods,
  type EventName,
  type EventPayload,
  type MethodInput,
  type MethodName,
  type MethodResult,
} from '../../../shared/host-api/contract.ts';
import { replyEnvelopeSchema } from '../../../shared/host-api/envelope.ts';
import { HostCallError } from './host-call-error.ts';

export interface HostClient {
  /** Resolves with the validated result; rejects with a HostCallError carrying the typed code. */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>>;
  /** Subscribes to a pushed event; payloads that do not match the contract are dropped. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** Where the client reports what the customer must not see but a developer should. */
export type FaultReporter = (what: string, fault: unknown) => void;

export function createHostClient(
  bridge: HostBridge,
  reportFault: FaultReporter = (what, fault) => console.warn(`[host-client] ${what}`, fault),
): HostClient {
  let nextId = 1;

  return {
    async call(method, input) {
      const id = nextId++;
      let raw: unknown;
      try {
        raw = await bridge.call({ id, method, input });
      } catch (fault) {
        reportFault(`${method}: bridge failed`, fault);
        throw new HostCallError('host.unreachable');
      }
      const reply = replyEnvelopeSchema.safeParse(raw);
      if (!reply.success) {
        reportFault(`${method}: malformed reply`, reply.error);
        throw new HostCallError('host.internal');
      }
      if (!reply.data.ok) throw new HostCallError(reply.data.error.code, reply.data.error.params);
      if (reply.data.id !== id) {
        reportFault(`${method}: reply for call ${String(reply.data.id)}, expected ${id}`, reply.data);
        throw new HostCallError('host.internal');
      }
      const resultSchema: z.ZodType = hostMethods[method].result;
      const result = resultSchema.safeParse(reply.data.result);
      if (!result.success) {
        reportFault(`${method}: result does not match the contract`, result.error);
        throw new HostCallError('host.internal');
      }
      return result.data as MethodResult<typeof method>;
    },

    on(event, listener) {
      const payloadSchema: z.ZodType = hostEvents[event].payload;
      return bridge.on(event, (payload) => {
        const parsed = payloadSchema.safeParse(payload);
        if (parsed.success) listener(parsed.data as EventPayload<typeof event>);
        else reportFault(`${event}: payload does not match the contract`, parsed.error);
      });
    },
  };
}

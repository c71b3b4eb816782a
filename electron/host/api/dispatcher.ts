// The one dispatcher: parses a call envelope, validates input, runs the handler, validates the
// result, and turns every failure into a typed error. Every transport goes through it.
import type { z } from 'zod';
import {
  hostMethods,
  isMethodName,
  type HostMethods,
  type MethodName,
} from '../../../shared/host-api/contract.ts';
import { callEnvelopeSchema, type ReplyEnvelope } from '../../../shared/host-api/envelope.ts';
import { HostError } from '../../../shared/host-api/errors.ts';

export type HostHandlers = {
  [M in MethodName]: (
    input: z.output<HostMethods[M]['input']>,
  ) => Promise<z.input<HostMethods[M]['result']>> | z.input<HostMethods[M]['result']>;
};

export type Dispatch = (envelope: unknown) => Promise<ReplyEnvelope>;

/** Reports failures the customer never sees but operators must (a handler bug, a bad result). */
export type FaultReporter = (method: string, fault: unknown) => void;

export function createDispatcher(handlers: HostHandlers, reportFault: FaultReporter): Dispatch {
  return async (envelope) => {
    const call = callEnvelopeSchema.safeParse(envelope);
    if (!call.success) {
      return { id: null, ok: false, error: { code: 'request.malformed', params: {} } };
    }
    const { id, method, input } = call.data;
    if (!isMethodName(method)) {
      return { id, ok: false, error: { code: 'method.unknown', params: { method: method.slice(0, 64) } } };
    }
    const spec = hostMethods[method];
    const parsedInput = spec.input.safeParse(input ?? {});
    if (!parsedInput.success) {
      const issue = parsedInput.error.issues[0];
      return {
        id,
        ok: false,
        error: {
          code: 'request.invalidInput',
          params: { method, field: issue ? issue.path.join('.') || '(input)' : '(input)' },
        },
      };
    }
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      const raw = await handler(parsedInput.data);
      const result = spec.result.safeParse(raw);
      if (!result.success) {
        reportFault(method, result.error);
        return { id, ok: false, error: { code: 'host.internal', params: {} } };
      }
      return { id, ok: true, result: result.data };
    } catch (fault) {
      if (fault instanceof HostError) return { id, ok: false, error: fault.toPayload() };
      reportFault(method, fault);
      return { id, ok: false, error: { code: 'host.internal', params: {} } };
    }
  };
}

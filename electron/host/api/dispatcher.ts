// The one dispatcher: parses a call envelope, checks the caller's role against the contract,
// validates input, runs the handler, validates the result, and turns every failure into a typed
// error. Every transport goes through it, with the principal it established for the caller.
import type { z } from 'zod';
import { hostMethods, isMethodName, type HostMethods, type MethodName } from '../../../shared/host-api/contract.ts';
import { callEnvelopeSchema, type ReplyEnvelope } from '../../../shared/host-api/envelope.ts';
import { HostError } from '../../../shared/host-api/errors.ts';
import { mayAct, type Principal } from '../../../shared/host-api/roles.ts';

export type HostHandlers = {
  [M in MethodName]: (
    input: z.output<HostMethods[M]['input']>,
    principal: Principal,
  ) => Promise<z.input<HostMethods[M]['result']>> | z.input<HostMethods[M]['result']>;
};

/** The handlers of one domain: every method of the contract whose name starts with one of `prefixes`. */
export type DomainHandlers<Prefix extends string> = Pick<HostHandlers, Extract<MethodName, `${Prefix}.${string}`>>;

export type Dispatch = (envelope: unknown, principal: Principal) => Promise<ReplyEnvelope>;

export interface DispatcherHooks {
  /** Failures the customer never sees but operators must (a handler bug, a bad result). */
  reportFault(method: string, fault: unknown): void;
  /** A caller asked for a method its role may not call. */
  forbidden(method: MethodName, principal: Principal): void;
  /** A call succeeded: the host audits what staff did. */
  acted?(method: MethodName, principal: Principal, input: unknown): void;
}

export function createDispatcher(handlers: HostHandlers, hooks: DispatcherHooks): Dispatch {
  return async (envelope, principal) => {
    const call = callEnvelopeSchema.safeParse(envelope);
    if (!call.success) {
      return { id: null, ok: false, error: { code: 'request.malformed', params: {} } };
    }
    const { id, method, input } = call.data;
    if (!isMethodName(method)) {
      return { id, ok: false, error: { code: 'method.unknown', params: { method: method.slice(0, 64) } } };
    }
    const spec = hostMethods[method];
    // Checked before the input is read: a caller without the right learns nothing more.
    if (!mayAct(spec.roles, principal)) {
      hooks.forbidden(method, principal);
      return { id, ok: false, error: { code: 'auth.forbidden', params: { method } } };
    }
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
      const handler = handlers[method] as (input: unknown, principal: Principal) => unknown;
      const raw = await handler(parsedInput.data, principal);
      const result = spec.result.safeParse(raw);
      if (!result.success) {
        hooks.reportFault(method, result.error);
        return { id, ok: false, error: { code: 'host.internal', params: {} } };
      }
      hooks.acted?.(method, principal, parsedInput.data);
      return { id, ok: true, result: result.data };
    } catch (fault) {
      if (fault instanceof HostError) return { id, ok: false, error: fault.toPayload() };
      hooks.reportFault(method, fault);
      return { id, ok: false, error: { code: 'host.internal', params: {} } };
    }
  };
}

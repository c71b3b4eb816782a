// What any call must be answered with, whatever it holds: a reply envelope whose result passes the
// method's result schema, or whose error is a code of the catalogue, and the right one for a call
// that is malformed, unknown, not the caller's to make or badly filled in. Never host.internal:
// that code means a handler failed in a way nobody planned for.
import { expect } from 'vitest';
import { hostMethods, isMethodName } from '../../../shared/host-api/contract.ts';
import { callEnvelopeSchema, replyEnvelopeSchema, type ReplyEnvelope } from '../../../shared/host-api/envelope.ts';
import type { HostErrorCode } from '../../../shared/host-api/errors.ts';
import { mayAct, type Principal } from '../../../shared/host-api/roles.ts';

/** The refusals that are about the call itself, which the oracle predicts exactly. */
const callRefusals: readonly HostErrorCode[] = ['request.malformed', 'request.invalidInput', 'method.unknown', 'auth.forbidden'];

/** A short, printable view of a value for a failure message. */
export function preview(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    // Too deep to print (a page may nest thousands of arrays): its shape says enough.
    text = Array.isArray(value) ? '[[[…deeply nested…]]]' : typeof value === 'object' ? '{{{…deeply nested…}}}' : typeof value;
  }
  return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} characters)` : text;
}

export interface Verdict {
  reply: ReplyEnvelope;
  /** The method and input, when the call reached a method the caller may call, with a valid input. */
  ran?: { method: string; input: unknown };
}

/**
 * Checks `reply` against what the host received (`received`, after the transport's own copying)
 * from `principal`, and returns it parsed; fails the property with the reason otherwise.
 */
export function expectTypedReply(received: unknown, reply: unknown, principal: Principal): Verdict {
  const parsed = replyEnvelopeSchema.safeParse(reply);
  expect(parsed.success, `not a reply envelope: ${preview(reply)} for ${preview(received)}`).toBe(true);
  const answer = parsed.data as ReplyEnvelope;
  const code = answer.ok ? undefined : answer.error.code;
  const call = callEnvelopeSchema.safeParse(received);
  if (!call.success) {
    // A bridge may tell an unknown method before the host sees the envelope.
    expect(['request.malformed', 'method.unknown'], `reply to a malformed envelope ${preview(received)}: ${preview(answer)}`).toContain(code);
    if (code === 'request.malformed') expect(answer.id).toBeNull();
    return { reply: answer };
  }
  const { id, method, input } = call.data;
  const about = `${preview(received)} as ${principal.role} got ${preview(answer)}`;
  expect(answer.id === id, `reply id for ${about}`).toBe(true);
  if (!isMethodName(method)) {
    expect(code, about).toBe('method.unknown');
    return { reply: answer };
  }
  const spec = hostMethods[method];
  if (!mayAct(spec.roles, principal)) {
    expect(answer, about).toEqual({ id, ok: false, error: { code: 'auth.forbidden', params: { method } } });
    return { reply: answer };
  }
  if (!spec.input.safeParse(input ?? {}).success) {
    expect(code, about).toBe('request.invalidInput');
    expect(answer.ok === false && answer.error.params.method, about).toBe(method);
    return { reply: answer };
  }
  if (answer.ok) {
    const result = spec.result.safeParse(answer.result);
    expect(result.success, `result of ${about}: ${result.error?.message ?? ''}`).toBe(true);
  } else {
    expect(callRefusals, `a valid, allowed call refused as if it were not: ${about}`).not.toContain(code);
    expect(code, `a handler fault: ${about}`).not.toBe('host.internal');
  }
  return { reply: answer, ran: { method, input: input ?? {} } };
}

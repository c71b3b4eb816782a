// A failed host call as a value: the same typed error the host throws, carrying the code and
// params a screen translates, never a sentence.
import { HostError, type HostErrorPayload } from '../../../shared/host-api/errors.ts';

export { HostError as HostCallError };

/** Anything thrown on the way to the host becomes a problem a screen can translate. */
export function toProblem(error: unknown): HostErrorPayload {
  if (error instanceof HostError) return error.toPayload();
  return { code: 'host.internal', params: {} };
}

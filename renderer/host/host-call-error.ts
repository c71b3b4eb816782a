// A failed host call as a value: the typed code and params a screen translates, never a sentence.
import type { HostErrorCode, HostErrorPayload } from '../../shared/host-api/errors.ts';

export class HostCallError extends Error {
  readonly code: HostErrorCode;
  readonly params: Record<string, string | number>;

  constructor(code: HostErrorCode, params: Record<string, string | number> = {}) {
    super(code);
    this.name = 'HostCallError';
    this.code = code;
    this.params = params;
  }

  toProblem(): HostErrorPayload {
    return { code: this.code, params: this.params };
  }
}

/** Anything thrown on the way to the host becomes a problem a screen can translate. */
export function toProblem(error: unknown): HostErrorPayload {
  if (error instanceof HostCallError) return error.toProblem();
  return { code: 'host.internal', params: {} };
}

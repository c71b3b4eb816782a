// The bridge the preload hands the page: call() for allow-listed host methods, on() for
// allow-listed host events. Imports names and types only, so the preload bundle stays tiny.
import type { HostBridge } from '../../shared/host-api/bridge.ts';
import { ipcCallChannel, ipcEventChannel } from '../../shared/host-api/bridge.ts';
import type { CallEnvelope, ReplyEnvelope } from '../../shared/host-api/envelope.ts';
import { allowedEvents, allowedMethods } from '../../shared/host-api/names.ts';

/** The part of ipcRenderer the bridge uses. */
export interface BridgeIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function createHostBridge(ipc: BridgeIpc) {
  return {
    call(envelope: CallEnvelope): Promise<ReplyEnvelope> {
      const refusal = refuseCall(envelope);
      if (refusal) return Promise.resolve(refusal);
      // Only the three envelope fields cross, never anything else the page hung on the object.
      const { id, method, input } = envelope;
      return ipc.invoke(ipcCallChannel, { id, method, input }) as Promise<ReplyEnvelope>;
    },
    on(event, listener) {
      if (typeof event !== 'string' || !allowedEvents.has(event)) throw new Error(`Unknown host event: ${String(event).slice(0, 64)}`);
      if (typeof listener !== 'function') throw new TypeError('A host event listener must be a function');
      // The IPC event itself (with its sender) never reaches the page: only the payload does.
      const relay = (_ipcEvent: unknown, envelope: unknown) => {
        if (isEnvelopeOf(envelope, event)) listener(envelope.payload);
      };
      ipc.on(ipcEventChannel, relay);
      return () => {
        ipc.removeListener(ipcEventChannel, relay);
      };
    },
  } satisfies HostBridge;
}

/** The reply the dispatcher would give, without a round trip, for a call we will not pass on. */
function refuseCall(envelope: unknown): ReplyEnvelope | null {
  if (typeof envelope !== 'object' || envelope === null) {
    return { id: null, ok: false, error: { code: 'request.malformed', params: {} } };
  }
  const { id, method } = envelope as Partial<CallEnvelope>;
  // A method that is not a string is never turned into one: its toString is the page's to make throw.
  if (!isCallId(id) || typeof method !== 'string') {
    return { id: null, ok: false, error: { code: 'request.malformed', params: {} } };
  }
  if (!allowedMethods.has(method)) {
    return { id, ok: false, error: { code: 'method.unknown', params: { method: method.slice(0, 64) } } };
  }
  return null;
}

/** An id the envelope schema takes: a string of at most 64 characters or a safe integer, so a refusal is a valid reply. */
function isCallId(id: unknown): id is string | number {
  return (typeof id === 'string' && id.length <= 64) || Number.isSafeInteger(id);
}

function isEnvelopeOf(envelope: unknown, event: string): envelope is { event: string; payload: unknown } {
  return typeof envelope === 'object' && envelope !== null && (envelope as { event?: unknown }).event === event;
}

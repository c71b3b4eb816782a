// The surface a shell gives the renderer: call and on, nothing else (window.kiosk in Electron).
import type { CallEnvelope, ReplyEnvelope } from './envelope.ts';
import type { EventName } from './contract.ts';

export interface HostBridge {
  call(envelope: CallEnvelope): Promise<ReplyEnvelope>;
  /** Subscribes to one pushed event; returns the unsubscribe function. */
  on(event: EventName, listener: (payload: unknown) => void): () => void;
}

export const bridgeGlobalName = 'kiosk';
export const ipcCallChannel = 'atiende:call';
export const ipcEventChannel = 'atiende:event';

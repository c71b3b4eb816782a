// What the host says about this kiosk: still starting, ready with the store's profile, or out of
// service with the problem that keeps it there.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { KioskProfile } from '../../shared/host-api/contract.ts';
import type { HostErrorPayload } from '../../shared/host-api/errors.ts';

export type KioskStatus =
  | { status: 'starting' }
  | { status: 'ready'; profile: KioskProfile; assisted: boolean }
  | { status: 'outOfService'; problem: HostErrorPayload };

export interface KioskStatusState {
  current: KioskStatus;
  ready(profile: KioskProfile, assisted: boolean): void;
  outOfService(problem: HostErrorPayload): void;
}

export type KioskStatusStore = StoreApi<KioskStatusState>;

export function createKioskStatusStore(): KioskStatusStore {
  return createStore<KioskStatusState>()((set) => ({
    current: { status: 'starting' },
    ready: (profile, assisted) => set({ current: { status: 'ready', profile, assisted } }),
    outOfService: (problem) => set({ current: { status: 'outOfService', problem } }),
  }));
}

export function profileOf(state: KioskStatusState): KioskProfile | null {
  return state.current.status === 'ready' ? state.current.profile : null;
}

/** Whether staff have switched the kiosk to assisted mode. */
export function assistedOf(state: KioskStatusState): boolean {
  return state.current.status === 'ready' && state.current.assisted;
}

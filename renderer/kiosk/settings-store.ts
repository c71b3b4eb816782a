// What the host says about this kiosk: still starting, ready with the store's profile, or out of
// service with the problem that keeps it there.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { KioskProfile } from '../../shared/host-api/contract.ts';
import type { HostErrorPayload } from '../../shared/host-api/errors.ts';

export type KioskStatus =
  | { status: 'starting' }
  | { status: 'ready'; profile: KioskProfile; assisted: boolean }
  | { status: 'outOfService'; problem: HostErrorPayload };

export interface SettingsState {
  kiosk: KioskStatus;
  ready(profile: KioskProfile, assisted: boolean): void;
  outOfService(problem: HostErrorPayload): void;
}

export type SettingsStore = StoreApi<SettingsState>;

export function createSettingsStore(): SettingsStore {
  return createStore<SettingsState>()((set) => ({
    kiosk: { status: 'starting' },
    ready: (profile, assisted) => set({ kiosk: { status: 'ready', profile, assisted } }),
    outOfService: (problem) => set({ kiosk: { status: 'outOfService', problem } }),
  }));
}

export function profileOf(state: SettingsState): KioskProfile | null {
  return state.kiosk.status === 'ready' ? state.kiosk.profile : null;
}

/** Whether staff have switched the kiosk to assisted mode. */
export function assistedOf(state: SettingsState): boolean {
  return state.kiosk.status === 'ready' && state.kiosk.assisted;
}

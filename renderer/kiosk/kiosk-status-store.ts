// What the host says about this kiosk: still starting, ready with the store's profile (and what
// staff have done to it: assisted mode, who is signed in, a closure), or out of service with the
// problem that keeps it there.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { KioskProfile, KioskState } from '../../shared/host-api/contract.ts';
import type { HostErrorPayload } from '../../shared/host-api/errors.ts';

type ReadyKioskState = Extract<KioskState, { state: 'ready' }>;

/** The staff member signed in at the kiosk, by name and role only. */
export type KioskStaff = NonNullable<ReadyKioskState['staff']>;
/** Staff have put the kiosk out of service, with what customers are told. */
export type KioskClosure = NonNullable<ReadyKioskState['closure']>;

export type KioskStatus =
  | { status: 'starting' }
  | { status: 'ready'; profile: KioskProfile; assisted: boolean; staff: KioskStaff | null; closure: KioskClosure | null }
  | { status: 'outOfService'; problem: HostErrorPayload };

export interface KioskStatusState {
  current: KioskStatus;
  ready(state: Omit<ReadyKioskState, 'state'>): void;
  outOfService(problem: HostErrorPayload): void;
}

export type KioskStatusStore = StoreApi<KioskStatusState>;

export function createKioskStatusStore(): KioskStatusStore {
  return createStore<KioskStatusState>()((set) => ({
    current: { status: 'starting' },
    ready: ({ profile, assisted, staff, closure }) => set({ current: { status: 'ready', profile, assisted, staff, closure } }),
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

/** The staff member signed in at the kiosk, if any. */
export function staffOf(state: KioskStatusState): KioskStaff | null {
  return state.current.status === 'ready' ? state.current.staff : null;
}

/** Staff's closure of the kiosk, while it lasts. */
export function closureOf(state: KioskStatusState): KioskClosure | null {
  return state.current.status === 'ready' ? state.current.closure : null;
}

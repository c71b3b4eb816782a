// Hands the kiosk to components, which read only the slices of its stores they show.
import { createContext, useContext } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { AccessibilityState } from './accessibility/accessibility-store.ts';
import type { FlowState } from './flows/flow-store.ts';
import type { HelpState } from './help/help-store.ts';
import type { IdleState } from './idle/idle-store.ts';
import type { SessionState } from './session/session-store.ts';
import type { StaffState } from './staff/staff-store.ts';
import type { TutorialState } from './tutorials/tutorial-store.ts';
import type { Kiosk } from './kiosk.ts';
import type { KioskStatusState } from './kiosk-status-store.ts';

export const KioskContext = createContext<Kiosk | null>(null);

export function useKiosk(): Kiosk {
  const kiosk = useContext(KioskContext);
  if (!kiosk) throw new Error('useKiosk outside <KioskContext>');
  return kiosk;
}

interface KioskStates {
  status: KioskStatusState;
  session: SessionState;
  flow: FlowState;
  idle: IdleState;
  help: HelpState;
  tutorial: TutorialState;
  staff: StaffState;
  accessibility: AccessibilityState;
}

/** Reads one slice of one of the kiosk's stores, e.g. useKioskSlice('session', (s) => s.phase). */
export function useKioskSlice<K extends keyof KioskStates, U>(store: K, select: (state: KioskStates[K]) => U): U {
  const api = useKiosk()[store] as unknown as StoreApi<KioskStates[K]>;
  return useStore<StoreApi<KioskStates[K]>, U>(api, select);
}

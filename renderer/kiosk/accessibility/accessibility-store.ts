// Which accessibility modes the customer has on, and the speech volume they chose. Per session:
// `reset` (at the session's end) turns every mode off and the volume back to its start.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { accessibilityModes, type AccessibilityMode, type AccessibilityTrigger } from '../../../shared/accessibility/modes.ts';

/** The speech volume a session starts at, and its steps (0 to 1). */
export const startVolume = 0.8;
export const volumeStep = 0.1;

export type ModeSwitches = Record<AccessibilityMode, boolean>;

interface AccessibilityData {
  modes: ModeSwitches;
  volume: number;
  /** Modes switched before the session began (on the attract or language screen): logged once it has. */
  unlogged: { mode: AccessibilityMode; on: boolean; via: Exclude<AccessibilityTrigger, 'sessionEnd'> }[];
}

export interface AccessibilityState extends AccessibilityData {
  /** Sets a mode; false when it already was so (nothing to log). */
  switched(mode: AccessibilityMode, on: boolean): boolean;
  volumeChanged(volume: number): void;
  noteUnlogged(change: AccessibilityData['unlogged'][number]): void;
  takeUnlogged(): AccessibilityData['unlogged'];
  reset(): void;
}

export type AccessibilityStore = StoreApi<AccessibilityState>;

const allOff = Object.fromEntries(accessibilityModes.map((mode) => [mode, false])) as ModeSwitches;

export function createAccessibilityStore(): AccessibilityStore {
  return createStore<AccessibilityState>()((set, get) => ({
    modes: allOff,
    volume: startVolume,
    unlogged: [],
    switched(mode, on) {
      if (get().modes[mode] === on) return false;
      set({ modes: { ...get().modes, [mode]: on } });
      return true;
    },
    volumeChanged: (volume) => set({ volume: Math.min(1, Math.max(0.1, Math.round(volume * 10) / 10)) }),
    noteUnlogged: (change) => set({ unlogged: [...get().unlogged, change] }),
    takeUnlogged() {
      const { unlogged } = get();
      set({ unlogged: [] });
      return unlogged;
    },
    reset: () => set({ modes: allOff, volume: startVolume, unlogged: [] }),
  }));
}

/** Any mode on: the session's time limits are lengthened by the store's factor. */
export function anyModeOn(modes: ModeSwitches): boolean {
  return accessibilityModes.some((mode) => modes[mode]);
}

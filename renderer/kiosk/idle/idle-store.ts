// Whether the idle watch is off, quietly watching, or showing the "are you still there?" warning.
import { createStore, type StoreApi } from 'zustand/vanilla';

export interface IdleState {
  phase: 'off' | 'watching' | 'warning';
  secondsLeft: number;
  watching(): void;
  warned(secondsLeft: number): void;
  counted(secondsLeft: number): void;
  stopped(): void;
}

export type IdleStore = StoreApi<IdleState>;

export function createIdleStore(): IdleStore {
  return createStore<IdleState>()((set, get) => ({
    phase: 'off',
    secondsLeft: 0,
    watching: () => set({ phase: 'watching', secondsLeft: 0 }),
    warned: (secondsLeft) => set({ phase: 'warning', secondsLeft }),
    counted: (secondsLeft) => {
      if (get().phase === 'warning') set({ secondsLeft });
    },
    stopped: () => set({ phase: 'off', secondsLeft: 0 }),
  }));
}

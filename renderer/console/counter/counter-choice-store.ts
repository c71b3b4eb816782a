// Which counter this console sits at: remembered by the browser (the PC stays at its counter when
// staff change), chosen again on request or when the store no longer has it.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { BrowserMemory } from '../../kit/browser-memory.ts';
import { memoryKeys } from '../preferences.ts';

export interface CounterChoiceState {
  /** The counter chosen, or the one remembered until the store's counters are known. */
  counter: string | null;
  /** The picker is showing: nothing chosen yet, or staff asked to change. */
  picking: boolean;
  chose(counter: string): void;
  changeRequested(): void;
  /** The store's counters are known: a remembered counter that is gone is forgotten. */
  countersKnown(counters: readonly string[]): void;
}

export type CounterChoiceStore = StoreApi<CounterChoiceState>;

export function createCounterChoiceStore(memory: BrowserMemory): CounterChoiceStore {
  const remembered = memory.read(memoryKeys.counter);
  return createStore<CounterChoiceState>()((set, get) => ({
    counter: remembered,
    picking: remembered === null,
    chose: (counter) => {
      memory.write(memoryKeys.counter, counter);
      set({ counter, picking: false });
    },
    changeRequested: () => set({ picking: true }),
    countersKnown: (counters) => {
      const { counter } = get();
      if (counter !== null && !counters.includes(counter)) {
        memory.write(memoryKeys.counter, null);
        set({ counter: null, picking: true });
      }
    },
  }));
}

/** The counter the console works at, or null while the picker shows. */
export function workingCounterOf(state: CounterChoiceState): string | null {
  return state.picking ? null : state.counter;
}

// Hands the console to components, which read only the slices of its stores they show.
import { createContext, useContext } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { AlertState } from './alerts/alert-store.ts';
import type { CounterChoiceState } from './counter/counter-choice-store.ts';
import type { CounterQueueState } from './counter/counter-queue-store.ts';
import type { DeskState } from './counter/desk-store.ts';
import type { SessionState } from '../kit/staff/session-store.ts';
import type { StaffConsole } from './staff-console.ts';

export const ConsoleContext = createContext<StaffConsole | null>(null);

export function useConsole(): StaffConsole {
  const staffConsole = useContext(ConsoleContext);
  if (!staffConsole) throw new Error('useConsole outside <ConsoleContext>');
  return staffConsole;
}

interface ConsoleStates {
  session: SessionState;
  counterChoice: CounterChoiceState;
  queue: CounterQueueState;
  desk: DeskState;
  alerts: AlertState;
}

/** Reads one slice of one of the console's stores, e.g. useConsoleSlice('queue', (q) => q.view). */
export function useConsoleSlice<K extends keyof ConsoleStates, U>(store: K, select: (state: ConsoleStates[K]) => U): U {
  const api = useConsole()[store] as unknown as StoreApi<ConsoleStates[K]>;
  return useStore<StoreApi<ConsoleStates[K]>, U>(api, select);
}

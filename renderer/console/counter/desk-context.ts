// Hands the counter's desk (its actions) to the components of the counter console.
import { createContext, useContext } from 'react';
import type { CounterDesk } from './counter-desk.ts';

export const DeskContext = createContext<CounterDesk | null>(null);

export function useDesk(): CounterDesk {
  const desk = useContext(DeskContext);
  if (!desk) throw new Error('useDesk outside <DeskContext>');
  return desk;
}

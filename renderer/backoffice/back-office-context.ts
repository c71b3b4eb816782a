// Hands the back office to components, which read only the slices of its stores they show.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { SessionState } from '../kit/staff/session-store.ts';
import type { BackOffice } from './back-office.ts';

export const BackOfficeContext = createContext<BackOffice | null>(null);

export function useBackOffice(): BackOffice {
  const office = useContext(BackOfficeContext);
  if (!office) throw new Error('useBackOffice outside <BackOfficeContext>');
  return office;
}

export function useSessionSlice<U>(select: (state: SessionState) => U): U {
  return useStore(useBackOffice().session, select);
}

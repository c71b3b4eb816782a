// What the reports page needs from the app that shows it (the back office, or the kiosk for a
// manager signed in there), handed down to its components, which read only the slices they show.
import type { i18n } from 'i18next';
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { HostClient } from '../host/host-client.ts';
import type { SaveFile } from '../save-file.ts';
import type { ReportState, ReportStore } from './report-store.ts';

export interface ReportDesk {
  /** Carries the manager's rights: a session cookie in the back office, the sign-in at the kiosk. */
  host: HostClient;
  /** For the HTML report, made here in the manager's language. */
  i18n: i18n;
  reports: ReportStore;
  /** Null where files cannot be saved (the kiosk has no downloads): no download is offered then. */
  save: SaveFile | null;
  /** Today, for the period presets. */
  now: () => number;
}

export const ReportDeskContext = createContext<ReportDesk | null>(null);

export function useReportDesk(): ReportDesk {
  const desk = useContext(ReportDeskContext);
  if (!desk) throw new Error('useReportDesk outside <ReportDeskContext>');
  return desk;
}

export function useReportSlice<U>(select: (state: ReportState) => U): U {
  return useStore(useReportDesk().reports, select);
}

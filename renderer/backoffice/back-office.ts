// One back office's state as every action and component sees it: the host client (which notices a
// lapsed sign-in), the stores, the browser's memory, a way to save a file, and the clock. It is the
// reports page's ReportDesk too (renderer/kit/reports), with the downloads a browser at a desk has.
import type { i18n } from 'i18next';
import type { BrowserMemory } from '../kit/browser-memory.ts';
import type { HostClient } from '../kit/host/host-client.ts';
import type { ReportStore } from '../kit/reports/report-store.ts';
import type { SaveFile } from '../kit/save-file.ts';
import type { SessionStore } from '../kit/staff/session-store.ts';
import type { Timers } from '../kit/timers.ts';

export interface BackOffice {
  host: HostClient;
  /** The page's own fetch, for the sign-in routes. */
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  i18n: i18n;
  memory: BrowserMemory;
  session: SessionStore;
  reports: ReportStore;
  save: SaveFile;
  timers: Timers;
  now: () => number;
}

/** What this browser remembers for the back office: the manager's language and the last sign-in's idle limit. */
export const officeMemoryKeys = {
  language: 'atiende.backoffice.language',
  idleMinutes: 'atiende.backoffice.idleMinutes',
} as const;

// Builds one back office's state. Nothing is a module singleton, so tests build their own.
import { guardSession } from '../kit/staff/session-guard.ts';
import { createSessionStore } from '../kit/staff/session-store.ts';
import { createReportStore } from '../kit/reports/report-store.ts';
import type { BackOffice } from './back-office.ts';

export type BackOfficeDeps = Omit<BackOffice, 'session' | 'reports'>;

export function createBackOffice({ host, ...deps }: BackOfficeDeps): BackOffice {
  const session = createSessionStore();
  return {
    ...deps,
    host: guardSession(host, () => session.getState().expired()),
    session,
    reports: createReportStore(new Date(deps.now())),
  };
}

// The complaint desk's data: every complaint (newest first, as the host lists them), the store's
// names for their categories, and each complaint replaced by the host's answer after an action.
import { useCallback, useEffect, useState } from 'react';
import type { LocalizedText } from '../../../shared/config/localized-text.ts';
import type { ComplaintView } from '../../../shared/host-api/complaint-views.ts';
import type { HostErrorPayload } from '../../../shared/host-api/errors.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import { toProblem } from '../../kit/host/host-call-error.ts';
import { useBackOffice } from '../back-office-context.ts';
import { complaintCategories } from './complaint-categories.ts';

export interface ComplaintDesk {
  /** Null until the host has answered. */
  complaints: ComplaintView[] | null;
  problem: HostErrorPayload | null;
  categories: Record<string, LocalizedText>;
  /** The store's default language, for names missing in the manager's. */
  storeLanguage: Language;
  /** The host's answer to an action on one complaint. */
  changed(complaint: ComplaintView): void;
}

export function useComplaintDesk(): ComplaintDesk {
  const { host } = useBackOffice();
  const [complaints, setComplaints] = useState<ComplaintView[] | null>(null);
  const [problem, setProblem] = useState<HostErrorPayload | null>(null);
  const [categories, setCategories] = useState<Record<string, LocalizedText>>({});
  const [storeLanguage, setStoreLanguage] = useState<Language>('es');

  useEffect(() => {
    let current = true;
    // Every complaint, so the counts per status are the desk's whole; the page shows the open ones first.
    host.call('complaints.list', { status: 'all' }).then(
      (answer) => current && setComplaints(answer.complaints),
      (error: unknown) => current && setProblem(toProblem(error)),
    );
    host.call('kiosk.state', {}).then(
      (state) => {
        if (!current || state.state !== 'ready') return;
        setCategories(complaintCategories(state.profile));
        setStoreLanguage(state.profile.languages.default);
      },
      // Without the store's names the categories show by their ids: nothing else is lost.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [host]);

  const changed = useCallback((complaint: ComplaintView) => {
    setComplaints((list) => list?.map((known) => (known.reference === complaint.reference ? complaint : known)) ?? null);
  }, []);

  return { complaints, problem, categories, storeLanguage, changed };
}

// The complaint desk's host methods, for managers: the complaints filed at the kiosk, their contact on
// request (each request audited by the dispatcher), and the call back and the outcome.
import { HostError } from '../../../shared/host-api/errors.ts';
import type { DomainHandlers } from '../api/dispatcher.ts';
import type { ComplaintDesk } from './complaint-desk.ts';

export interface ComplaintHandlersDeps {
  /** Null when the store takes no complaints (its config has no `complaints`) or its config was refused. */
  desk: ComplaintDesk | null;
}

export function complaintHandlers({ desk }: ComplaintHandlersDeps): DomainHandlers<'complaints'> {
  const open = (): ComplaintDesk => {
    if (!desk) throw new HostError('complaints.notConfigured');
    return desk;
  };
  return {
    // A store without a desk has simply no complaints to list: the back office shows an empty desk.
    'complaints.list': ({ status }) => ({ complaints: desk?.list(status) ?? [] }),
    'complaints.revealContact': ({ reference }) => ({ contact: open().revealContact(reference) }),
    'complaints.markContacted': ({ reference, note }) => ({ complaint: open().markContacted(reference, note) }),
    'complaints.resolve': ({ reference, outcome, note }) => ({ complaint: open().resolve(reference, outcome, note) }),
  };
}

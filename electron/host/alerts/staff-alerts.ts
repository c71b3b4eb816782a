// The alerts staff cannot miss: a customer asking for a person, a printer in trouble. Each is
// pushed to every console at once and stays on the list until one member of staff acknowledges
// it; the acknowledgement is pushed too, so every other console takes it down.
import { randomUUID } from 'node:crypto';
import type { EventPayload } from '../../../shared/host-api/contract.ts';
import { HostError } from '../../../shared/host-api/errors.ts';
import type { StaffAlert } from '../../../shared/host-api/staff-views.ts';

/** An alert as raised: the list gives it its id and time. */
export type RaisedAlert = StaffAlert extends infer A ? (A extends StaffAlert ? Omit<A, 'id' | 'at'> : never) : never;

export interface StaffAlerts {
  raise(alert: RaisedAlert): StaffAlert;
  /** Open alerts, oldest first. */
  list(): StaffAlert[];
  /** Takes an alert down for everyone; `by` is the staff member, for the audit. */
  acknowledge(id: string, by: string | null): void;
}

export interface StaffAlertsDeps {
  now: () => Date;
  emit: {
    (event: 'staff.alert', payload: EventPayload<'staff.alert'>): void;
    (event: 'staff.alertAcknowledged', payload: EventPayload<'staff.alertAcknowledged'>): void;
  };
}

/** A kiosk nobody attends for a day must not grow without end: the oldest open alerts give way. */
const keptOpen = 200;

export function createStaffAlerts({ now, emit }: StaffAlertsDeps): StaffAlerts {
  const open = new Map<string, StaffAlert>();
  return {
    raise(raised) {
      const alert = { ...raised, id: randomUUID(), at: now().toISOString() } as StaffAlert;
      open.set(alert.id, alert);
      for (const id of open.keys()) {
        if (open.size <= keptOpen) break;
        open.delete(id);
      }
      emit('staff.alert', alert);
      return alert;
    },
    list: () => [...open.values()],
    acknowledge(id, by) {
      if (!open.delete(id)) throw new HostError('staff.unknownAlert');
      emit('staff.alertAcknowledged', { id, by, at: now().toISOString() });
    },
  };
}

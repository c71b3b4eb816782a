// The alerts staff cannot miss: a customer asking for a person, a printer in trouble. Each is
// pushed to every console at once and stays on the list, also across a restart of the kiosk,
// until one member of staff acknowledges it; the acknowledgement is pushed too, so every other
// console takes it down.
import { randomUUID } from 'node:crypto';
import type { EventPayload } from '../../../shared/host-api/contract.ts';
import { HostError } from '../../../shared/host-api/errors.ts';
import { staffAlertSchema, type StaffAlert } from '../../../shared/host-api/staff-views.ts';
import type { KioskDatabase } from '../storage/database.ts';

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
  db: KioskDatabase;
  now: () => Date;
  emit: {
    (event: 'staff.alert', payload: EventPayload<'staff.alert'>): void;
    (event: 'staff.alertAcknowledged', payload: EventPayload<'staff.alertAcknowledged'>): void;
  };
}

/** A kiosk nobody attends for a day must not grow without end: the oldest open alerts give way. */
const keptOpen = 200;

export function createStaffAlerts({ db, now, emit }: StaffAlertsDeps): StaffAlerts {
  const insert = db.prepare('INSERT INTO staff_alerts (id, seq, alert) VALUES (?, ?, ?)');
  const remove = db.prepare('DELETE FROM staff_alerts WHERE id = ?');
  const trim = db.prepare('DELETE FROM staff_alerts WHERE seq <= ?');
  const open = new Map<string, { seq: number; alert: StaffAlert }>();
  let seq = 0;
  const kept = (write: () => void) => {
    try {
      write();
    } catch (fault) {
      console.error('[alerts] the alert list could not be saved', fault);
    }
  };
  for (const row of db.prepare('SELECT id, seq, alert FROM staff_alerts ORDER BY seq').all()) {
    // An alert the schema no longer reads is dropped rather than kept from the others.
    const parsed = staffAlertSchema.safeParse(JSON.parse(String(row.alert)));
    seq = Math.max(seq, Number(row.seq));
    if (parsed.success) open.set(String(row.id), { seq: Number(row.seq), alert: parsed.data });
    else remove.run(String(row.id));
  }
  return {
    raise(raised) {
      const alert = { ...raised, id: randomUUID(), at: now().toISOString() } as StaffAlert;
      seq += 1;
      open.set(alert.id, { seq, alert });
      // A database that cannot be written (what a health alert may be about) must not silence the
      // alert: it is kept here and pushed all the same, only lost if the kiosk restarts meanwhile.
      kept(() => insert.run(alert.id, seq, JSON.stringify(alert)));
      if (open.size > keptOpen) {
        const cut = [...open.values()][open.size - keptOpen - 1]?.seq ?? 0;
        kept(() => trim.run(cut));
        for (const [id, entry] of open) if (entry.seq <= cut) open.delete(id);
      }
      emit('staff.alert', alert);
      return alert;
    },
    list: () => [...open.values()].map((entry) => entry.alert),
    acknowledge(id, by) {
      if (!open.delete(id)) throw new HostError('staff.unknownAlert');
      kept(() => remove.run(id));
      emit('staff.alertAcknowledged', { id, by, at: now().toISOString() });
    },
  };
}

// Complaints: filed with a staff ticket flagged as a complaint; contact details are kept only for
// the configured days and then deleted, and never reach the usage log (the runner logs the category).
import type { FlowValues } from '../../../shared/flows/flow-actions.ts';
import { inTransaction, type KioskDatabase } from '../storage/database.ts';
import { field, readableReference, type FlowActions } from '../flows/flow-action.ts';
import type { TicketDesk } from '../queue/ticket-desk.ts';

export interface ComplaintDeskDeps {
  db: KioskDatabase;
  tickets: TicketDesk;
  queueService: string;
  keepContactDays: number;
  now: () => Date;
}

export interface ComplaintDesk {
  actions: FlowActions;
  /** Deletes contact details past their keeping date; returns how many were deleted. */
  purgeExpiredContacts(): number;
}

const dayMs = 24 * 60 * 60 * 1000;

export function createComplaintDesk(deps: ComplaintDeskDeps): ComplaintDesk {
  const { db, tickets, queueService, keepContactDays, now } = deps;
  const insert = db.prepare(
    `INSERT INTO complaints (reference, category, description, contact, ticket_number, filed_at, contact_delete_after)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const purge = db.prepare(
    'UPDATE complaints SET contact = NULL, contact_delete_after = NULL WHERE contact_delete_after IS NOT NULL AND contact_delete_after <= ?',
  );

  function file(values: FlowValues) {
    const at = now();
    const wantsContact = field(values, 'contactWanted') === 'yes' && field(values, 'contactDetails') !== '';
    const reference = readableReference('C');
    const ticket = tickets.take(queueService, 'complaint');
    inTransaction(db, () =>
      insert.run(
        reference,
        field(values, 'complaintCategory'),
        field(values, 'complaintText'),
        wantsContact ? field(values, 'contactDetails') : null,
        ticket.number,
        at.toISOString(),
        wantsContact ? new Date(at.getTime() + keepContactDays * dayMs).toISOString() : null,
      ),
    );
    return [
      { id: 'complaintReference' as const, value: reference, kind: 'code' as const },
      { id: 'ticketNumber' as const, value: ticket.number, kind: 'code' as const },
      ...(wantsContact ? [{ id: 'contactKeptDays' as const, value: keepContactDays, kind: 'count' as const }] : []),
    ];
  }

  return {
    actions: {
      'complaint.file': {
        run: file,
        practice: (values) => [
          { id: 'complaintReference', value: 'C-PRACTICE', kind: 'code' },
          { id: 'ticketNumber', value: 'X000', kind: 'code' },
          ...(field(values, 'contactWanted') === 'yes' ? [{ id: 'contactKeptDays' as const, value: keepContactDays, kind: 'count' as const }] : []),
        ],
      },
    },
    purgeExpiredContacts: () => Number(purge.run(now().toISOString()).changes),
  };
}

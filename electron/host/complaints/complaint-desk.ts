// Complaints: filed with a staff ticket flagged as a complaint; contact details are kept only for
// the configured days and then deleted, and never reach the usage log (the runner logs the category).
import type { FlowValues } from '../../../shared/flows/flow-actions.ts';
import { inTransaction, type KioskDatabase } from '../storage/database.ts';
import { field, readableReference, type ActionAnswer, type ActionContext, type FlowActions } from '../flows/flow-action.ts';
import type { QueueSystem } from '../queue/queue-system.ts';

export interface ComplaintDeskDeps {
  db: KioskDatabase;
  queue: QueueSystem;
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
  const { db, queue, queueService, keepContactDays, now } = deps;
  const insert = db.prepare(
    `INSERT INTO complaints (reference, category, description, contact, ticket_number, filed_at, contact_delete_after)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const purge = db.prepare(
    'UPDATE complaints SET contact = NULL, contact_delete_after = NULL WHERE contact_delete_after IS NOT NULL AND contact_delete_after <= ?',
  );

  async function file(values: FlowValues, { sessionId }: ActionContext): Promise<ActionAnswer> {
    const wantsContact = field(values, 'contactWanted') === 'yes' && field(values, 'contactDetails') !== '';
    const reference = readableReference('C');
    const ticket = await queue.takeTicket({ service: queueService, kind: 'complaint', sessionId });
    const at = now();
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
    const facts = [
      { id: 'complaintReference' as const, value: reference, kind: 'code' as const },
      { id: 'ticketNumber' as const, value: ticket.number, kind: 'code' as const },
      ...(wantsContact ? [{ id: 'contactKeptDays' as const, value: keepContactDays, kind: 'count' as const }] : []),
    ];
    return { facts, ticket };
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

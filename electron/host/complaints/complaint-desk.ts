// Complaints: filed at the kiosk with a staff ticket flagged as a complaint, then followed up by a
// manager at the desk, who calls the customer back and records how it ended. What the customer wrote,
// the contact they left and the manager's note live only for the store's keeping days; the category,
// the times and the outcome stay for the reports. None of it reaches the usage log (the runner logs the category).
import type { FlowValues } from '../../../shared/flows/flow-actions.ts';
import type { ComplaintOutcome, ComplaintStatus, ComplaintView } from '../../../shared/host-api/complaint-views.ts';
import { HostError } from '../../../shared/host-api/errors.ts';
import { inTransaction, type KioskDatabase } from '../storage/database.ts';
import { field, readableReference, type ActionAnswer, type ActionContext, type FlowActions } from '../flows/flow-action.ts';
import type { QueueSystem } from '../queue/queue-system.ts';
import { createComplaintErasure } from './complaint-erasure.ts';
import { complaintOf, viewOf, type StoredComplaint } from './complaint-rows.ts';

export { readComplaintFigures } from './complaint-rows.ts';

export interface ComplaintDeskDeps {
  db: KioskDatabase;
  queue: QueueSystem;
  queueService: string;
  keepContactDays: number;
  now: () => Date;
}

export interface ComplaintDesk {
  actions: FlowActions;
  /** Newest first; `open`: not resolved yet. Says whether a contact is held, never the contact itself. */
  list(status: 'open' | 'all'): ComplaintView[];
  /** The contact the customer left; null when they left none or its keeping days are over. */
  revealContact(reference: string): string | null;
  /** The first call marks the time to first contact; a later one only replaces the note, when one is given. */
  markContacted(reference: string, note?: string): ComplaintView;
  resolve(reference: string, outcome: ComplaintOutcome, note?: string): ComplaintView;
  /** Erases the text, the contact and the note of complaints past their keeping days, from the disk too; returns how many. */
  purgeExpiredContacts(): number;
}

type FollowUp = Pick<StoredComplaint, 'status' | 'contactedAt' | 'resolvedAt' | 'outcome'>;

const dayMs = 24 * 60 * 60 * 1000;
const storedColumns =
  'reference, category, description, contact IS NOT NULL AS has_contact, note, ticket_number, filed_at, kept_until, status, contacted_at, resolved_at, outcome';

export function createComplaintDesk(deps: ComplaintDeskDeps): ComplaintDesk {
  const { db, queue, queueService, keepContactDays, now } = deps;
  const insert = db.prepare(
    `INSERT INTO complaints (reference, category, description, contact, contact_left, ticket_number, filed_at, kept_until)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const selectOne = db.prepare(`SELECT ${storedColumns} FROM complaints WHERE reference = ?`);
  const selectAll = db.prepare(`SELECT ${storedColumns} FROM complaints ORDER BY filed_at DESC, reference DESC`);
  const selectOpen = db.prepare(`SELECT ${storedColumns} FROM complaints WHERE status <> 'resolved' ORDER BY filed_at DESC, reference DESC`);
  const selectContact = db.prepare('SELECT contact, kept_until FROM complaints WHERE reference = ?');
  const followUp = db.prepare(
    `UPDATE complaints SET status = :status, contacted_at = :contactedAt, resolved_at = :resolvedAt, outcome = :outcome, note = :note
     WHERE reference = :reference`,
  );
  const erasure = createComplaintErasure(db, now);

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
        wantsContact ? 1 : 0,
        ticket.number,
        at.toISOString(),
        // Every complaint has one: its text goes after the keeping days even when no contact was left.
        new Date(at.getTime() + keepContactDays * dayMs).toISOString(),
      ),
    );
    const facts = [
      { id: 'complaintReference' as const, value: reference, kind: 'code' as const },
      { id: 'ticketNumber' as const, value: ticket.number, kind: 'code' as const },
      ...(wantsContact ? [{ id: 'contactKeptDays' as const, value: keepContactDays, kind: 'count' as const }] : []),
    ];
    return { facts, ticket };
  }

  /** A row of the complaint; a reference read out by a customer may come in lower case. */
  function rowOf(select: typeof selectOne, reference: string) {
    const row = select.get(reference.toUpperCase());
    if (!row) throw new HostError('complaints.unknownReference', { reference });
    return row;
  }
  const stored = (reference: string): StoredComplaint => complaintOf(rowOf(selectOne, reference));

  /**
   * Records a step of the follow-up and answers the complaint as it now stands. A note lives as long
   * as the text it is about: past the keeping days one is refused (the manager saves without it) and
   * any note left is dropped at once, without waiting for the hourly purge.
   */
  function record(complaint: StoredComplaint, change: FollowUp, note: string | undefined): ComplaintView {
    const at = now().toISOString();
    const kept = complaint.keptUntil > at;
    if (!kept && note) throw new HostError('complaints.erased', { reference: complaint.reference });
    const keptNote = !kept || note === '' ? null : (note ?? complaint.note);
    const { status, contactedAt, resolvedAt, outcome } = change;
    followUp.run({ status, contactedAt, resolvedAt, outcome, note: keptNote, reference: complaint.reference });
    return viewOf(stored(complaint.reference), at);
  }

  function markContacted(reference: string, note?: string): ComplaintView {
    const complaint = stored(reference);
    // A complaint already resolved stays resolved: a later call back changes its note, not its state.
    const status: ComplaintStatus = complaint.status === 'new' ? 'contacted' : complaint.status;
    return record(complaint, { ...complaint, status, contactedAt: complaint.contactedAt ?? now().toISOString() }, note);
  }

  function resolve(reference: string, outcome: ComplaintOutcome, note?: string): ComplaintView {
    const complaint = stored(reference);
    const at = now().toISOString();
    // Resolving a complaint nobody marked contacted is a manager who settled it in one call (or tried
    // to, for `unreachable`, and a try is a contact here): that call was the first contact, so the
    // report's time to first contact and its count of contacted complaints must include it. Only an
    // `unfounded` complaint may be closed on its text alone; stamping it would count a call never made.
    const contactedAt = complaint.contactedAt ?? (outcome === 'unfounded' ? null : at);
    // Resolving again corrects the outcome or the note; the complaint was resolved the first time.
    return record(complaint, { status: 'resolved', contactedAt, resolvedAt: complaint.resolvedAt ?? at, outcome }, note);
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
    list: (status) => {
      const at = now().toISOString();
      return (status === 'open' ? selectOpen : selectAll).all().map((row) => viewOf(complaintOf(row), at));
    },
    revealContact: (reference) => {
      const { contact, kept_until: keptUntil } = rowOf(selectContact, reference);
      // Past the keeping days the contact is gone for the desk, even before the hourly purge erases it.
      return typeof contact === 'string' && String(keptUntil) > now().toISOString() ? contact : null;
    },
    markContacted,
    resolve,
    purgeExpiredContacts: erasure.purge,
  };
}

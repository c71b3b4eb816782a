// Complaints as the `complaints` table holds them (migration 10), as the desk shows them, and as the
// reports count them.
import type { SQLOutputValue } from 'node:sqlite';
import {
  complaintOutcomeSchema,
  complaintStatusSchema,
  type ComplaintOutcome,
  type ComplaintStatus,
  type ComplaintView,
} from '../../../shared/host-api/complaint-views.ts';
import type { KioskDatabase } from '../storage/database.ts';

type Row = Record<string, SQLOutputValue>;

/** A complaint as stored, without its contact: that is read only on a manager's request. */
export interface StoredComplaint {
  reference: string;
  category: string;
  /** Null once erased. */
  text: string | null;
  hasContact: boolean;
  note: string | null;
  ticketNumber: string;
  filedAt: string;
  keptUntil: string;
  status: ComplaintStatus;
  contactedAt: string | null;
  resolvedAt: string | null;
  outcome: ComplaintOutcome | null;
}

const textOrNull = (value: SQLOutputValue | undefined): string | null => (typeof value === 'string' ? value : null);

export function complaintOf(row: Row): StoredComplaint {
  return {
    reference: String(row.reference),
    category: String(row.category),
    text: textOrNull(row.description),
    hasContact: Number(row.has_contact) === 1,
    note: textOrNull(row.note),
    ticketNumber: String(row.ticket_number),
    filedAt: String(row.filed_at),
    keptUntil: String(row.kept_until),
    status: complaintStatusSchema.parse(row.status),
    contactedAt: textOrNull(row.contacted_at),
    resolvedAt: textOrNull(row.resolved_at),
    outcome: complaintOutcomeSchema.nullable().parse(row.outcome),
  };
}

/**
 * What a manager sees at `at` (an ISO time). `keptUntil` is when the text, the contact and the note
 * go, for every complaint: the customer who left no contact still wrote a text that goes then. Past
 * it the desk shows none of them, even in the hour before the purge erases them from the disk.
 */
export function viewOf(complaint: StoredComplaint, at: string): ComplaintView {
  const kept = complaint.keptUntil > at;
  return {
    reference: complaint.reference,
    category: complaint.category,
    text: kept ? complaint.text : null,
    filedAt: complaint.filedAt,
    ticketNumber: complaint.ticketNumber,
    hasContact: kept && complaint.hasContact,
    keptUntil: complaint.keptUntil,
    status: complaint.status,
    contactedAt: complaint.contactedAt,
    resolvedAt: complaint.resolvedAt,
    outcome: complaint.outcome,
    note: kept ? complaint.note : null,
  };
}

/** One complaint as the reports count it: nothing a customer or a manager wrote. */
export interface ComplaintFigure {
  category: string;
  filedAt: string;
  /** Whether the customer left contact details, also once they are erased. */
  contactLeft: boolean;
  contactedAt: string | null;
  resolvedAt: string | null;
  outcome: ComplaintOutcome | null;
}

/** Complaints filed in [from, to) (ISO times, any offset), oldest first, for the complaints report. */
export function readComplaintFigures(db: KioskDatabase, fromIso: string, toIso: string): ComplaintFigure[] {
  const rows = db
    .prepare(
      `SELECT category, filed_at, contact_left, contacted_at, resolved_at, outcome FROM complaints
       WHERE filed_at >= ? AND filed_at < ? ORDER BY filed_at`,
    )
    .all(utcInstant(fromIso), utcInstant(toIso));
  return rows.map((row) => ({
    category: String(row.category),
    filedAt: String(row.filed_at),
    contactLeft: Number(row.contact_left) === 1,
    contactedAt: textOrNull(row.contacted_at),
    resolvedAt: textOrNull(row.resolved_at),
    outcome: complaintOutcomeSchema.nullable().parse(row.outcome),
  }));
}

/** Filing times are stored as UTC (`toISOString`); a bound in another offset is brought to it so text order is time order. */
function utcInstant(time: string): string {
  const instant = new Date(time);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`not a time: ${time}`);
  return instant.toISOString();
}

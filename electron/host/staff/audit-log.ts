// The staff audit: an append-only record of who did what, on which device, when (sign-ins, mode
// changes, staff file changes), that managers read a page at a time and export as CSV.
import type { AuditAction } from '../../../shared/host-api/audit-actions.ts';
import { auditEntrySchema, type AuditEntry } from '../../../shared/host-api/staff-views.ts';
import type { KioskDatabase } from '../storage/database.ts';

export type AuditDetail = Record<string, string | number | boolean>;

export interface AuditRecord {
  /** Null when nobody was identified, e.g. a failed sign-in with an unknown id. */
  staffId: string | null;
  /** Where it happened: 'kiosk', a console's name, 'cli'. */
  device: string;
  /** What happened: a staff action's method (`kiosk.setAssisted`) or a staff file event (`staff.signIn`). */
  action: AuditAction;
  /** Facts about the action; never a PIN, a badge or anything about a customer. */
  detail?: AuditDetail;
}

export interface AuditQuery {
  /** ISO times; `from` and `to` both inclusive. */
  from?: string;
  to?: string;
  /** The id of the last entry of the previous page: this page starts below it. */
  before?: number;
  limit: number;
}

export interface AuditLog {
  record(entry: AuditRecord): void;
  /** Newest first. */
  read(query: AuditQuery): AuditEntry[];
}

export function createAuditLog({ db, now }: { db: KioskDatabase; now: () => Date }): AuditLog {
  const insert = db.prepare('INSERT INTO staff_audit (at, staff_id, device, action, detail) VALUES (?, ?, ?, ?, ?)');
  const select = db.prepare(
    `SELECT id, at, staff_id, device, action, detail FROM staff_audit
     WHERE at >= :from AND at <= :to AND id < :before
     ORDER BY id DESC LIMIT :limit`,
  );
  return {
    record({ staffId, device, action, detail = {} }) {
      insert.run(now().toISOString(), staffId, device, action, JSON.stringify(detail));
    },
    read({ from, to, before, limit }) {
      const rows = select.all({
        from: from === undefined ? '' : isoInstant(from),
        // Every stored time sorts below '9': an open end.
        to: to === undefined ? '9' : isoInstant(to),
        before: before ?? Number.MAX_SAFE_INTEGER,
        limit,
      });
      return rows.map((row) =>
        auditEntrySchema.parse({
          id: row.id,
          at: row.at,
          staffId: row.staff_id,
          device: row.device,
          action: row.action,
          detail: JSON.parse(String(row.detail)),
        }),
      );
    },
  };
}

/** Entries are stored as UTC (`toISOString`); a query in another offset is brought to it so text order is time order. */
function isoInstant(time: string): string {
  const instant = new Date(time);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`not a time: ${time}`);
  return instant.toISOString();
}

const csvColumns = ['id', 'at', 'staffId', 'device', 'action', 'detail'] as const;

/**
 * The entries as a CSV file a spreadsheet opens as it is: UTF-8 with a byte order mark (Excel reads
 * the accents right), RFC 4180 quoting and CRLF line ends, and a cell that would start with = + - @
 * (or a tab or carriage return) prefixed with a quote, so a crafted device name cannot become a formula.
 */
export function auditCsv(entries: readonly AuditEntry[]): string {
  const rows = entries.map((entry) => [String(entry.id), entry.at, entry.staffId ?? '', entry.device, entry.action, detailText(entry.detail)]);
  return `\uFEFF${[csvColumns, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function detailText(detail: AuditEntry['detail']): string {
  return Object.entries(detail)
    .map(([key, value]) => `${key}=${String(value)}`)
    .join('; ');
}

function csvCell(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

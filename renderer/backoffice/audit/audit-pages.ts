// The staff audit a page at a time, newest first: a date range on the manager's calendar becomes
// the host's instants, and each "older" asks for the entries before the last one shown.
import type { AuditEntry } from '../../../shared/host-api/staff-views.ts';
import type { BackOffice } from '../back-office.ts';

/** Entries per page: a screenful or two at a desk. */
export const auditPageSize = 100;

export interface AuditFilter {
  /** `YYYY-MM-DD` or empty for no bound. */
  from: string;
  to: string;
}

/** The range's instants: from the start of its first day to the end of its last, on this browser's clock. */
function auditBounds(filter: AuditFilter): { from?: string; to?: string } {
  return {
    ...(filter.from ? { from: new Date(`${filter.from}T00:00:00`).toISOString() } : {}),
    ...(filter.to ? { to: new Date(`${filter.to}T23:59:59.999`).toISOString() } : {}),
  };
}

export async function readAuditPage(host: BackOffice['host'], filter: AuditFilter, before: AuditEntry | undefined): Promise<AuditEntry[]> {
  const { entries } = await host.call('audit.read', { ...auditBounds(filter), ...(before ? { before: before.id } : {}), limit: auditPageSize });
  return entries;
}

/** What an entry's detail says, as one line: `counter: 1, ticket: A012`. */
export function detailText(detail: AuditEntry['detail']): string {
  return Object.entries(detail)
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join(', ');
}

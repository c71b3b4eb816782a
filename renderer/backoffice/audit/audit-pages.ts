// The staff audit a page at a time, newest first: a date range on the manager's calendar becomes
// the host's instants, and each "older" asks for the entries before the last one shown.
import type { TFunction } from 'i18next';
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

/**
 * Where the names of an action's coded values are (a pause's reason, a complaint's outcome): the
 * texts the console and the reports already show them with, or the audit's own.
 */
const valueTexts: Partial<Record<string, Partial<Record<string, string>>>> = {
  'counter.pause': { reason: 'console.pauseReasons' },
  'complaints.resolve': { outcome: 'reports.values.outcome' },
  'queue.recordOutcome': { outcome: 'console.servicesGiven.outcomes' },
  'staff.signIn': { method: 'backoffice.audit.values.method' },
  'staff.signInFailed': { method: 'backoffice.audit.values.method' },
  'staff.signOut': { reason: 'backoffice.audit.values.signOut' },
  'staff.added': { role: 'backoffice.audit.values.role' },
  'staff.pinReset': { badge: 'backoffice.audit.values.badgeChange' },
};

/** An entry's action in the manager's words; an action this version does not know keeps its id. */
export function actionText(t: TFunction, action: string): string {
  return t(`backoffice.audit.actions.${action}`, { defaultValue: action });
}

/**
 * What an entry's detail says, as one line in the manager's words: `Counter: 1, Ticket: A012`
 * (joined by the locale's separator: Intl.ListFormat puts "and" in some languages, nothing in others).
 */
export function detailText(t: TFunction, entry: Pick<AuditEntry, 'action' | 'detail'>): string {
  const facts = Object.entries(entry.detail).map(([key, value]) => {
    const coded = valueTexts[entry.action]?.[key];
    const shown =
      typeof value === 'boolean'
        ? t(value ? 'backoffice.audit.yes' : 'backoffice.audit.no')
        : coded
          ? t(`${coded}.${String(value)}`, { defaultValue: String(value) })
          : String(value);
    return t('backoffice.audit.fact', { name: t(`backoffice.audit.details.${key}`, { defaultValue: key }), value: shown });
  });
  return facts.join(t('backoffice.audit.separator'));
}

// What a self-check answers: null when it passed, else a translatable problem; and the problem a
// check's own failure (an error where an answer was due) is told as.
import type { HostErrorPayload } from '../../../shared/host-api/errors.ts';

/** Null: the check passed. Undefined: it had nothing to check this time (no printer answer yet). */
export type CheckOutcome = HostErrorPayload | null | undefined;

const sqliteReadOnly = 8;
const sqliteFull = 13;

/**
 * A failed read or write of the kiosk's SQLite file, as staff are told it: read-only and full each
 * have a cure of their own; anything else names SQLite's or the system's reason.
 */
export function storageProblemOf(fault: unknown): HostErrorPayload {
  const { errcode, errstr, code, message } = (fault ?? {}) as { errcode?: unknown; errstr?: unknown; code?: unknown; message?: unknown };
  if (typeof errcode === 'number') {
    // Extended codes (SQLITE_READONLY_DBMOVED and the like) keep the primary code in their low byte.
    const primary = errcode & 0xff;
    if (primary === sqliteReadOnly) return { code: 'health.databaseReadOnly', params: {} };
    if (primary === sqliteFull) return { code: 'health.databaseFull', params: {} };
    return checkFailed(`SQLite ${errcode}: ${String(errstr ?? message)}`);
  }
  return checkFailed(String(typeof code === 'string' ? code : (message ?? fault)));
}

export function checkFailed(reason: string): HostErrorPayload {
  return { code: 'health.checkFailed', params: { reason: reason.slice(0, 120) } };
}

// The clock check: a kiosk stamps every fact, ticket and wait with its clock, so a clock reset to
// 1970 by a flat battery, or set back below what the log already holds, skews everything after.
import type { HostErrorPayload } from '../../../shared/host-api/errors.ts';
import type { KioskDatabase } from '../storage/database.ts';

/**
 * A day this version surely runs after: the first day of the year it was released. Kept to the
 * year, not the day, so a test's clock within that year passes; raise it with a release of a new year.
 */
export const releaseFloor = '2026-01-01';

/** NTP steps and a slow clock fixed by hand move time back by seconds, not by minutes. */
const toleratedMinutes = 5;

export function clockCheck(db: KioskDatabase, now: () => Date): () => HostErrorPayload | null {
  const newest = db.prepare('SELECT max(at) AS at FROM usage_events');
  return (): HostErrorPayload | null => {
    const at = now();
    const date = at.toISOString().slice(0, 10);
    if (date < releaseFloor) return { code: 'health.clockBeforeRelease', params: { date, release: releaseFloor } };
    const logged = newest.get()?.at;
    const behindMs = typeof logged === 'string' ? Date.parse(logged) - at.getTime() : 0;
    if (behindMs > toleratedMinutes * 60_000) return { code: 'health.clockBehind', params: { minutes: Math.round(behindMs / 60_000) } };
    return null;
  };
}

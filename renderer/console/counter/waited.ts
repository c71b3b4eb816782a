// How long a ticket has waited (or a customer has been at the counter), as staff read it at a
// glance: "under 1 min", "7 min", "1 h 05 min". Whole minutes, never rounded up: a ticket taken
// 59 seconds ago has not waited a minute.
import type { TFunction } from 'i18next';

export type Waited = { kind: 'underMinute' } | { kind: 'minutes'; minutes: number } | { kind: 'hours'; hours: number; minutes: number };

export function waitedSince(since: string, now: number): Waited {
  const started = Date.parse(since);
  const minutes = Number.isFinite(started) ? Math.floor(Math.max(0, now - started) / 60_000) : 0;
  if (minutes < 1) return { kind: 'underMinute' };
  if (minutes < 60) return { kind: 'minutes', minutes };
  return { kind: 'hours', hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}

export function waitedText(t: TFunction, waited: Waited): string {
  if (waited.kind === 'underMinute') return t('console.waited.underMinute');
  if (waited.kind === 'minutes') return t('console.waited.minutes', { minutes: waited.minutes });
  return t('console.waited.hours', { hours: waited.hours, minutes: String(waited.minutes).padStart(2, '0') });
}

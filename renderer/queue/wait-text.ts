// How a wait estimate reads to a customer: a range of minutes, "now" only when a counter is free,
// and a plain "not sure yet" instead of a number the kiosk cannot stand behind.
import type { TFunction } from 'i18next';
import type { WaitEstimateView } from '../../shared/host-api/queue-views.ts';

export function waitText(t: TFunction, estimate: WaitEstimateView): string {
  if (estimate.kind === 'now') return t('queue.wait.now');
  if (estimate.kind === 'unsure') return t('queue.wait.unsure');
  if (estimate.lowMinutes === estimate.highMinutes) return t('queue.wait.about', { count: estimate.highMinutes });
  return t('queue.wait.range', { low: estimate.lowMinutes, high: estimate.highMinutes });
}

/** "A012" spoken as "A 12": the letter, then the number as people say it. */
export function spokenNumber(number: string): string {
  return number.replace(/^([A-Z]+)0*(\d+)$/, '$1 $2');
}

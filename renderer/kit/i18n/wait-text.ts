// How a wait estimate reads to a customer: a range of minutes, "now" only when a counter is free,
// and a plain "not sure yet" instead of a number the kiosk cannot stand behind.
import type { TFunction } from 'i18next';
import type { LocalizedText } from '../../../shared/config/localized-text.ts';
import type { BoardView, WaitEstimateView } from '../../../shared/host-api/queue-views.ts';

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

/** The order of service as customers read it: arrival order, then each priority class and its rule. */
export function orderRuleText(t: TFunction, text: (value: LocalizedText) => string, board: BoardView): string {
  const classes = board.orderRule.priorityClasses.map((priority) => `${text(priority.name)}: ${text(priority.rule)}.`);
  return [t('board.orderRule'), ...classes].join(' ');
}

// What an alert says to staff: what happened, where (kiosk, screen, ticket), and for a failed
// self-check what to do. Printer problems are told as staff need them, not as the customer was told.
import type { TFunction } from 'i18next';
import type { HealthCheck, HealthReport, StaffAlert } from '../../../shared/host-api/staff-views.ts';

export function alertTitle(t: TFunction, alert: StaffAlert): string {
  switch (alert.kind) {
    case 'help':
      return t(`console.alerts.${alert.reason}`);
    case 'ticketLimit':
      return t(`console.alerts.ticketLimit.${alert.limit}`, { count: alert.max });
    case 'health':
      return t(`console.alerts.health.${alert.check}`);
    case 'printer': {
      const problem = alert.problem.code.startsWith('printer.') ? alert.problem.code.slice('printer.'.length) : 'other';
      return t(`console.alerts.printerProblems.${problem}`, { defaultValue: t('console.alerts.printerProblems.other') });
    }
  }
}

export function alertPlace(t: TFunction, alert: StaffAlert): string[] {
  switch (alert.kind) {
    case 'ticketLimit':
    case 'health':
      return [alert.kiosk];
    case 'printer':
      return alert.ticketNumber === null ? [] : [t('console.alerts.shownOnScreen', { number: alert.ticketNumber })];
    case 'help': {
      const ticket = alert.ticketNumber === null ? [] : [t('console.alerts.ticket', { number: alert.ticketNumber })];
      const screen = t(`console.screens.${alert.screen}`, { defaultValue: alert.screen });
      return [alert.kiosk, t('console.alerts.screen', { screen }), ...ticket];
    }
  }
}

/** What to do about it, when the title alone cannot say: a failed self-check's problem, with its figures. */
export function alertAdvice(t: TFunction, alert: StaffAlert): string | null {
  return alert.kind === 'health' ? t(`errors.${alert.problem.code}`, alert.problem.params) : null;
}

/** The self-checks the latest run found failing, in the order they ran. */
export function failingChecks(health: HealthReport | null): HealthCheck[] {
  return (health?.results ?? []).filter((result) => result.problem !== null).map((result) => result.check);
}

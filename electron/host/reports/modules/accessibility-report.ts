// Accessibility: how many sessions used each mode (speech, keypad, large text, high contrast, low
// reach), how they first turned it on, and whether those sessions were completed as often as all.
import { accessibilityModes, accessibilityTriggers } from '../../../../shared/accessibility/modes.ts';
import type { Report } from '../../../../shared/reports/report-views.ts';
import { reportTable } from '../../../../shared/reports/report-catalogue.ts';
import type { DaySummary, ModeCounts } from '../day-summary.ts';
import { shareOf, type ReportInput } from '../report-input.ts';

/** The ways in, in the order of the catalogue's `via…` columns (a new one needs its column: reportTable says so). */
const triggers = accessibilityTriggers.filter((trigger) => trigger !== 'sessionEnd');

const noUse: ModeCounts = { sessions: 0, ended: 0, completed: 0, via: {} };

export function accessibilityReport({ total, periods }: ReportInput): Report {
  const allCompleted = completedShareOf(total);
  return {
    id: 'accessibility',
    tables: [
      // Every mode, used or not: a mode nobody turns on is a finding too.
      reportTable(
        'accessibility',
        'accessibilityUptake',
        accessibilityModes.map((mode) => {
          const counts = total.accessibility[mode] ?? noUse;
          return [
            mode,
            counts.sessions,
            shareOf(counts.sessions, total.sessions.started),
            shareOf(counts.completed, counts.ended),
            allCompleted,
            ...triggers.map((via) => counts.via[via] ?? 0),
          ];
        }),
      ),
      reportTable(
        'accessibility',
        'accessibilityTrend',
        periods.flatMap(({ period, summary }) =>
          accessibilityModes.map((mode) => {
            const sessions = summary.accessibility[mode]?.sessions ?? 0;
            return [period, mode, sessions, shareOf(sessions, summary.sessions.started)];
          }),
        ),
      ),
    ],
  };
}

/** Of all sessions that ended, the share completed, as the sessions report counts it. */
function completedShareOf({ sessions }: DaySummary): number | null {
  return shareOf(sessions.completed, sessions.completed + sessions.cancelled + sessions.timedOut);
}

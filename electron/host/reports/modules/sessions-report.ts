// Sessions: how many customers used the kiosk, how their sessions ended, and the trend.
import type { Report } from '../../../../shared/reports/report-views.ts';
import { reportTable } from '../../../../shared/reports/report-catalogue.ts';
import { quantile } from '../histogram.ts';
import { shareOf, type ReportInput } from '../report-input.ts';

export function sessionsReport({ total, periods }: ReportInput): Report {
  const { sessions } = total;
  const ended = sessions.completed + sessions.cancelled + sessions.timedOut;
  return {
    id: 'sessions',
    tables: [
      reportTable('sessions', 'sessionTotals', [
        [sessions.started, sessions.completed, shareOf(sessions.completed, ended), sessions.cancelled, sessions.timedOut, quantile(sessions.seconds, 0.5)],
      ]),
      reportTable(
        'sessions',
        'sessionTrend',
        periods.map(({ period, summary: { sessions: day } }) => {
          const dayEnded = day.completed + day.cancelled + day.timedOut;
          return [period, day.started, day.completed, shareOf(day.completed, dayEnded)];
        }),
      ),
    ],
  };
}

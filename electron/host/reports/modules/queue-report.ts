// The queue: tickets per service, waits and service times (median and 90th percentile), no-shows.
import type { Report } from '../../../../shared/reports/report-views.ts';
import { reportTable } from '../../../../shared/reports/report-catalogue.ts';
import { addSummary, emptyService, type DaySummary, type ServiceSummary } from '../day-summary.ts';
import { minutesAt, ordered, shareOf, type ReportInput } from '../report-input.ts';

export function queueReport(input: ReportInput): Report {
  const services = ordered(input.order.services, Object.keys(input.total.queue));
  return {
    id: 'queue',
    tables: [
      reportTable(
        'queue',
        'queueByService',
        services.map((serviceId) => {
          const service = input.total.queue[serviceId] ?? emptyService();
          return [
            serviceId,
            service.issued,
            service.called,
            service.served,
            service.noShows,
            shareOf(service.noShows, service.called),
            minutesAt(service.waitSeconds, 0.5),
            minutesAt(service.waitSeconds, 0.9),
            minutesAt(service.serviceSeconds, 0.5),
            minutesAt(service.serviceSeconds, 0.9),
          ];
        }),
      ),
      reportTable(
        'queue',
        'queueTrend',
        input.periods.map(({ period, summary }) => {
          const all = allServices(summary);
          return [period, all.issued, all.called, minutesAt(all.waitSeconds, 0.5), minutesAt(all.waitSeconds, 0.9)];
        }),
      ),
    ],
  };
}

/** Every service of a day as one. */
export function allServices(summary: DaySummary): ServiceSummary {
  return Object.values(summary.queue).reduce((sum, service) => addSummary(sum, service), emptyService());
}

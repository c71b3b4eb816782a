// Complaints: how many per category (from the usage log, which keeps them for its retention) and
// how the complaint desk followed them up (from the desk's own record): contacted, resolved, how
// long until the customer was first contacted, and how it ended.
import type { Report } from '../../../../shared/reports/report-views.ts';
import { reportTable } from '../../../../shared/reports/report-catalogue.ts';
import { complaintOutcomes } from '../../../../shared/host-api/complaint-views.ts';
import { addValue, quantile, type Histogram } from '../histogram.ts';
import type { ReportInput } from '../report-input.ts';

const hourMs = 3_600_000;

export function complaintsReport({ total, complaints }: ReportInput): Report {
  const desk = new Map<string, { contacted: number; resolved: number; toContact: Histogram }>();
  for (const complaint of complaints) {
    const entry = desk.get(complaint.category) ?? { contacted: 0, resolved: 0, toContact: {} };
    if (complaint.contactedAt !== null) {
      entry.contacted += 1;
      // In tenths of an hour, so the histogram keeps a tenth's precision.
      addValue(entry.toContact, (Date.parse(complaint.contactedAt) - Date.parse(complaint.filedAt)) / hourMs * 10);
    }
    if (complaint.resolvedAt !== null) entry.resolved += 1;
    desk.set(complaint.category, entry);
  }
  const categories = [...new Set([...Object.keys(total.complaints), ...desk.keys()])].sort();
  const hours = (tenths: number | null) => (tenths === null ? null : tenths / 10);
  return {
    id: 'complaints',
    tables: [
      reportTable(
        'complaints',
        'complaintsByCategory',
        categories.map((category) => {
          const filed = total.complaints[category] ?? { filed: 0, withContact: 0 };
          const followed = desk.get(category) ?? { contacted: 0, resolved: 0, toContact: {} };
          return [category, filed.filed, filed.withContact, followed.contacted, followed.resolved, hours(quantile(followed.toContact, 0.5)), hours(quantile(followed.toContact, 0.9))];
        }),
      ),
      reportTable(
        'complaints',
        'complaintOutcomes',
        complaintOutcomes.map((outcome) => [outcome, complaints.filter((complaint) => complaint.outcome === outcome).length]),
      ),
    ],
  };
}

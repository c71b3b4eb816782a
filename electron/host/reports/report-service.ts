// The usage reports over a date range: the range's days from the roll-ups, grouped by the grain,
// handed to each report module in turn, with the store's own names for the ids they hold.
import { createStoreClock } from '../../../shared/queue/estimate/store-clock.ts';
import type { StoreConfig } from '../../../shared/config/store-config.ts';
import type { LocalizedText } from '../../../shared/config/localized-text.ts';
import { reportIds, type Grain, type ReportId, type ReportNames, type ReportRange, type ReportSet, type Report } from '../../../shared/reports/report-views.ts';
import { readComplaintFigures } from '../complaints/complaint-rows.ts';
import type { KioskDatabase } from '../storage/database.ts';
import { addSummary, emptyDay, sumOf, type DaySummary } from './day-summary.ts';
import type { ReportInput } from './report-input.ts';
import { accessibilityReport } from './modules/accessibility-report.ts';
import { assistedReport } from './modules/assisted-report.ts';
import { complaintsReport } from './modules/complaints-report.ts';
import { completionReport } from './modules/completion-report.ts';
import { estimatesReport } from './modules/estimates-report.ts';
import { funnelReport } from './modules/funnel-report.ts';
import { heatmapReport } from './modules/heatmap-report.ts';
import { helpReport } from './modules/help-report.ts';
import { incidentsReport } from './modules/incidents-report.ts';
import { languagesReport } from './modules/languages-report.ts';
import { learningReport } from './modules/learning-report.ts';
import { pilotsReport } from './modules/pilots-report.ts';
import { queueReport } from './modules/queue-report.ts';
import { satisfactionReport } from './modules/satisfaction-report.ts';
import { sessionsReport } from './modules/sessions-report.ts';
import { taskTimeReport } from './modules/task-time-report.ts';
import { createUsageRollups, type UsageRollups } from './usage-rollups.ts';

export const reportModules: Record<ReportId, (input: ReportInput) => Report> = {
  sessions: sessionsReport,
  completion: completionReport,
  funnel: funnelReport,
  taskTime: taskTimeReport,
  assisted: assistedReport,
  learning: learningReport,
  pilots: pilotsReport,
  languages: languagesReport,
  accessibility: accessibilityReport,
  heatmap: heatmapReport,
  help: helpReport,
  queue: queueReport,
  estimates: estimatesReport,
  satisfaction: satisfactionReport,
  complaints: complaintsReport,
  incidents: incidentsReport,
};

export interface ReportService {
  read(range: ReportRange): ReportSet;
  /** Rolls up the range's missing days without holding up the host (see UsageRollups.prepare); then `read` is quick. */
  prepare(range: ReportRange): Promise<void>;
  rollups: UsageRollups;
}

export interface ReportServiceDeps {
  db: KioskDatabase;
  /** The store config, for its names and order; null when it was refused (ids are shown as they are). */
  config: StoreConfig | null;
  now: () => Date;
  timeZone: string;
  /** Reads another's database without writing to it (see UsageRollupsDeps). */
  readOnly?: boolean;
}

const dayMs = 86_400_000;

export function createReportService({ db, config, now, timeZone, readOnly }: ReportServiceDeps): ReportService {
  const rollups = createUsageRollups({ db, timeZone, now, readOnly });
  const names = config ? namesOf(config) : { flows: {}, steps: {}, services: {}, categories: {} };
  const order = {
    flows: config?.flows.map((flow) => flow.id) ?? [],
    steps: Object.fromEntries(config?.flows.map((flow) => [flow.id, flow.steps.map((step) => step.id)]) ?? []),
    services: config?.queue.services.map((service) => service.id) ?? [],
  };
  const clock = createStoreClock(timeZone, '00:00');
  /** The first instant of a local date on the store's clock. */
  const startOf = (date: string) => new Date(clock.instant(Math.round(Date.parse(`${date}T00:00:00Z`) / dayMs), 0)).toISOString();
  return {
    rollups,
    prepare: (range) => rollups.prepare(range.from, range.to),
    read(range) {
      const byDay = rollups.days(range.from, range.to);
      const days = [...byDay].sort((a, b) => a[0].localeCompare(b[0])).map(([date, summary]) => ({ date, summary }));
      const input: ReportInput = {
        range,
        total: sumOf(days.map((day) => day.summary)),
        periods: periodsOf(range, byDay, rollups.today()),
        days,
        order,
        complaints: readComplaintFigures(db, startOf(range.from), startOf(nextDate(range.to))),
      };
      return {
        store: { id: config?.store.id ?? 'unconfigured', name: config?.store.name ?? '' },
        timeZone,
        range: { from: range.from, to: range.to, grain: range.grain },
        generatedAt: now().toISOString(),
        names,
        reports: reportIds.map((id) => reportModules[id](input)),
      };
    },
  };
}

/** Every period of the range up to today, each the sum of its days. */
function periodsOf(range: ReportRange, byDay: Map<string, DaySummary>, today: string): ReportInput['periods'] {
  const periods = new Map<string, DaySummary>();
  const last = range.to < today ? range.to : today;
  for (let date = range.from; date <= last; date = nextDate(date)) {
    const period = periodOf(date, range.grain);
    const summary = periods.get(period) ?? emptyDay();
    const day = byDay.get(date);
    if (day) addSummary(summary, day);
    periods.set(period, summary);
  }
  return [...periods].map(([period, summary]) => ({ period, summary }));
}

export function periodOf(date: string, grain: Grain): string {
  if (grain === 'day') return date;
  if (grain === 'month') return date.slice(0, 7);
  // ISO 8601 week: the week with the year's first Thursday is week 1; weeks start on Monday.
  const day = new Date(`${date}T00:00:00Z`);
  const weekday = day.getUTCDay() || 7;
  const thursday = new Date(day.getTime() + (4 - weekday) * dayMs);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - yearStart) / dayMs / 7) + 1;
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + dayMs).toISOString().slice(0, 10);
}

function namesOf(config: StoreConfig): ReportNames {
  const categories: Record<string, LocalizedText> = {};
  for (const flow of config.flows) {
    for (const step of flow.steps) {
      if (step.type === 'choose' && step.field === 'complaintCategory') for (const option of step.options) categories[option.value] = option.label;
    }
  }
  return {
    flows: Object.fromEntries(config.flows.map((flow) => [flow.id, flow.title])),
    steps: Object.fromEntries(config.flows.flatMap((flow) => flow.steps.map((step) => [`${flow.id}.${step.id}`, 'title' in step ? step.title : flow.title]))),
    services: Object.fromEntries(config.queue.services.map((service) => [service.id, service.name])),
    categories,
  };
}

// Live figures for "about 2 minutes here": the median time customers took to complete each flow
// over the last days, from the usage roll-ups, and only once enough of them have. The finished days
// are summed once a day; each call adds only today's, which the roll-ups keep up to date as it goes.
import { addSummary, sumOf, type DaySummary } from '../reports/day-summary.ts';
import { countOf, quantile, type Histogram } from '../reports/histogram.ts';
import type { UsageRollups } from '../reports/usage-rollups.ts';

export interface FlowFigure {
  flowId: string;
  completed: number;
  /** Null while fewer than `minimumCompleted` customers have finished the flow. */
  medianSeconds: number | null;
}

export interface FlowFiguresDeps {
  rollups: UsageRollups;
  /** The finished days counted before today. */
  days?: number;
  minimumCompleted?: number;
}

const dayMs = 86_400_000;

export function createFlowFigures({ rollups, days = 30, minimumCompleted = 10 }: FlowFiguresDeps): () => Promise<FlowFigure[]> {
  let finished: { today: string; total: DaySummary } | null = null;
  return async () => {
    const today = rollups.today();
    if (finished?.today !== today) {
      const from = shiftDate(today, -days);
      // A kiosk upgraded with months of history must not stall its benefit screen folding them.
      await rollups.prepare(from, shiftDate(today, -1));
      finished = { today, total: sumOf(rollups.days(from, shiftDate(today, -1)).values()) };
    }
    const live = rollups.days(today, today).get(today);
    const flowIds = new Set([...Object.keys(finished.total.flows), ...Object.keys(live?.flows ?? {})]);
    // Practice runs are not customers' real times and the roll-ups keep them apart; pilots count,
    // since a pilot flow's benefit screen needs its own figure too.
    return [...flowIds].map((flowId) => {
      const seconds: Histogram = addSummary({ ...finished?.total.flows[flowId]?.seconds }, live?.flows[flowId]?.seconds ?? {});
      const completed = countOf(seconds);
      return { flowId, completed, medianSeconds: completed >= minimumCompleted ? Math.round(quantile(seconds, 0.5) ?? 0) : null };
    });
  };
}

function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

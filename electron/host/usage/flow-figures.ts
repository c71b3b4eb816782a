// Live figures for "about 2 minutes here": the median time customers took to complete each flow
// over the last days, from the usage log, and only once enough of them have.
import type { KioskDatabase } from '../storage/database.ts';

export interface FlowFigure {
  flowId: string;
  completed: number;
  /** Null while fewer than `minimumCompleted` customers have finished the flow. */
  medianSeconds: number | null;
}

export interface FlowFiguresDeps {
  db: KioskDatabase;
  now: () => Date;
  days?: number;
  minimumCompleted?: number;
}

export function createFlowFigures({ db, now, days = 30, minimumCompleted = 10 }: FlowFiguresDeps): () => FlowFigure[] {
  // Practice runs are not customers' real times: only real completions count (pilots included,
  // since a pilot flow's benefit screen needs its own figure too).
  const completions = db.prepare(
    `SELECT json_extract(payload, '$.flowId') AS flow_id, json_extract(payload, '$.durationMs') AS duration_ms
       FROM usage_events
      WHERE type = 'flow.completed' AND json_extract(payload, '$.practice') = 0 AND at >= ?`,
  );
  return () => {
    const since = new Date(now().getTime() - days * 24 * 60 * 60 * 1000).toISOString();
    const durations = new Map<string, number[]>();
    for (const row of completions.all(since)) {
      const list = durations.get(String(row.flow_id)) ?? [];
      list.push(Number(row.duration_ms));
      durations.set(String(row.flow_id), list);
    }
    return [...durations].map(([flowId, list]) => ({
      flowId,
      completed: list.length,
      medianSeconds: list.length >= minimumCompleted ? Math.round(median(list) / 1000) : null,
    }));
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

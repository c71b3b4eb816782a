// Key figures as tiles: a totals table's figures, and the few a manager looks at first (sessions,
// completion, the wait, the estimate's coverage, the time in service), each with the count it
// stands on so a change can be told from noise.
import type { ReportLabeler, Translate } from '../../../shared/reports/report-labels.ts';
import type { ReportCell, ReportColumn, ReportSet, ReportTable } from '../../../shared/reports/report-views.ts';

export interface KeyFigure {
  id: string;
  label: string;
  value: string;
  /** What the figure stands on: "1,917 of 2,852", the service it is about. */
  detail: string | null;
}

function tableOf(set: ReportSet, id: string): ReportTable | undefined {
  return set.reports.flatMap((report) => report.tables).find((table) => table.id === id);
}

function cellIn(table: ReportTable | undefined, row: readonly ReportCell[] | undefined, id: string): { column: ReportColumn; cell: ReportCell } {
  const index = table?.columns.findIndex((column) => column.id === id) ?? -1;
  return { column: table?.columns[index] ?? { id, unit: 'count' }, cell: index < 0 ? null : (row?.[index] ?? null) };
}

/** A totals table (one row) as tiles; `of` names the counts each share is a share of. */
export function tableTiles(table: ReportTable, of: Record<string, readonly [string, string]>, labeler: ReportLabeler, t: Translate): KeyFigure[] {
  const row = table.rows[0];
  return table.columns.map((column, index) => {
    const pair = of[column.id];
    const part = pair ? cellIn(table, row, pair[0]) : null;
    const whole = pair ? cellIn(table, row, pair[1]) : null;
    return {
      id: column.id,
      label: labeler.column(column.id),
      value: labeler.cell(column, row?.[index] ?? null),
      detail: part && whole ? t('backoffice.reports.ofCount', { part: labeler.cell(part.column, part.cell), whole: labeler.cell(whole.column, whole.cell) }) : null,
    };
  });
}

/** The figures at the top of the reports: what a manager checks first. */
export function glanceFigures(set: ReportSet, labeler: ReportLabeler, t: Translate): KeyFigure[] {
  const figures: KeyFigure[] = [];
  const totals = tableOf(set, 'sessionTotals');
  const sessions = cellIn(totals, totals?.rows[0], 'sessions');
  const completed = cellIn(totals, totals?.rows[0], 'completed');
  const completedShare = cellIn(totals, totals?.rows[0], 'completedShare');
  figures.push({ id: 'sessions', label: labeler.column('sessions'), value: labeler.cell(sessions.column, sessions.cell), detail: null });
  figures.push({
    id: 'completedShare',
    label: labeler.column('completedShare'),
    value: labeler.cell(completedShare.column, completedShare.cell),
    detail: t('backoffice.reports.ofCount', { part: labeler.cell(completed.column, completed.cell), whole: labeler.cell(sessions.column, sessions.cell) }),
  });

  // A median cannot be added up across services: the wait shown is the busiest service's, and says so.
  const queue = tableOf(set, 'queueByService');
  const busiest = queue?.rows.reduce<readonly ReportCell[] | undefined>((best, row) => {
    const called = Number(cellIn(queue, row, 'called').cell ?? 0);
    return called > Number(cellIn(queue, best, 'called').cell ?? 0) ? row : best;
  }, undefined);
  const wait = cellIn(queue, busiest, 'medianWaitMinutes');
  const service = cellIn(queue, busiest, 'service');
  const called = cellIn(queue, busiest, 'called');
  figures.push({
    id: 'medianWaitMinutes',
    label: labeler.column('medianWaitMinutes'),
    value: labeler.cell(wait.column, wait.cell),
    detail: busiest ? t('backoffice.reports.waitOf', { service: labeler.cell(service.column, service.cell), called: labeler.cell(called.column, called.cell) }) : null,
  });

  // Coverage is a share of ranges, so the store's is the services' weighted by their ranges.
  const estimates = tableOf(set, 'estimateAccuracy');
  let covered = 0;
  let ranges = 0;
  for (const row of estimates?.rows ?? []) {
    const coverage = cellIn(estimates, row, 'coverage').cell;
    const count = cellIn(estimates, row, 'ranges').cell;
    if (typeof coverage === 'number' && typeof count === 'number') {
      covered += coverage * count;
      ranges += count;
    }
  }
  figures.push({
    id: 'coverage',
    label: labeler.column('coverage'),
    value: labeler.cell({ id: 'coverage', unit: 'share' }, ranges > 0 ? covered / ranges : null),
    detail: t('backoffice.reports.ofRanges', { ranges: labeler.cell({ id: 'ranges', unit: 'count' }, ranges) }),
  });

  const uptime = tableOf(set, 'uptime');
  const inService = cellIn(uptime, uptime?.rows[0], 'inServiceShare');
  const inServiceHours = cellIn(uptime, uptime?.rows[0], 'inServiceHours');
  const runningHours = cellIn(uptime, uptime?.rows[0], 'runningHours');
  figures.push({
    id: 'inServiceShare',
    label: labeler.column('inServiceShare'),
    value: labeler.cell(inService.column, inService.cell),
    detail: t('backoffice.reports.ofCount', { part: labeler.cell(inServiceHours.column, inServiceHours.cell), whole: labeler.cell(runningHours.column, runningHours.cell) }),
  });
  return figures;
}

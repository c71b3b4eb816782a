// The scorecard as plain-text tables, the same for the bench and for a store replaying its own log.
import type { GroupDimension, GroupScore, QueueScorecard } from './wait-scoring.ts';

const percent = (share: number) => (Number.isNaN(share) ? '-' : `${(share * 100).toFixed(1)}%`);
const minutes = (value: number) => (Number.isNaN(value) ? '-' : value.toFixed(2));
const signed = (value: number) => (value >= 0 ? '+' : '') + minutes(value);
const ratio = (value: number) => (Number.isNaN(value) ? '-' : value.toFixed(3));

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] as string).length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[0] as number) : cell.padStart(widths[column] as number))).join('  ');
  return [`  ${line(header)}`, ...rows.map((row) => `  ${line(row)}`)];
}

export function scorecardTable(title: string, card: QueueScorecard): string {
  const header = ['', 'MAE min', 'bias min', 'vs naive', 'coverage', 'past upper', 'width min', 'unsure'];
  const rows = card.estimators.map((score) => [
    score.name,
    minutes(score.maeMinutes),
    signed(score.biasMinutes),
    ratio(score.ratioToBaseline),
    percent(score.coverage),
    percent(score.pastUpper),
    minutes(score.meanWidthMinutes),
    String(score.unsure),
  ]);
  return [
    title,
    `  ${card.issued} tickets issued, ${card.called} called (${card.noShows} no-shows), ${card.cancelled} cancelled; ` +
      `${card.scored} scored, ${card.ranges} shown a range; mean real wait ${minutes(card.meanWaitMinutes)} min`,
    `  "now" shown ${card.nowShown} times, called within a minute ${percent(card.nowCalledWithinMinute)}`,
    ...table(header, rows),
  ].join('\n');
}

const dimensionTitles: Record<GroupDimension, string> = {
  kind: 'ticket kind',
  service: 'service',
  weekday: 'weekday',
  hour: 'hour of issue',
};

/** The first estimator per group of customers: each group's promise, not only the average's. */
export function groupTables(card: QueueScorecard): string {
  const header = ['', 'scored', 'ranges', 'coverage', 'past upper', 'bias min', 'MAE min', 'vs naive', 'unsure'];
  const row = (score: GroupScore) => [
    score.group,
    String(score.scored),
    String(score.ranges),
    percent(score.coverage),
    percent(score.pastUpper),
    signed(score.biasMinutes),
    minutes(score.maeMinutes),
    ratio(score.ratioToBaseline),
    String(score.unsure),
  ];
  const dimensions = Object.keys(dimensionTitles) as GroupDimension[];
  return dimensions
    .map((dimension) => [`  ${card.estimators[0]?.name ?? 'estimator'} by ${dimensionTitles[dimension]}${dimension === 'weekday' || dimension === 'hour' ? ` (${card.timeZone})` : ''}`, ...table(header, card.groups[dimension].map(row))].join('\n'))
    .join('\n');
}

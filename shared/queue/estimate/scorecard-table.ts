// The scorecard as a plain-text table, the same for the bench and for a store replaying its own log.
import type { QueueScorecard } from './wait-scoring.ts';

const percent = (share: number) => (Number.isNaN(share) ? '-' : `${(share * 100).toFixed(1)}%`);
const minutes = (value: number) => (Number.isNaN(value) ? '-' : value.toFixed(2));

export function scorecardTable(title: string, card: QueueScorecard): string {
  const header = ['', 'MAE min', 'bias min', 'vs naive', 'coverage', 'past upper', 'width min', 'unsure'];
  const rows = card.estimators.map((score) => [
    score.name,
    minutes(score.maeMinutes),
    (score.biasMinutes >= 0 ? '+' : '') + minutes(score.biasMinutes),
    Number.isNaN(score.ratioToBaseline) ? '-' : score.ratioToBaseline.toFixed(3),
    percent(score.coverage),
    percent(score.pastUpper),
    minutes(score.meanWidthMinutes),
    String(score.unsure),
  ]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] as string).length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[0] as number) : cell.padStart(widths[column] as number))).join('  ');
  return [
    title,
    `  ${card.issued} tickets issued, ${card.called} called (${card.noShows} no-shows), ${card.cancelled} cancelled; ` +
      `${card.scored} scored, ${card.ranges} shown a range; mean real wait ${minutes(card.meanWaitMinutes)} min`,
    `  "now" shown ${card.nowShown} times, called within a minute ${percent(card.nowCalledWithinMinute)}`,
    `  ${line(header)}`,
    ...rows.map((row) => `  ${line(row)}`),
  ].join('\n');
}

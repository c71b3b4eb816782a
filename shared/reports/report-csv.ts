// Report tables as CSV files a spreadsheet opens as they are: UTF-8 with a byte-order mark (without
// it Excel reads UTF-8 as the system's old code page, and "Español" turns to mojibake), CRLF line
// ends and RFC 4180 quoting. A cell a spreadsheet would run as a formula is written as text. The
// back office's downloads and `npm run report` write with this one writer.
import type { ReportLabeler } from './report-labels.ts';
import type { ReportTable } from './report-views.ts';

const byteOrderMark = '\uFEFF';

/** Cells a spreadsheet takes for a formula (or for the start of one), as OWASP's CSV injection page lists them. */
const formulaStart = /^[=+\-@\t\r]/;
/** A plain number is never a formula, so a negative figure stays a number. */
const plainNumber = /^-?\d+(\.\d+)?$/;
/** Cells that must be quoted: a separator, a quote or a line break inside. */
const needsQuotes = /[",\r\n]/;

/** One cell: defused if a spreadsheet would run it, then quoted if it must be. */
function csvCell(text: string): string {
  const safe = formulaStart.test(text) && !plainNumber.test(text) ? `'${text}` : text;
  return needsQuotes.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A whole file: the byte-order mark, then one CRLF-ended line per row. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return byteOrderMark + rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

/** A report table as CSV: the columns by their names in the manager's language, the cells as plain figures. */
export function reportTableCsv(table: ReportTable, labeler: ReportLabeler): string {
  const header = table.columns.map((column) => labeler.column(column.id));
  const rows = table.rows.map((row) => table.columns.map((column, index) => labeler.plainCell(column, row[index] ?? null)));
  return csvText([header, ...rows]);
}

/** The file a table exports to: `sessionTrend-2026-03-01-2026-03-31.csv`. */
export function reportTableCsvName(tableId: string, range: { from: string; to: string }): string {
  return `${tableId}-${range.from}-${range.to}.csv`;
}

// The usage reports as one self-contained HTML document a manager can open, mail or print: a title
// page, every table with its figures as the labeler writes them, and a plain bar chart above the
// tables a bar helps to read. Nothing is loaded from elsewhere and no script runs in it.
import { languageDirection, type Language } from '../i18n/languages.ts';
import type { ReportLabeler, Translate } from './report-labels.ts';
import type { ColumnUnit, ReportSet, ReportTable } from './report-views.ts';

const figureUnits: ReadonlySet<ColumnUnit> = new Set(['count', 'share', 'seconds', 'minutes', 'rating', 'hours']);
/** More bars than this would not fit a page; the table below holds them all anyway. */
const maxBars = 40;
const maxLabelLength = 34;
/** Tables of more columns than this are set smaller to fit the width of a page. */
const wideTable = 7;

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made inert for HTML and SVG, in content and in quoted attributes alike. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character] ?? character);
}

export function reportHtml(set: ReportSet, labeler: ReportLabeler, t: Translate, language: Language): string {
  const direction = languageDirection(language);
  const title = t('reports.document.title');
  const tables = set.reports.flatMap((report) => report.tables.map((table) => ({ table, anchor: `${report.id}-${table.id}` })));
  // Sentences with the figures in them ("From 1 Mar 2026 to 31 Mar 2026"): the translator leaves
  // values as they are, and the whole sentence is escaped here.
  const facts = [
    t('reports.document.store', { store: set.store.name }),
    t('reports.document.range', { from: labeler.period(set.range.from), to: labeler.period(set.range.to) }),
    t('reports.document.timeZone', { zone: set.timeZone }),
    t('reports.document.generated', { at: generatedAt(set, language) }),
  ];
  const sections = set.reports.map(
    (report) => `<section class="report" id="report-${escapeHtml(report.id)}">
${report.tables.map((table) => tableSection(table, `${report.id}-${table.id}`, labeler, direction)).join('\n')}
</section>`,
  );
  return `<!doctype html>
<html lang="${escapeHtml(language)}" dir="${direction}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${title} · ${set.store.name}`)}</title>
<style>${stylesheet}</style>
</head>
<body>
<header class="title-page">
<h1>${escapeHtml(title)}</h1>
<ul class="facts">
${facts.map((fact) => `<li>${escapeHtml(fact)}</li>`).join('\n')}
</ul>
<nav aria-labelledby="contents">
<h2 id="contents">${escapeHtml(t('reports.document.contents'))}</h2>
<ol>
${tables.map(({ table, anchor }) => `<li><a href="#${escapeHtml(anchor)}">${escapeHtml(labeler.table(table.id))}</a></li>`).join('\n')}
</ol>
</nav>
</header>
<main>
${sections.join('\n')}
</main>
</body>
</html>
`;
}

/** When the set was made, on the store's clock, as the language writes a date and time. */
function generatedAt(set: ReportSet, language: Language): string {
  const locale = language === 'en-XA' ? 'en' : language;
  const at = new Date(set.generatedAt);
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: set.timeZone }).format(at);
  } catch {
    // A time zone this machine does not know: UTC, which the document names beside it.
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(at);
  }
}

function tableSection(table: ReportTable, anchor: string, labeler: ReportLabeler, direction: 'ltr' | 'rtl'): string {
  const id = escapeHtml(anchor);
  const head = table.columns.map((column) => `<th scope="col"${figureUnits.has(column.unit) ? ' class="figure"' : ''}>${escapeHtml(labeler.column(column.id))}</th>`).join('');
  const body =
    table.rows.length === 0
      ? `<tr><td class="none" colspan="${table.columns.length}">—</td></tr>`
      : table.rows
          .map((row) => {
            const cells = table.columns.map((column, index) => {
              const text = escapeHtml(labeler.cell(column, row[index] ?? null));
              return figureUnits.has(column.unit) ? `<td class="figure">${text}</td>` : `<td>${text}</td>`;
            });
            return `<tr>${cells.join('')}</tr>`;
          })
          .join('\n');
  return `<section class="table" id="${id}">
<h2 id="${id}-name">${escapeHtml(labeler.table(table.id))}</h2>
${barChart(table, anchor, labeler, direction)}<table aria-labelledby="${id}-name"${table.columns.length > wideTable ? ' class="wide"' : ''}>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</section>`;
}

/**
 * Bars for one column of a table: its first share (out of a full track: 100%) or else its first
 * count (out of the largest), one bar per row named by the row's other cells. None when a table has
 * one row, too many rows, nothing to name its rows by, or nothing above zero to show.
 */
function barChart(table: ReportTable, anchor: string, labeler: ReportLabeler, direction: 'ltr' | 'rtl'): string {
  if (table.rows.length < 2 || table.rows.length > maxBars) return '';
  const labelColumns = table.columns.flatMap((column, index) => (figureUnits.has(column.unit) ? [] : [index]));
  const share = table.columns.findIndex((column) => column.unit === 'share');
  const charted = share >= 0 ? share : table.columns.findIndex((column) => column.unit === 'count');
  const column = table.columns[charted];
  if (labelColumns.length === 0 || !column) return '';
  const bars = table.rows.map((row) => {
    const cell = row[charted];
    return {
      label: shortened(labelColumns.map((index) => labeler.cell(table.columns[index] ?? column, row[index] ?? null)).join(' · ')),
      value: typeof cell === 'number' ? Math.max(0, cell) : null,
      text: labeler.cell(column, cell ?? null),
    };
  });
  const largest = column.unit === 'share' ? 1 : Math.max(0, ...bars.map((bar) => bar.value ?? 0));
  if (largest <= 0) return '';

  const width = 680;
  const labelWidth = 250;
  const valueWidth = 80;
  const rowHeight = 20;
  const barHeight = 13;
  const trackWidth = width - labelWidth - valueWidth - 12;
  const height = bars.length * rowHeight + 4;
  // Drawn left to right, then mirrored for a right-to-left language: names on the right, bars growing left.
  const x = (at: number, span = 0) => (direction === 'rtl' ? width - at - span : at);
  const marks = bars.map((bar, index) => {
    const top = index * rowHeight + 2;
    const length = bar.value === null ? 0 : Math.min(1, bar.value / largest) * trackWidth;
    const barStart = labelWidth + 6;
    return [
      `<text x="${x(labelWidth)}" y="${top + barHeight - 2}" text-anchor="end">${escapeHtml(bar.label)}</text>`,
      column.unit === 'share' ? `<rect class="track" x="${x(barStart, trackWidth)}" y="${top}" width="${trackWidth}" height="${barHeight}"/>` : '',
      length > 0 ? `<rect class="bar" x="${round(x(barStart, length))}" y="${top}" width="${round(length)}" height="${barHeight}"/>` : '',
      `<text x="${round(x(barStart + length + 4))}" y="${top + barHeight - 2}">${escapeHtml(bar.text)}</text>`,
    ].join('');
  });
  const captionId = `${escapeHtml(anchor)}-chart`;
  return `<figure class="chart">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" direction="${direction}" role="img" aria-labelledby="${captionId}">
${marks.join('\n')}
</svg>
<figcaption id="${captionId}">${escapeHtml(labeler.column(column.id))}</figcaption>
</figure>
`;
}

function shortened(label: string): string {
  const characters = Array.from(label);
  return characters.length > maxLabelLength ? `${characters.slice(0, maxLabelLength - 1).join('')}…` : label;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

const stylesheet = `
@page { size: A4; margin: 16mm 14mm; }
:root { color: #1d2733; background: #fff; font: 10.5pt/1.4 system-ui, "Noto Sans", "Noto Sans Arabic", "DejaVu Sans", sans-serif; }
* { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
body { margin: 0 auto; max-width: 190mm; padding: 8mm 0; }
h1 { font-size: 24pt; margin: 30mm 0 10mm; }
h2 { font-size: 13pt; margin: 8mm 0 3mm; break-after: avoid; }
.title-page { break-after: page; }
.title-page .facts { list-style: none; padding: 0; margin: 0; font-size: 12pt; }
.title-page .facts li { margin-bottom: 2mm; }
.title-page .facts li:first-child { font-size: 15pt; font-weight: 600; }
.title-page nav { margin-top: 14mm; }
.title-page a { color: inherit; }
.report + .report { break-before: page; }
.table { margin-bottom: 8mm; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; }
thead { display: table-header-group; }
tr, figure { break-inside: avoid; }
th, td { padding: 1.2mm 2mm; border-bottom: 0.3mm solid #cfd8e0; text-align: start; vertical-align: top; }
th { background: #eef2f5; font-weight: 600; }
.figure { text-align: end; font-variant-numeric: tabular-nums; }
th { overflow-wrap: anywhere; }
table.wide { font-size: 7.5pt; }
table.wide th, table.wide td { padding: 1mm 1.2mm; }
.none { text-align: center; color: #5c6b78; }
figure.chart { margin: 0 0 3mm; }
figure.chart svg { display: block; width: 100%; height: auto; font-size: 11px; fill: #1d2733; }
figure.chart .bar { fill: #2f6f9f; }
figure.chart .track { fill: #e3eaf0; }
figcaption { font-size: 8.5pt; color: #5c6b78; margin-top: 1mm; }
@media screen { body { padding: 8mm; } h1 { margin-top: 10mm; } .report { border-top: 0.5mm solid #cfd8e0; } }
`;

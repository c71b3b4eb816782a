import { describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/i18n/languages.ts';
import { reportTable } from '../../../shared/reports/report-catalogue.ts';
import { reportHtml } from '../../../shared/reports/report-html.ts';
import { createReportLabeler, type Translate } from '../../../shared/reports/report-labels.ts';
import type { ReportSet } from '../../../shared/reports/report-views.ts';
import { sampleReportSet } from '../../fixtures/sample-report-set.ts';

/** Words that show where each came from and what was put in them: «reports.document.store» store=Centro. */
const keys: Translate = (key, options = {}) => [`«${key}»`, ...Object.entries(options).map(([name, value]) => `${name}=${String(value)}`)].join(' ');

function htmlOf(set: ReportSet, language: Language = 'en'): string {
  return reportHtml(set, createReportLabeler(set, keys, language), keys, language);
}

/** A set of one report with the tables given, on the sample's store, range and names. */
function setOf(tables: ReturnType<typeof reportTable>[]): ReportSet {
  return { ...sampleReportSet(), reports: [{ id: 'languages', tables }] };
}

const tagsIn = (html: string) => new Set([...html.matchAll(/<([a-zA-Z][\w-]*)/g)].map((match) => match[1]?.toLowerCase()));
const rects = (html: string, kind: 'bar' | 'track') =>
  [...html.matchAll(new RegExp(`<rect class="${kind}" x="([\\d.]+)" y="[\\d.]+" width="([\\d.]+)"`, 'g'))].map((match) => ({ x: Number(match[1]), width: Number(match[2]) }));

describe('the HTML report', () => {
  it('names every table of the set, in order, in the contents and as a heading', () => {
    const set = sampleReportSet();
    const html = htmlOf(set);
    const tableIds = set.reports.flatMap((report) => report.tables.map((table) => table.id));
    const contents = html.slice(html.indexOf('<nav'), html.indexOf('</nav>'));
    expect([...contents.matchAll(/«reports\.tables\.(\w+)»/g)].map((match) => match[1])).toEqual(tableIds);
    const headings = [...html.matchAll(/<h2 id="[\w-]+-name">«reports\.tables\.(\w+)»<\/h2>/g)].map((match) => match[1]);
    expect(headings).toEqual(tableIds);
    // Every link of the contents leads to a table of the document.
    for (const [, anchor] of contents.matchAll(/href="#([\w-]+)"/g)) expect(html).toContain(`<section class="table" id="${anchor}">`);
  });

  it('has a title page with the store, the range, the time zone and when the set was made', () => {
    const html = htmlOf(sampleReportSet());
    const titlePage = html.slice(html.indexOf('<header class="title-page">'), html.indexOf('</header>'));
    expect(titlePage).toContain('<h1>«reports.document.title»</h1>');
    expect(titlePage).toContain('<li>«reports.document.store» store=Atiende Demo — Centro</li>');
    expect(titlePage).toContain('<li>«reports.document.range» from=Mar 1, 2026 to=Mar 31, 2026</li>');
    expect(titlePage).toContain('<li>«reports.document.timeZone» zone=Europe/Madrid</li>');
    // 21:30 in Madrid in summer time, as the sample's generatedAt says.
    expect(titlePage).toMatch(/<li>«reports\.document\.generated» at=March 31, 2026[^<]*9:30\sPM<\/li>/);
    expect(titlePage).toContain('«reports.document.contents»');
  });

  it('says its language and runs right to left in Arabic', () => {
    expect(htmlOf(sampleReportSet(), 'en')).toContain('<html lang="en" dir="ltr">');
    expect(htmlOf(sampleReportSet(), 'es')).toContain('<html lang="es" dir="ltr">');
    expect(htmlOf(sampleReportSet(), 'ar')).toContain('<html lang="ar" dir="rtl">');
  });

  it('keeps a store name or a flow name with markup in it inert', () => {
    const set = sampleReportSet();
    set.store.name = 'Centro</title><script>alert(1)</script>';
    set.names.flows['order-pickup'] = { en: '<img src=x onerror="alert(2)">Pickup & "go"' };
    const html = htmlOf(set);
    const ownTags = ['html', 'head', 'meta', 'title', 'style', 'body', 'header', 'h1', 'h2', 'ul', 'nav', 'ol', 'li', 'a', 'main', 'section', 'figure', 'svg', 'text', 'rect', 'figcaption', 'table', 'thead', 'tbody', 'tr', 'th', 'td'];
    expect([...tagsIn(html)].filter((tag) => !ownTags.includes(tag ?? ''))).toEqual([]);
    expect(html).toContain('Centro&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<td>&lt;img src=x onerror=&quot;alert(2)&quot;&gt;Pickup &amp; &quot;go&quot;</td>');
    expect(html.match(/<\/title>/g)).toHaveLength(1);
  });

  it('loads nothing from elsewhere and lets no script run', () => {
    const html = htmlOf(sampleReportSet());
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|url\(|@import/i);
    expect([...html.matchAll(/href="([^"]*)"/g)].every((match) => match[1]?.startsWith('#'))).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
  });

  it('prints on A4, each report from a new page, with table headers on every page', () => {
    const html = htmlOf(sampleReportSet());
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('.title-page { break-after: page; }');
    expect(html).toContain('.report + .report { break-before: page; }');
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html.match(/<section class="report" id="report-\w+">/g)).toHaveLength(sampleReportSet().reports.length);
  });

  it('draws shares against a full track and counts against the largest, with the figure beside each bar', () => {
    const shares = htmlOf(setOf([reportTable('languages', 'languages', [['es', 60, 0.6], ['en', 30, 0.3], ['fr', 10, null]])]));
    const [es, en, ...none] = rects(shares, 'bar');
    const tracks = rects(shares, 'track');
    expect(none).toEqual([]);
    expect(tracks).toHaveLength(3);
    expect((es?.width ?? 0) / (tracks[0]?.width ?? 1)).toBeCloseTo(0.6, 2);
    expect((en?.width ?? 0) / (tracks[0]?.width ?? 1)).toBeCloseTo(0.3, 2);
    expect(shares).toContain('<figcaption id="languages-languages-chart">«reports.columns.sessionsShare»</figcaption>');
    expect(shares).toMatch(/<text[^>]*>60%<\/text>/);
    expect(shares).toMatch(/<text[^>]*>—<\/text>/);

    const counts = htmlOf(setOf([reportTable('help', 'helpByScreen', [['home', 40, 30, 10], ['flow', 10, 5, 5]])]));
    const [home, flow] = rects(counts, 'bar');
    expect(rects(counts, 'track')).toEqual([]);
    expect((flow?.width ?? 0) / (home?.width ?? 1)).toBeCloseTo(0.25, 2);
    expect(counts).toContain('«reports.columns.requests»</figcaption>');
  });

  it('grows the bars from the right in Arabic', () => {
    const table = reportTable('languages', 'languages', [['es', 60, 0.6], ['en', 30, 0.3]]);
    const leftToRight = rects(htmlOf(setOf([table]), 'en'), 'bar');
    const rightToLeft = rects(htmlOf(setOf([table]), 'ar'), 'bar');
    expect(new Set(leftToRight.map((bar) => bar.x)).size).toBe(1);
    expect(new Set(rightToLeft.map((bar) => Math.round(bar.x + bar.width))).size).toBe(1);
    expect(rightToLeft.map((bar) => bar.width)).toEqual(leftToRight.map((bar) => bar.width));
  });

  it('draws no chart where a bar says nothing: one row, a week of hours, or nothing but zeros', () => {
    const set = sampleReportSet();
    const html = htmlOf(set);
    const sectionOf = (id: string) => html.slice(html.indexOf(`id="${id}"`), html.indexOf('</section>', html.indexOf(`id="${id}"`)));
    expect(sectionOf('sessions-sessionTotals')).not.toContain('<svg');
    expect(sectionOf('heatmap-sessionHeatmap')).not.toContain('<svg');
    expect(sectionOf('languages-languages')).toContain('<svg');
    expect(htmlOf(setOf([reportTable('help', 'helpByScreen', [['home', 0, 0, 0], ['flow', 0, 0, 0]])]))).not.toContain('<svg');
  });

  it('says a table with no rows is empty rather than leaving it out', () => {
    const html = htmlOf(setOf([reportTable('languages', 'languages', [])]));
    expect(html).toContain('<tbody>\n<tr><td class="none" colspan="3">—</td></tr>\n</tbody>');
  });
});

// The back office's pages as the manager's browser gets them, rendered from a month of sample
// figures: every report a section under its heading, every table named, charted and laid out, the
// charts summed up for screen readers; and a member of staff who is not a manager told so.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { HostErrorCode } from '../../../shared/host-api/errors.ts';
import { reportCatalogue } from '../../../shared/reports/report-catalogue.ts';
import { reportIds, reportSetSchema, type ReportSet } from '../../../shared/reports/report-views.ts';
import { BackOfficeContext } from '../../../renderer/backoffice/back-office-context.ts';
import { BackOfficeScreens } from '../../../renderer/backoffice/BackOfficeScreens.tsx';
import { createBackOffice } from '../../../renderer/backoffice/create-back-office.ts';
import { downloadPdf } from '../../../renderer/kit/reports/report-actions.ts';
import { ReportsSection as ReportsPage } from '../../../renderer/backoffice/ReportsSection.tsx';
import { pageMemory } from '../../../renderer/kit/browser-memory.ts';
import { createHostClient } from '../../../renderer/kit/host/host-client.ts';
import { createKioskI18n } from '../../../renderer/kit/i18n/create-i18n.ts';
import { sampleReportSet } from '../../fixtures/sample-report-set.ts';
import { createFakeClock } from '../renderer/fake-clock.ts';

/** A host that answers every call with one typed error, as a host without the method's service does. */
const refusing = (code: HostErrorCode) => createHostClient({ call: async (envelope) => ({ id: envelope.id, ok: false, error: { code, params: {} } }), on: () => () => undefined }, () => undefined);

function officeFor(language: 'es' | 'en', host = refusing('host.unreachable')) {
  const clock = createFakeClock(Date.parse('2026-03-31T10:00:00Z'));
  const i18n = createKioskI18n(language);
  const office = createBackOffice({
    host,
    fetch: () => Promise.reject(new Error('no listener in this test')),
    i18n,
    memory: pageMemory(),
    save: () => undefined,
    timers: clock.timers,
    now: clock.now,
  });
  // Rendering on the server reads each store's initial state: here it is the state the page has reached.
  for (const store of [office.session, office.reports] as const) Object.assign(store, { getInitialState: store.getState });
  const render = (page: Parameters<typeof createElement>[0]) =>
    renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(BackOfficeContext, { value: office }, createElement(page))));
  return { office, i18n, render };
}

function withFigures(office: ReturnType<typeof officeFor>['office'], set: ReportSet): void {
  office.reports.getState().readDone(office.reports.getState().readStarted(), set);
}

describe('the sample month', () => {
  it.each(['day', 'week', 'month'] as const)('is a valid report set by %s, every table of the catalogue filled in every column', (grain) => {
    const set = reportSetSchema.parse(sampleReportSet({ from: '2026-03-01', to: '2026-03-31', grain }));
    expect(set.reports.map((report) => report.id)).toEqual([...reportIds]);
    for (const report of set.reports) {
      expect(report.tables.map((table) => table.id)).toEqual(Object.keys(reportCatalogue[report.id]));
      for (const table of report.tables) {
        expect(table.rows.length, table.id).toBeGreaterThan(0);
        expect(table.rows.filter((row) => row.includes(null)), table.id).toEqual([]);
      }
    }
  });
});

describe('the reports page', () => {
  it('shows every report as a section, each table under its name with its chart, figures and counts', () => {
    const { office, render, i18n } = officeFor('en');
    const set = sampleReportSet();
    withFigures(office, set);
    const html = render(ReportsPage);
    for (const report of set.reports) {
      expect(html).toContain(`<h2 id="report-${report.id}-title" class="report-section__title">${i18n.t(`reports.titles.${report.id}`)}</h2>`);
      for (const table of report.tables) expect(html).toContain(`data-table="${table.id}"`);
    }
    // A chart per table its plan names, each an image summed up for screen readers until it loads.
    expect(html.match(/class="chart-frame" role="img" aria-label="[^"]+"/g)?.length).toBeGreaterThanOrEqual(20);
    expect(html).toContain('aria-label="Completion by flow, Completion rate: highest');
    // The heatmap is drawn at once: 168 hours, shaded.
    expect(html.match(/class="heatmap__cell heatmap__cell--\d"/g)?.length).toBe(168 + 6);
    // Key figures come with the counts they stand on.
    expect(html).toMatch(/data-figure="completedShare"><dt class="key-figures__label">Completion rate<\/dt><dd class="key-figures__value">[\d.]+%<\/dd><dd class="key-figures__detail">[\d,]+ of [\d,]+<\/dd>/);
    expect(html).toContain('Download “Sessions over time” as CSV');
  });

  it('says what the figures cover, in the manager’s language', () => {
    const { office, render } = officeFor('es');
    withFigures(office, sampleReportSet());
    expect(render(ReportsPage)).toContain('Atiende Demo — Centro · del 1 mar 2026 al 31 mar 2026 · horas en Europe/Madrid');
  });
});

describe('the PDF', () => {
  it('says why in the manager’s language when the host cannot make it, and saves nothing', async () => {
    const saved: string[] = [];
    const { office, render } = officeFor('en', refusing('reports.pdfUnavailable'));
    Object.assign(office, { save: (file: { name: string }) => saved.push(file.name) });
    withFigures(office, sampleReportSet());
    await downloadPdf(office, 'en');
    expect(saved).toEqual([]);
    expect(office.reports.getState()).toMatchObject({ pdfWorking: false, pdfProblem: { code: 'reports.pdfUnavailable' } });
    expect(render(ReportsPage)).toContain(createKioskI18n('en').t('errors.reports.pdfUnavailable'));
  });
});

describe('the back office for a member of staff who is not a manager', () => {
  it('says the reports are for managers, and offers the sign-out', () => {
    const { office, render } = officeFor('en');
    office.session.getState().checked({ id: 'ana', name: 'Ana Ruiz', role: 'staff' }, 30);
    const html = render(BackOfficeScreens);
    expect(html).toContain('data-screen="office-not-manager"');
    expect(html).toContain('Reports are for managers');
    expect(html).toContain('You are signed in as Ana Ruiz, a member of staff.');
    expect(html).toContain('>Sign out<');
  });
});

// The reports page on a desk that cannot save files (the kiosk, for a manager signed in there): the
// same reports, charts and tables as in the back office, and no download offered at all.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createHostClient } from '../../../renderer/kit/host/host-client.ts';
import { createKioskI18n } from '../../../renderer/kit/i18n/create-i18n.ts';
import { ReportDeskContext, type ReportDesk } from '../../../renderer/kit/reports/report-desk.ts';
import { createReportStore } from '../../../renderer/kit/reports/report-store.ts';
import { ReportsPage } from '../../../renderer/kit/reports/ReportsPage.tsx';
import { sampleReportSet } from '../../fixtures/sample-report-set.ts';

const now = () => Date.parse('2026-03-31T10:00:00Z');
/** A host that is not there: the page shows figures already read. */
const unreachable = createHostClient(
  { call: async (envelope) => ({ id: envelope.id, ok: false, error: { code: 'host.unreachable', params: {} } }), on: () => () => undefined },
  () => undefined,
);

function renderWith(save: ReportDesk['save']): string {
  const i18n = createKioskI18n('en');
  const reports = createReportStore(new Date(now()));
  reports.getState().readDone(reports.getState().readStarted(), sampleReportSet());
  // Rendering on the server reads the store's initial state: here it is the state the page has reached.
  Object.assign(reports, { getInitialState: reports.getState });
  const desk: ReportDesk = { host: unreachable, i18n, reports, save, now };
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(ReportDeskContext, { value: desk }, createElement(ReportsPage))));
}

describe('the reports page where files cannot be saved', () => {
  it('shows every report with its charts and tables, and offers no PDF, HTML or CSV', () => {
    const i18n = createKioskI18n('en');
    const html = renderWith(null);
    for (const report of sampleReportSet().reports) expect(html).toContain(`data-report="${report.id}"`);
    expect(html.match(/class="chart-frame" role="img"/g)?.length).toBeGreaterThanOrEqual(20);
    expect(html.match(/<table class="office-table report-table"/g)?.length).toBeGreaterThanOrEqual(20);
    for (const key of ['backoffice.reports.pdf', 'backoffice.reports.html', 'backoffice.reports.csv', 'backoffice.reports.pdfHint']) {
      expect(html).not.toContain(`>${i18n.t(key)}<`);
    }
    expect(html).not.toContain('as CSV');
  });

  it('offers them where files can be saved, as the back office does', () => {
    const i18n = createKioskI18n('en');
    const html = renderWith(() => undefined);
    for (const key of ['backoffice.reports.pdf', 'backoffice.reports.html']) expect(html).toContain(`>${i18n.t(key)}<`);
    expect(html).toContain('Download “Sessions over time” as CSV');
  });
});

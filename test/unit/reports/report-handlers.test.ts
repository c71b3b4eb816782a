import { describe, expect, it } from 'vitest';
import { PdfPrintError, type PdfPrinter } from '../../../electron/host/reports/pdf-printer.ts';
import { reportDocument, reportHandlers, reportTranslator } from '../../../electron/host/reports/report-handlers.ts';
import { HostError } from '../../../shared/host-api/errors.ts';
import type { ReportRange } from '../../../shared/reports/report-views.ts';
import { sampleReportSet } from '../../fixtures/sample-report-set.ts';

const march: ReportRange = { from: '2026-03-01', to: '2026-03-31', grain: 'day' };
const manager = { role: 'manager' as const, staffId: 'ana' };

function handlersWith(printPdf: PdfPrinter | undefined) {
  const faults: unknown[] = [];
  const asked: ReportRange[] = [];
  const prepared: ReportRange[] = [];
  const handlers = reportHandlers({
    service: {
      // The days are rolled up before the read, without holding up the host.
      prepare: async (range) => {
        prepared.push(range);
      },
      read(range) {
        expect(prepared).toContainEqual(range);
        asked.push(range);
        return sampleReportSet(range);
      },
    },
    printPdf,
    fallbackLanguage: 'es',
    reportFault: (_method, fault) => faults.push(fault),
  });
  return { handlers, faults, asked };
}

const codeOf = (outcome: Promise<unknown>) => outcome.then(() => 'succeeded', (error: unknown) => (error instanceof HostError ? error.code : error));

describe('the report methods', () => {
  it('read the reports of the range asked for', async () => {
    const { handlers, asked } = handlersWith(undefined);
    const set = await handlers['reports.read'](march, manager);
    expect(asked).toEqual([march]);
    expect(set.range).toEqual(march);
  });

  it("print the HTML report in the manager's language and answer the PDF in base64", async () => {
    const printed: string[] = [];
    const { handlers } = handlersWith(async (html) => {
      printed.push(html);
      return new TextEncoder().encode('%PDF-1.7 March');
    });
    const { pdf } = await handlers['reports.pdf']({ range: march, language: 'ar' }, manager);
    expect(Buffer.from(pdf, 'base64').toString('latin1')).toBe('%PDF-1.7 March');
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('<html lang="ar" dir="rtl">');
    expect(printed[0]).toContain('Atiende Demo — Centro');
  });

  it('say the PDF cannot be made where the shell brought no printer, or its Chromium is missing', async () => {
    expect(await codeOf(Promise.resolve(handlersWith(undefined).handlers['reports.pdf']({ range: march, language: 'es' }, manager)))).toBe('reports.pdfUnavailable');
    const missing = handlersWith(() => Promise.reject(new PdfPrintError('browserMissing', '/usr/bin/chromium: spawn ENOENT')));
    expect(await codeOf(Promise.resolve(missing.handlers['reports.pdf']({ range: march, language: 'es' }, manager)))).toBe('reports.pdfUnavailable');
    expect(missing.faults).toHaveLength(1);
  });

  it('say the PDF failed when Chromium fails, and tell operators why', async () => {
    const cause = new PdfPrintError('timedOut', 'Chromium took more than 60000 ms');
    const { handlers, faults } = handlersWith(() => Promise.reject(cause));
    expect(await codeOf(Promise.resolve(handlers['reports.pdf']({ range: march, language: 'en' }, manager)))).toBe('reports.pdfFailed');
    expect(faults).toEqual([cause]);
  });
});

describe('the HTML report in the locale files\' words', () => {
  it('puts a store name with markup in its sentences as text, escaped once', () => {
    const set = sampleReportSet();
    set.store.name = 'Centro <script>alert(1)</script> & Co';
    const html = reportDocument(set, 'en', 'es');
    expect(html).not.toContain('<script');
    expect(html).toContain('Store: Centro &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
    expect(html).toContain('<h1>Usage report</h1>');
  });
});

describe('the host-side translator of the reports', () => {
  it("reads the kiosk's locale files, in the language asked for, and leaves escaping to the HTML", () => {
    expect(reportTranslator('es')('errors.reports.pdfFailed')).toMatch(/^No se pudo crear el PDF/);
    expect(reportTranslator('en')('errors.reports.pdfFailed')).toMatch(/^The PDF could not be made/);
    // Pseudo-English documents read as plain English.
    expect(reportTranslator('en-XA')('errors.reports.pdfFailed')).toMatch(/^The PDF could not be made/);
    expect(reportTranslator('en')('errors.appointment.tooEarly', { time: '<b>&' })).toContain('from <b>&.');
  });
});

// The managers' report methods: the reports as data, and the same reports as a PDF in the manager's
// language, printed by whichever printer the shell brought (none under the tests' host).
import i18next from 'i18next';
import ar from '../../../assets/locales/ar.json' with { type: 'json' };
import en from '../../../assets/locales/en.json' with { type: 'json' };
import es from '../../../assets/locales/es.json' with { type: 'json' };
import fr from '../../../assets/locales/fr.json' with { type: 'json' };
import { HostError } from '../../../shared/host-api/errors.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import { reportHtml } from '../../../shared/reports/report-html.ts';
import { createReportLabeler, type ReportLabeler, type Translate } from '../../../shared/reports/report-labels.ts';
import type { ReportRange, ReportSet } from '../../../shared/reports/report-views.ts';
import type { DomainHandlers } from '../api/dispatcher.ts';
import { PdfPrintError, type PdfPrinter } from './pdf-printer.ts';

const resources = { es: { translation: es }, en: { translation: en }, ar: { translation: ar }, fr: { translation: fr } };

/** The report words of the kiosk's own locale files, in one language; Spanish where a text is missing, as on screen. */
export function reportTranslator(language: Language): Translate {
  const translator = i18next.createInstance();
  void translator.init({
    // Pseudo-English tests the screens; a document gets plain English.
    lng: language === 'en-XA' ? 'en' : language,
    fallbackLng: 'es',
    initAsync: false,
    resources,
    // The HTML report escapes every text itself; escaping here too would show "&amp;" in names.
    interpolation: { escapeValue: false },
  });
  return (key, options = {}) => String(translator.t(key, options));
}

/** The words and figures of a report set in one language, for the HTML, the PDF and the CSV files. */
export function reportWords(set: Pick<ReportSet, 'names'>, language: Language, fallbackLanguage: Language): { t: Translate; labeler: ReportLabeler } {
  const t = reportTranslator(language);
  return { t, labeler: createReportLabeler(set, t, language, fallbackLanguage) };
}

/** The self-contained HTML report of a set, in one language. */
export function reportDocument(set: ReportSet, language: Language, fallbackLanguage: Language): string {
  const { t, labeler } = reportWords(set, language, fallbackLanguage);
  return reportHtml(set, labeler, t, language);
}

/** All the handlers need of the report service (report-service.ts). */
export interface ReportReader {
  read(range: ReportRange): ReportSet;
  prepare(range: ReportRange): Promise<void>;
}

export interface ReportHandlersDeps {
  service: ReportReader;
  /** The shell's printer; undefined where none can print (the tests' host), and `reports.pdf` says so. */
  printPdf: PdfPrinter | undefined;
  /** The store's default language: a store name missing in the manager's language is shown in it. */
  fallbackLanguage: Language;
  /** Where a failed print goes for operators: the manager sees only that it failed. */
  reportFault: (method: string, fault: unknown) => void;
}

export function reportHandlers({ service, printPdf, fallbackLanguage, reportFault }: ReportHandlersDeps): DomainHandlers<'reports'> {
  return {
    'reports.read': async (range) => {
      await service.prepare(range);
      return service.read(range);
    },
    'reports.pdf': async ({ range, language }) => {
      if (!printPdf) throw new HostError('reports.pdfUnavailable');
      await service.prepare(range);
      const html = reportDocument(service.read(range), language, fallbackLanguage);
      let pdf: Uint8Array;
      try {
        pdf = await printPdf(html);
      } catch (fault) {
        reportFault('reports.pdf', fault);
        throw new HostError(fault instanceof PdfPrintError && fault.failure === 'browserMissing' ? 'reports.pdfUnavailable' : 'reports.pdfFailed');
      }
      return { pdf: Buffer.from(pdf).toString('base64') };
    },
  };
}
